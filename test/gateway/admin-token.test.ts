import * as crypto from "node:crypto";
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";

// Watch the comparison the admin check makes; everything else stays real.
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const { authorizeAdmin } = await import("../../src/server/handle-admin.js");

function requestWith(authorization: string | undefined): IncomingMessage {
  return { headers: authorization === undefined ? {} : { authorization }, socket: { remoteAddress: "203.0.113.9" } } as unknown as IncomingMessage;
}

describe("the admin token check", () => {
  afterEach(() => vi.mocked(crypto.timingSafeEqual).mockClear());

  it("compares SHA-256 digests with timingSafeEqual, so a guess's timing says nothing of how much of it was right", () => {
    expect(() => authorizeAdmin(requestWith("Bearer the-admin-token"), "the-admin-token")).not.toThrow();
    expect(() => authorizeAdmin(requestWith("Bearer the-admin-tokeX"), "the-admin-token")).toThrow("missing or wrong admin token");
    // A guess of another length is compared the same way (digests are always 32 bytes).
    expect(() => authorizeAdmin(requestWith("Bearer t"), "the-admin-token")).toThrow("missing or wrong admin token");
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls;
    expect(calls).toHaveLength(3);
    for (const [a, b] of calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });

  it("refuses a missing token, and answers only loopback callers when no token is configured", () => {
    expect(() => authorizeAdmin(requestWith(undefined), "the-admin-token")).toThrow("missing or wrong admin token");
    expect(() => authorizeAdmin(requestWith(undefined), undefined)).toThrow("answers only on loopback");
  });
});
