const MAX_LENGTH = 300;

/**
 * The summary, else the body's first sentence: used in listings and meta descriptions. The body's
 * text is asked for only when there is no summary, since reading it may mean decoding it.
 */
export function describeArticle(summary: string | undefined, bodyText: () => string): string {
  if (summary) return summary;
  const firstParagraph =
    bodyText()
      .split("\n")
      .find((line) => line.trim().length > 0) ?? "";
  const sentence = /^.+?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  return sentence.length > MAX_LENGTH ? `${sentence.slice(0, MAX_LENGTH - 1).trimEnd()}…` : sentence;
}
