import { basename, dirname, extname, join } from "node:path";

/**
 * Where the SQLite response store keeps its file: beside the ledger's, named after
 * it (`.switchyard/ledger.db` → `.switchyard/ledger-responses.db`). A file of its own,
 * not the ledger's: its pages can be larger than the ledger's (a response is a kilobyte
 * or more, a usage row a few hundred bytes), and neither store's checkpoints copy the
 * other's pages. `:memory:` stays in memory.
 */
export function responsesFilePath(ledgerPath: string): string {
  if (ledgerPath === ":memory:") return ledgerPath;
  const extension = extname(ledgerPath);
  return join(dirname(ledgerPath), `${basename(ledgerPath, extension)}-responses${extension}`);
}
