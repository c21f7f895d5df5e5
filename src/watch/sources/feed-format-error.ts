/** A feed whose body is not the format its source type promises (the wrong URL, an error page, a changed API). */
export class FeedFormatError extends Error {
  override readonly name = "FeedFormatError";
}
