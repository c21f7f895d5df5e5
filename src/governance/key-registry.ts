import type { Logger } from "../shared/logger.js";
import { createVirtualKey } from "./create-virtual-key.js";
import type { KeySpec } from "./key-spec.js";
import { readKeySpend, type KeySpend, type KeySpendSource } from "./key-spend.js";
import type { KeyStore } from "./key-store.js";
import type { VirtualKey } from "./virtual-key.js";

/** Managing keys, as the admin API and the CLI need it. */
export interface KeyAdministration {
  list(): Promise<readonly VirtualKey[]>;
  /** Returns the record and the secret, which is not kept anywhere. */
  create(spec: KeySpec): Promise<{ readonly key: VirtualKey; readonly secret: string }>;
  revoke(id: string): Promise<VirtualKey | undefined>;
  /** Spend to date per key id, from the ledger; undefined when this gateway keeps no ledger. */
  spend(keys: readonly VirtualKey[]): Promise<ReadonlyMap<string, KeySpend> | undefined>;
}

/** How often a gateway re-reads key records, so keys made by the CLI or another replica work without a restart. */
export const keyReloadIntervalMs = 2_000;

/**
 * The gateway's in-memory view of the key store, looked up by secret hash on
 * every request (no database round trip on the hot path) and reloaded every
 * {@link keyReloadIntervalMs} and after every change made through it.
 */
export class KeyRegistry implements KeyAdministration {
  private byHash: ReadonlyMap<string, VirtualKey> = new Map();
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | undefined;

  private constructor(
    private readonly store: KeyStore,
    private readonly logger: Logger,
    private readonly spendSource: (() => KeySpendSource | undefined) | undefined,
  ) {}

  /** Loads the keys once before returning: a gateway that cannot read its keys must not start open. */
  static async open(options: {
    readonly store: KeyStore;
    readonly logger: Logger;
    readonly reloadIntervalMs?: number;
    /** Where spend is read from (the ledger); asked on each use, since the ledger starts after the keys. */
    readonly spendSource?: () => KeySpendSource | undefined;
  }): Promise<KeyRegistry> {
    const registry = new KeyRegistry(options.store, options.logger, options.spendSource);
    await registry.reload();
    registry.timer = setInterval(() => void registry.reloadQuietly(), options.reloadIntervalMs ?? keyReloadIntervalMs);
    registry.timer.unref();
    return registry;
  }

  /** The key with this secret hash, revoked or not. */
  find(secretHash: string): VirtualKey | undefined {
    return this.byHash.get(secretHash);
  }

  /** Whether any key was ever created. Revoked keys count: revoking the last key must not open the gateway. */
  get isEmpty(): boolean {
    return this.byHash.size === 0;
  }

  async reload(): Promise<void> {
    // Coalesce: a timer tick and an admin change at once need one query, not two.
    this.reloading ??= this.store
      .list()
      .then((keys) => {
        this.byHash = new Map(keys.map((key) => [key.secretHash, key]));
      })
      .finally(() => {
        this.reloading = undefined;
      });
    return this.reloading;
  }

  private async reloadQuietly(): Promise<void> {
    try {
      await this.reload();
    } catch (error) {
      // Keep serving with the keys last read; the next tick tries again.
      this.logger.warn({ err: error }, "could not reload virtual keys; keeping the last ones read");
    }
  }

  async list(): Promise<readonly VirtualKey[]> {
    return this.store.list();
  }

  async create(spec: KeySpec): Promise<{ readonly key: VirtualKey; readonly secret: string }> {
    const created = createVirtualKey(spec);
    await this.store.insert(created.key);
    await this.reloadQuietly();
    return created;
  }

  async revoke(id: string): Promise<VirtualKey | undefined> {
    const revoked = await this.store.revoke(id, new Date());
    await this.reloadQuietly();
    return revoked;
  }

  async spend(keys: readonly VirtualKey[]): Promise<ReadonlyMap<string, KeySpend> | undefined> {
    const source = this.spendSource?.();
    if (!source) return undefined;
    try {
      return await readKeySpend(keys, source);
    } catch (error) {
      // Listing keys must work while the ledger's database is away; spend then shows as unknown.
      this.logger.warn({ err: error }, "could not read spend per key from the ledger");
      return undefined;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.reloading?.catch(() => undefined);
    await this.store.close();
  }
}
