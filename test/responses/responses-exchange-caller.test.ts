import { describe, expect, it } from "vitest";
import type { ChatRequest } from "../../src/core/chat-request.js";
import type { ResponseStore, StoredResponse } from "../../src/responses-store/response-store.js";
import { ResponsesExchange } from "../../src/server/responses-exchange.js";
import { createLogger } from "../../src/shared/logger.js";
import { responseWithItems, storedInputItems } from "./support/stored-response-fixtures.js";

/** A store holding one response created by the virtual key `alice`; only `get` is reached by these requests. */
function storeWithAlicesResponse(): ResponseStore {
  const stored: StoredResponse = { id: "resp_alice", owner: "alice", createdAtMs: 1, previousResponseId: undefined, response: responseWithItems("resp_alice", ["msg_out"]), inputItems: storedInputItems };
  return { get: async (id: string) => (id === stored.id ? stored : undefined) } as unknown as ResponseStore;
}

function exchange(): ResponsesExchange {
  return new ResponsesExchange({ store: storeWithAlicesResponse(), logger: createLogger({ level: "silent" }) });
}

describe("a Responses exchange scoped by the caller the handler authenticated", () => {
  it("parses a request that needs no stored state synchronously, whoever calls (the key is not looked up again)", () => {
    const parsed = exchange().parseRequest({ model: "chat", input: "hi" }, { keyId: "alice" });
    expect(parsed).not.toBeInstanceOf(Promise);
    expect((parsed as ChatRequest).model).toBe("chat");
  });

  it("continues a conversation for the key that created it and for no other caller", async () => {
    const continued = await exchange().parseRequest({ model: "chat", previous_response_id: "resp_alice", input: "more" }, { keyId: "alice" });
    expect(continued.messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    for (const caller of [{ keyId: "bob" }, { keyId: undefined }, undefined]) {
      await expect(Promise.resolve(exchange().parseRequest({ model: "chat", previous_response_id: "resp_alice", input: "more" }, caller))).rejects.toMatchObject({ code: "not-found", param: "previous_response_id" });
    }
  });
});
