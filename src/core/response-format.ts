export type ResponseFormat =
  | { readonly type: "text" }
  | { readonly type: "json-object" }
  | {
      readonly type: "json-schema";
      readonly name: string;
      readonly schema?: Readonly<Record<string, unknown>>;
      readonly description?: string;
      readonly strict?: boolean;
    };
