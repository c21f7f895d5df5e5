/**
 * One decoded SSE event as wire text, for relays that re-emit what the parser
 * decoded. Each line of `data` gets its own `data: ` prefix: the parser joins a
 * multi-line `data` with `\n`, and writing that back behind a single prefix would
 * turn its later lines into unknown fields, which clients ignore (the JSON arrives cut).
 */
export function encodeSseFrame(event: string | undefined, data: string): string {
  const lines = data.includes("\n") ? data.replaceAll("\n", "\ndata: ") : data;
  return event === undefined ? `data: ${lines}\n\n` : `event: ${event}\ndata: ${lines}\n\n`;
}
