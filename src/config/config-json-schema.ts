import { z } from "zod";
import { configFileSchema } from "./config-schema.js";

/** JSON Schema for editors (`# yaml-language-server: $schema=…`), generated from the one zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configFileSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://switchyard.dev/schema/switchyard.schema.json",
    title: "Switchyard gateway config (switchyard.yaml)",
  };
}
