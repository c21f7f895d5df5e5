/**
 * A replica's slice of one limit (RPM, TPM or a budget): units reserved for it
 * in Redis that it may spend without asking, until the slice expires (the end
 * of the Redis minute or budget period it was granted in). Usage beyond the
 * slice is debt, reported to Redis at the next sync. Times are this process's
 * monotonic clock; expiry is derived from durations Redis reported, so a
 * replica's wall clock never decides which minute a unit belongs to.
 */
export class LeaseSlice {
  available = 0;
  /** Where `available` is counted in Redis: the server minute (windows) or the budget counter's name. */
  grantedIn: number | string = 0;
  expiresAt = Number.NEGATIVE_INFINITY;
  debt = 0;
  /** Units of an older minute or period left over when a newer grant arrived, to give back at the next sync. */
  stale: { readonly amount: number; readonly grantedIn: number | string } | undefined;

  constructor(
    readonly limit: number,
    /** How much one lease asks for: `governance.leases.fraction` of the limit. */
    readonly size: number,
  ) {}

  /** What may still be spent now. */
  usable(now: number): number {
    return now < this.expiresAt ? this.available : 0;
  }

  /** Spends `amount`; what the slice does not cover becomes debt (tokens and cost are known only after the request). */
  consume(amount: number, now: number): void {
    const covered = Math.min(amount, this.usable(now));
    this.available -= covered;
    this.debt += amount - covered;
  }

  /** Whether the slice should be topped up before it runs dry. */
  low(now: number): boolean {
    return this.usable(now) < this.size / 2;
  }

  /**
   * Takes what the next reconcile must send: the debt, and the units to give
   * back (the whole slice when `all`, else only an expired one). Both leave the
   * slice at once, so nothing is spent or reported twice while the call is out.
   */
  takeOutgoing(now: number, all: boolean): { debt: number; giveBack: number; giveBackIn: number | string; staleGiveBack: LeaseSlice["stale"] } {
    const debt = this.debt;
    this.debt = 0;
    const giveBack = all || now >= this.expiresAt ? this.available : 0;
    this.available -= giveBack;
    const staleGiveBack = this.stale;
    this.stale = undefined;
    return { debt, giveBack, giveBackIn: this.grantedIn, staleGiveBack };
  }

  /** Applies a grant made in `grantedIn`, valid until `expiresAt`. Units left from another minute or period are set aside to give back. */
  receive(options: { readonly grant: number; readonly grantedIn: number | string; readonly expiresAt: number }): void {
    if (options.grantedIn !== this.grantedIn) {
      if (this.available > 0) this.stale = { amount: this.available, grantedIn: this.grantedIn };
      this.available = 0;
      this.grantedIn = options.grantedIn;
      this.expiresAt = options.expiresAt;
    } else if (options.grant > 0) {
      this.expiresAt = options.expiresAt;
    }
    this.available += options.grant;
  }

  /** A reconcile failed: its debt is still owed. (Units it gave back stay given back: if the call did reach Redis, sending them again would undercount.) */
  restoreDebt(debt: number): void {
    this.debt += debt;
  }
}
