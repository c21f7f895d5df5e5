import type { SeenRequest } from "./deterministic-upstream.js";

/** The request fields both tools must send identically; transport details (stream flags, user agents) are not compared. */
const compared = ["model", "messages", "tools", "tool_choice", "functions", "function_call", "response_format", "temperature", "max_tokens", "max_completion_tokens", "top_p", "seed", "stop", "presence_penalty", "frequency_penalty", "reasoning_effort", "verbosity", "input", "instructions", "text", "max_output_tokens"];

/** Requests as a sorted list of canonical JSON strings: the same multiset means the same requests, whatever the order they arrived in. */
export function normaliseRequests(requests: readonly SeenRequest[]): string[] {
  return requests.map((request) => canonical(Object.fromEntries(compared.filter((key) => request.body[key] !== undefined).map((key) => [key, request.body[key]])))).sort();
}

/** JSON with sorted keys, so equal requests give equal strings. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
