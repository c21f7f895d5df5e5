import { randomBytes } from "node:crypto";

/**
 * Ids in OpenAI's style (`resp_…`, `msg_…`, `fc_…`, `rs_…`): a prefix naming the
 * kind and 24 random bytes, so ids from many gateway replicas never collide.
 */
export type ResponsesIdPrefix = "resp" | "msg" | "fc" | "rs" | "fco" | "item";

const idBytes = 24;
/** Random bytes drawn 256 ids at a time: one `randomBytes` call per id was 2% of a Responses request's CPU (as `randomUUID` does, the pool is never reused). */
const poolBytes = idBytes * 256;
let pool = Buffer.alloc(0);
let offset = 0;

export function newResponsesId(prefix: ResponsesIdPrefix): string {
  if (offset + idBytes > pool.length) {
    pool = randomBytes(poolBytes);
    offset = 0;
  }
  const id = `${prefix}_${pool.toString("hex", offset, offset + idBytes)}`;
  offset += idBytes;
  return id;
}
