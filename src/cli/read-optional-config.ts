import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../config/config-error.js";
import type { GatewayConfig } from "../config/gateway-config.js";
import { loadConfigFile } from "../config/load-config.js";
import { UsageError } from "./command-result.js";

/**
 * The config a command reads when the user names one (`-c FILE`: it must exist) or
 * one sits in the working directory (`switchyard.yaml`); undefined without either.
 * A broken config is a usage error naming the file, line and dot-path.
 */
export async function readOptionalConfig(path: string | undefined, cwd: string): Promise<GatewayConfig | undefined> {
  const file = resolve(cwd, path ?? "switchyard.yaml");
  if (!existsSync(file)) {
    if (path !== undefined) throw new UsageError(`config file not found: ${path}`);
    return undefined;
  }
  try {
    return await loadConfigFile(file);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
