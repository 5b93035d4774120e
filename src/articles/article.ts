import type { Heading, RenderedBody } from "../markdown/render.ts";
import { describeArticle } from "./description.ts";
import type { ArticleSource } from "./load.ts";
import { ownString } from "./own-strings.ts";
import { minutesToRead } from "./reading-time.ts";
import type { PublicationStatus } from "./status.ts";

/** An article as pages show it: its front matter plus what the build derives once. */
export interface Article extends Omit<ArticleSource, "body"> {
  status: PublicationStatus;
  html: string;
  headings: Heading[];
  wordCount: number;
  readingMinutes: number;
  description: string;
  sectionTitle: string;
  /** `updated`, or the newest correction when that is later: what feeds and sitemaps call "modified". */
  modified: Date;
}

export function toArticle(
  source: ArticleSource,
  body: RenderedBody,
  status: PublicationStatus,
  sectionTitle: string,
): Article {
  const { body: _markdown, ...frontMatter } = source;
  const latestChange = [source.date, source.updated, ...source.corrections.map((correction) => correction.date)]
    .filter((date): date is Date => date !== undefined)
    .reduce((latest, date) => (date > latest ? date : latest));
  return {
    ...frontMatter,
    status,
    html: body.html,
    headings: body.headings,
    wordCount: body.words,
    readingMinutes: minutesToRead(body.words),
    description: ownString(describeArticle(source.summary, body.text)),
    sectionTitle,
    modified: latestChange,
  };
}
