import { z } from "zod";
import { suiteFileSchema } from "./suite-file-schema.js";

/** JSON Schema for editors (`# yaml-language-server: $schema=…`), generated from the one zod schema. */
export function suiteJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(suiteFileSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://switchyard.dev/schema/eval-suite.schema.json",
    title: "Switchyard evaluation suite (switchyard eval SUITE)",
  };
}
