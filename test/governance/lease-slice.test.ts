import { describe, expect, it } from "vitest";
import { LeaseSlice } from "../../src/governance/lease-slice.js";

describe("a leased slice of a limit", () => {
  it("spends what it holds until it expires, and turns the rest into debt", () => {
    const slice = new LeaseSlice(1000, 20);
    slice.receive({ grant: 20, grantedIn: 7, expiresAt: 100 });
    slice.consume(15, 10);
    expect(slice.usable(10)).toBe(5);
    expect(slice.low(10)).toBe(true);
    slice.consume(12, 20);
    expect({ available: slice.available, debt: slice.debt }).toEqual({ available: 0, debt: 7 });
    slice.receive({ grant: 20, grantedIn: 7, expiresAt: 100 });
    // Past its minute a slice serves nothing: usage is all debt, and what it held goes back.
    expect(slice.usable(100)).toBe(0);
    slice.consume(3, 100);
    expect(slice.takeOutgoing(100, false)).toMatchObject({ debt: 10, giveBack: 20, giveBackIn: 7 });
    expect({ available: slice.available, debt: slice.debt }).toEqual({ available: 0, debt: 0 });
  });

  it("sets units of an older minute aside when a grant for a newer one arrives, and gives them back later", () => {
    const slice = new LeaseSlice(1000, 20);
    slice.receive({ grant: 20, grantedIn: 7, expiresAt: 100 });
    slice.consume(5, 10);
    slice.receive({ grant: 20, grantedIn: 8, expiresAt: 200 });
    expect(slice.usable(110)).toBe(20);
    expect(slice.stale).toEqual({ amount: 15, grantedIn: 7 });
    expect(slice.takeOutgoing(110, false)).toMatchObject({ giveBack: 0, staleGiveBack: { amount: 15, grantedIn: 7 } });
    expect(slice.stale).toBeUndefined();
  });

  it("keeps the debt of a failed reconcile, but not what it gave back", () => {
    const slice = new LeaseSlice(1000, 20);
    slice.receive({ grant: 20, grantedIn: 7, expiresAt: 100 });
    slice.consume(30, 10);
    const outgoing = slice.takeOutgoing(10, true);
    expect(outgoing).toMatchObject({ debt: 10, giveBack: 0 });
    slice.restoreDebt(outgoing.debt);
    expect({ available: slice.available, debt: slice.debt }).toEqual({ available: 0, debt: 10 });
  });
});
