/** A record that cannot be read: the message names the file, line and field. Exit code 2. */
export class DecisionRecordError extends Error {
  override readonly name = "DecisionRecordError";
}
