import { expect, test } from "vitest";
import { ConsoleSessions, readCookie, sessionLifetimeMs } from "../../src/console/console-sessions.js";

test("a session lives until it expires or is destroyed", () => {
  let now = 1_000_000;
  const sessions = new ConsoleSessions(() => now);
  const setCookie = sessions.create({ secure: false });
  const cookie = setCookie.split(";", 1)[0]!;
  expect(sessions.isValid(`other=1; ${cookie}`)).toBe(true);
  expect(sessions.isValid("switchyard_console=guess")).toBe(false);
  expect(sessions.isValid(undefined)).toBe(false);
  now += sessionLifetimeMs;
  expect(sessions.isValid(cookie)).toBe(false);

  const second = sessions.create({ secure: true }).split(";", 1)[0]!;
  expect(sessions.destroy(second, { secure: true })).toBe("switchyard_console=; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=0; Secure");
  expect(sessions.isValid(second)).toBe(false);
});

test("reads one cookie out of a header", () => {
  expect(readCookie("a=1; b=2", "b")).toBe("2");
  expect(readCookie("ab=1", "b")).toBeUndefined();
});
