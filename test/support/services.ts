import { Socket } from "node:net";

/**
 * Real PostgreSQL and Redis run on the development and CI machines. In CI
 * (`CI=true`) tests that need them must run, so an unreachable service fails the
 * run; elsewhere those tests skip with a printed reason.
 */
export const postgresUrl = process.env.SWITCHYARD_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const redisUrl = process.env.SWITCHYARD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export async function serviceAvailable(name: "postgres" | "redis"): Promise<boolean> {
  const port = name === "postgres" ? 5432 : 6379;
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(port, "127.0.0.1");
  });
  if (reachable) return true;
  if (process.env.CI === "true") throw new Error(`${name} is not reachable at 127.0.0.1:${port}, and CI=true requires it`);
  console.warn(`skipping ${name} tests: nothing listens on 127.0.0.1:${port}`);
  return false;
}
