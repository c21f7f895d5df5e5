import { z } from "zod";

/**
 * The `generateContent` / `streamGenerateContent` request body as Gemini callers
 * send it (`@google/genai`, REST). Objects are loose: Google adds fields, and a
 * gateway that rejected the unknown would break callers on upgrade. Each part
 * holds one kind of payload; which one is decided by the reader.
 */
const partSchema = z.looseObject({
  text: z.string().optional(),
  thought: z.boolean().optional(),
  thoughtSignature: z.string().optional(),
  inlineData: z.looseObject({ mimeType: z.string().min(1), data: z.string() }).optional(),
  fileData: z.looseObject({ mimeType: z.string().optional(), fileUri: z.string().min(1) }).optional(),
  functionCall: z.looseObject({ id: z.string().optional(), name: z.string().min(1), args: z.record(z.string(), z.unknown()).optional() }).optional(),
  functionResponse: z.looseObject({ id: z.string().optional(), name: z.string().min(1), response: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export const geminiContentSchema = z.looseObject({
  role: z.string().optional(),
  parts: z.array(partSchema),
});

const functionDeclarationSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  parametersJsonSchema: z.record(z.string(), z.unknown()).optional(),
});

export const geminiToolSchema = z.looseObject({ functionDeclarations: z.array(functionDeclarationSchema).optional() });

export const geminiGenerationConfigSchema = z.looseObject({
  temperature: z.number().optional(),
  topP: z.number().optional(),
  topK: z.number().optional(),
  candidateCount: z.number().int().optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  stopSequences: z.array(z.string()).optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
  seed: z.number().int().optional(),
  responseMimeType: z.string().optional(),
  responseSchema: z.record(z.string(), z.unknown()).optional(),
  responseJsonSchema: z.record(z.string(), z.unknown()).optional(),
  thinkingConfig: z.looseObject({ includeThoughts: z.boolean().optional(), thinkingBudget: z.number().int().optional(), thinkingLevel: z.string().optional() }).optional(),
});

export const geminiGenerateContentRequestSchema = z.looseObject({
  contents: z.array(geminiContentSchema).min(1),
  systemInstruction: z.union([geminiContentSchema, z.string()]).optional(),
  tools: z.array(geminiToolSchema).optional(),
  toolConfig: z
    .looseObject({
      functionCallingConfig: z.looseObject({ mode: z.string().optional(), allowedFunctionNames: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
  generationConfig: geminiGenerationConfigSchema.optional(),
});

/** `:countTokens` takes either bare `contents` or a whole `generateContentRequest`. */
export const geminiCountTokensRequestSchema = z.looseObject({
  contents: z.array(geminiContentSchema).optional(),
  generateContentRequest: geminiGenerateContentRequestSchema.extend({ model: z.string().optional() }).optional(),
});

export type GeminiGenerateContentRequest = z.infer<typeof geminiGenerateContentRequestSchema>;
export type GeminiContentParam = z.infer<typeof geminiContentSchema>;
export type GeminiPartParam = GeminiContentParam["parts"][number];

/** The request fields that map onto the canonical request; the rest (`safetySettings`, `cachedContent`, …) only a Gemini upstream can honour. */
export const canonicalGeminiFields: ReadonlySet<string> = new Set(["contents", "systemInstruction", "tools", "toolConfig", "generationConfig", "model"]);
