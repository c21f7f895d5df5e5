/**
 * Ruby gems whose use ties a codebase to one family: its vendor's SDK, or a client gem that speaks only that family's
 * API (label guide, round thirteen: `gem "anthropic"`, a gemspec's `add_dependency "mistral-ai"`). Kept apart from
 * `sdk-packages.ts` because a gem may share its name with a PyPI package (`anthropic`) while its client constant differs.
 */
export interface RubyGem {
  readonly name: string;
  readonly family: string;
  readonly note: string;
  /** The gem's client constant, whose construction (`::Anthropic::Client.new`) is use of the gem. */
  readonly clientConstant?: string;
}

export const rubyGems: readonly RubyGem[] = [
  { name: "anthropic", family: "claude", note: "Anthropic's Ruby SDK", clientConstant: "Anthropic::Client" },
  { name: "ruby-anthropic", family: "claude", note: "a Ruby client for the Anthropic API", clientConstant: "Anthropic::Client" },
  { name: "mistral-ai", family: "mistral", note: "a Ruby client for the Mistral API" },
  { name: "gemini-ai", family: "gemini", note: "a Ruby client for the Gemini API" },
];
