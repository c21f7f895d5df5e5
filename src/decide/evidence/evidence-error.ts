/** An evidence input (audit JSON, eval results, ledger) that cannot be read; names the file. Exit code 2. */
export class EvidenceError extends Error {
  override readonly name = "EvidenceError";
}
