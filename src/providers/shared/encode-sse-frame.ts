/**
 * One decoded SSE event as wire text, for relays that re-emit what the parser
 * decoded. Each line of `data` gets its own `data: ` prefix: the parser joins a
 * multi-line `data` with `\n`, and writing that back behind a single prefix would
 * turn its later lines into unknown fields, which clients ignore (the JSON arrives cut).
 * `id`, given by same-dialect relays only, goes first as an `id:` line: a client's
 * `Last-Event-ID` names the upstream's event (the line order within a frame carries no meaning).
 */
export function encodeSseFrame(event: string | undefined, data: string, id?: string): string {
  const lines = data.includes("\n") ? data.replaceAll("\n", "\ndata: ") : data;
  const frame = event === undefined ? `data: ${lines}\n\n` : `event: ${event}\ndata: ${lines}\n\n`;
  return id === undefined ? frame : `id: ${id}\n${frame}`;
}
