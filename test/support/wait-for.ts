/**
 * Polls until `condition` holds; fails after `timeoutMs`. For effects that land asynchronously
 * (observers, reloads, child processes). The default is generous because a passing test returns as
 * soon as the condition holds: only a failing one waits it out, and a loaded two-core machine can
 * take several seconds to start a child process.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
