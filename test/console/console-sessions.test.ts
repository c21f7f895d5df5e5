import { expect, test } from "vitest";
import { ConsoleSessions, readCookie, sessionLifetimeMs } from "../../src/console/console-sessions.js";
import { LoginAttempts } from "../../src/console/login-attempts.js";

const token = "sessions-test-admin-token";

test("a session lives until it expires or is destroyed, and is good in any process with the same admin token", () => {
  let now = 1_000_000;
  const sessions = new ConsoleSessions(() => now);
  const setCookie = sessions.create({ secure: false, adminToken: token });
  const cookie = setCookie.split(";", 1)[0]!;
  expect(sessions.isValid(`other=1; ${cookie}`, token)).toBe(true);
  // Another worker: nothing shared but the admin token.
  expect(new ConsoleSessions(() => now).isValid(cookie, token)).toBe(true);
  expect(new ConsoleSessions(() => now).isValid(cookie, `${token}-changed`)).toBe(false);
  expect(sessions.isValid("switchyard_console=guess", token)).toBe(false);
  expect(sessions.isValid(undefined, token)).toBe(false);
  // A later expiry with the old MAC is refused: the expiry is signed.
  const [, value] = cookie.split("=") as [string, string];
  const [expiry, nonce, mac] = value.split(".") as [string, string, string];
  expect(sessions.isValid(`switchyard_console=${Number(expiry) + 1000}.${nonce}.${mac}`, token)).toBe(false);
  now += sessionLifetimeMs;
  expect(sessions.isValid(cookie, token)).toBe(false);

  const second = sessions.create({ secure: true, adminToken: token }).split(";", 1)[0]!;
  expect(sessions.destroy(second, { secure: true })).toBe("switchyard_console=; Path=/ui; HttpOnly; SameSite=Strict; Max-Age=0; Secure");
  expect(sessions.isValid(second, token)).toBe(false);
});

test("reads one cookie out of a header", () => {
  expect(readCookie("a=1; b=2", "b")).toBe("2");
  expect(readCookie("ab=1", "b")).toBeUndefined();
});

test("wrong logins are limited per address, for one window, and a right one clears the count", () => {
  let now = 0;
  const attempts = new LoginAttempts({ limit: 3, windowMs: 60_000, maxAddresses: 2 }, () => now);
  for (let index = 0; index < 3; index++) {
    expect(attempts.retryAfterSeconds("10.0.0.1")).toBeUndefined();
    attempts.failed("10.0.0.1");
  }
  expect(attempts.retryAfterSeconds("10.0.0.1")).toBe(60);
  expect(attempts.retryAfterSeconds("10.0.0.2")).toBeUndefined();
  now += 59_001;
  expect(attempts.retryAfterSeconds("10.0.0.1")).toBe(1);
  now += 1000;
  expect(attempts.retryAfterSeconds("10.0.0.1")).toBeUndefined();
  attempts.failed("10.0.0.2");
  attempts.failed("10.0.0.2");
  attempts.succeeded("10.0.0.2");
  attempts.failed("10.0.0.2");
  attempts.failed("10.0.0.2");
  expect(attempts.retryAfterSeconds("10.0.0.2")).toBeUndefined();
  // Bounded: a third address pushes out the oldest.
  attempts.failed("10.0.0.3");
  attempts.failed("10.0.0.4");
  expect(attempts.retryAfterSeconds("10.0.0.2")).toBeUndefined();
});
