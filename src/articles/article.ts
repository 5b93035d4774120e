import type { BodyRendering } from "../markdown/body-rendering.ts";
import type { BodyImage, Heading } from "../markdown/render.ts";
import { textsInMemory, type StoredText, type TextStore } from "../util/text-store.ts";
import { describeArticle } from "./description.ts";
import { derivedIdentity, identify } from "./article-identity.ts";
import type { LiveBlogFacts } from "./live-body.ts";
import type { ArticleSource } from "./load.ts";
import { ownString } from "./own-strings.ts";
import { minutesToRead } from "./reading-time.ts";
import type { PublicationStatus } from "./status.ts";

/** An article as pages show it: its front matter plus what the build derives once. */
export interface Article extends Omit<ArticleSource, "body"> {
  status: PublicationStatus;
  /** The rendered body, read back only by the page and the feeds that show it: a build holds no article's HTML. */
  html: StoredText;
  headings: Heading[];
  /** The `<img>`s of the body, as the rendering found them: images are processed without reading the HTML. */
  bodyImages: readonly BodyImage[];
  wordCount: number;
  readingMinutes: number;
  description: string;
  sectionTitle: string;
  /** `updated`, or the newest correction when that is later: what feeds and sitemaps call "modified". */
  modified: Date;
  /** A live blog's coverage and the updates its page shows (`type: live`). */
  live?: LiveBlogFacts;
}

const IN_MEMORY = textsInMemory();
/** Shared by the many articles whose body shows no image. */
const NO_IMAGES: readonly BodyImage[] = Object.freeze([]);

export function toArticle(
  source: ArticleSource,
  body: BodyRendering,
  status: PublicationStatus,
  sectionTitle: string,
  texts: TextStore = IN_MEMORY,
): Article {
  const latestChange = [source.date, source.updated, ...source.corrections.map((correction) => correction.date)]
    .filter((date): date is Date => date !== undefined)
    .reduce((latest, date) => (date > latest ? date : latest));
  // Assigned onto the copy, not spread into a new literal: adding eight fields to a spread copy
  // makes V8 create a new shape for each article, which is far slower than assigning them.
  const article: Article = Object.assign(withoutBody(source), {
    status,
    html: texts.put(body.html),
    headings: body.headings,
    bodyImages: body.images.length > 0 ? body.images : NO_IMAGES,
    wordCount: body.words,
    readingMinutes: minutesToRead(body.words),
    description: ownString(describeArticle(source.summary, () => body.text.text())),
    sectionTitle,
    modified: latestChange,
  });
  // The rendering follows from the body (in the source's text) and the site's embed hosts (in every
  // page's fingerprint); status and section title are the rest.
  const identity = derivedIdentity(source, status, sectionTitle);
  return identity === undefined ? article : identify(article, identity);
}

/** The source without its Markdown, copied key by key so that articles share V8's shapes. */
function withoutBody(source: ArticleSource): Omit<ArticleSource, "body"> {
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    if (key !== "body" && key !== "__proto__") copy[key] = source[key as keyof ArticleSource];
  }
  return copy as Omit<ArticleSource, "body">;
}
