import pg from "pg";
import { postgresUrl } from "./services.js";

/**
 * A schema of its own for one test, so test files and repeated runs never see
 * each other's rows. `admin` stays connected for the test's own queries (with
 * the schema name spelt out); `url` points a store at the schema, optionally
 * through another port (a TCP proxy in front of PostgreSQL).
 */
export interface TestSchema {
  readonly name: string;
  readonly admin: pg.Client;
  readonly url: (port?: number) => string;
  readonly drop: () => Promise<void>;
}

export async function createTestSchema(): Promise<TestSchema> {
  const name = `switchyard_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  return {
    name,
    admin,
    url: (port?: number) => {
      const url = new URL(postgresUrl);
      if (port) url.port = String(port);
      url.searchParams.set("options", `-c search_path=${name}`);
      return url.toString();
    },
    drop: async () => {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
