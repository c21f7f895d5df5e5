/**
 * A config that cannot be used. The message is one line that starts with where
 * the problem is (`switchyard.yaml:14: models.chat.targets.0.provider: …`).
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
