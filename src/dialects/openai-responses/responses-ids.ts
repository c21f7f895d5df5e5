import { randomBytes } from "node:crypto";

/**
 * Ids in OpenAI's style (`resp_…`, `msg_…`, `fc_…`, `rs_…`): a prefix naming the
 * kind and 24 random bytes, so ids from many gateway replicas never collide.
 */
export type ResponsesIdPrefix = "resp" | "msg" | "fc" | "rs" | "fco" | "item";

export function newResponsesId(prefix: ResponsesIdPrefix): string {
  return `${prefix}_${randomBytes(24).toString("hex")}`;
}
