/**
 * A suite (or promptfoo config, or test file) that cannot be used as written.
 * The message starts with the file and the dot-path of the bad field; the CLI
 * turns it into one line on stderr and exit code 2.
 */
export class SuiteError extends Error {
  override readonly name = "SuiteError";
}
