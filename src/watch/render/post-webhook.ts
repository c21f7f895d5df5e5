import { request } from "undici";

/** POSTs a JSON body; resolves with a problem description, or undefined when the receiver accepted it. */
export async function postWebhook(options: { url: string; body: unknown; timeoutMs: number }): Promise<string | undefined> {
  try {
    const response = await request(options.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.body.dump();
    return response.statusCode >= 200 && response.statusCode < 300 ? undefined : `HTTP ${response.statusCode}`;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
}
