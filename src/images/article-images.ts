import { access } from "node:fs/promises";
import { textsInMemory, type TextStore } from "../util/text-store.ts";
import path from "node:path";
import type { Article } from "../articles/article.ts";
import { derivedIdentity, identify } from "../articles/article-identity.ts";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import type { ImageFormat } from "../site/image-settings.ts";
import { rewriteBodyImages } from "./body-images.ts";
import { locateImage, notFoundMessage, refusedImage } from "./locate.ts";
import { processImage, type GeneratedImage, type Picture, type ProcessedImage } from "./responsive.ts";
import { imageSrcLine, imageUseLine } from "./source-lines.ts";

/** An article's lead image as the page shows it; remote images are shown as they are. */
export interface LeadImage {
  alt: string;
  caption?: string;
  credit?: string;
  source: { kind: "picture"; picture: Picture } | { kind: "remote"; src: string };
}

export interface ArticleImages {
  /** The articles, with body images turned into `<picture>`s. */
  articles: Article[];
  /** By article URL. */
  leadImages: Map<string, LeadImage>;
  /** Every generated file the pages refer to, to be copied into the output. */
  files: GeneratedImage[];
  issues: ContentIssue[];
}

export interface ImageContext {
  inputDir: string;
  /** Paths in messages are relative to this folder, as article `file`s are. */
  cwd: string;
  /** Keeps the generated files for later builds; without it they are made afresh once per process. */
  cache?: BuildCache;
  /** site.json `images.formats`; all three when absent. */
  formats?: readonly ImageFormat[];
  /** Where a body whose images are rewritten is kept, as its article's was; in memory when absent. */
  texts?: TextStore;
}

type Outcome = { image: ProcessedImage } | { problem: string };

/**
 * Articles known to show no image, whatever the files: the preview loads the same article objects
 * again after every save, and looking for images in every body would be part of each load.
 * Articles are never changed once made, so the answer holds for as long as the object lives.
 */
const withoutImages = new WeakSet<Article>();

const IN_MEMORY = textsInMemory();

/** Processes every image once, however many articles use it; reports every missing file in one run. */
export async function processArticleImages(articles: readonly Article[], context: ImageContext): Promise<ArticleImages> {
  const displayInput = path.relative(context.cwd, context.inputDir) || ".";
  const outcomes = new Map<string, Promise<Outcome>>();
  const outcomeOf = (src: string): Promise<Outcome> | undefined => {
    const location = locateImage(src, context.inputDir, displayInput);
    if (location.kind === "remote") return undefined;
    if (location.kind === "invalid") return Promise.resolve({ problem: location.message });
    let outcome = outcomes.get(location.file);
    if (!outcome) {
      outcome = loadImage(location.file, src, context);
      outcomes.set(location.file, outcome);
    }
    return outcome;
  };
  const results = await Promise.all(
    articles.map((article): ImagesOfArticle | Promise<ImagesOfArticle> =>
      withoutImages.has(article) ? { article, files: [], issues: [] } : imagesOfArticle(article, outcomeOf, context),
    ),
  );
  const used = new Map<string, GeneratedImage>();
  for (const result of results) for (const file of result.files) used.set(file.url, file);
  return {
    articles: results.map((result) => result.article),
    leadImages: new Map(results.flatMap((result, index) => (result.lead ? [[articles[index]?.url ?? "", result.lead] as const] : []))),
    files: [...used.values()].sort((a, b) => (a.url < b.url ? -1 : 1)),
    issues: results.flatMap((result) => result.issues),
  };
}

async function loadImage(file: string, src: string, context: ImageContext): Promise<Outcome> {
  const displayInput = path.relative(context.cwd, context.inputDir) || ".";
  const refused = await refusedImage(file, src, context);
  if (refused) return { problem: refused };
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (!exists) return { problem: notFoundMessage(src, displayInput) };
  try {
    return { image: await processImage(file, context.cache, context.formats) };
  } catch (error) {
    return {
      problem: `"${src}" could not be read as an image: ${decoderReason(error)} (expected a JPEG, PNG, WebP, AVIF, GIF or SVG file)`,
    };
  }
}

/**
 * The decoder's first line: libvips keeps one error buffer per process, so images that fail
 * at the same time can append each other's lines, and the message must not depend on that.
 */
function decoderReason(error: unknown): string {
  return String((error as Error).message).split("\n")[0] ?? "";
}

interface ImagesOfArticle {
  article: Article;
  lead?: LeadImage;
  files: GeneratedImage[];
  issues: ContentIssue[];
}

async function imagesOfArticle(
  article: Article,
  outcomeOf: (src: string) => Promise<Outcome> | undefined,
  { cwd, texts = IN_MEMORY }: ImageContext,
): Promise<ImagesOfArticle> {
  const issues: ContentIssue[] = [];
  const files: GeneratedImage[] = [];
  // The HTML is read again only to be rewritten, and only when the body shows an image.
  const images = article.bodyImages;
  if (!article.image && images.length === 0) {
    withoutImages.add(article);
    return { article, files, issues };
  }
  const articleFile = path.resolve(cwd, article.file);
  const issue = (field: string, line: number, message: string): ContentIssue => ({
    severity: "error",
    file: article.file,
    line,
    field,
    message,
  });

  let lead: LeadImage | undefined;
  if (article.image) {
    const { src, alt, caption, credit } = article.image;
    const outcome = await outcomeOf(src);
    if (!outcome) lead = { alt, caption, credit, source: { kind: "remote", src } };
    else if ("problem" in outcome) issues.push(issue("image.src", await imageSrcLine(articleFile), outcome.problem));
    else {
      lead = { alt, caption, credit, source: { kind: "picture", picture: outcome.image.picture } };
      files.push(...outcome.image.files);
    }
  }

  const processed = new Map<string, ProcessedImage>();
  for (const { src, alt } of images) {
    if (alt.trim() === "") {
      issues.push(
        issue(
          "body",
          await imageUseLine(articleFile, src),
          `image "${src}" has no alt text (expected ![a description of the image](${src}))`,
        ),
      );
    }
    if (processed.has(src)) continue;
    const outcome = await outcomeOf(src);
    if (!outcome) continue;
    if ("problem" in outcome) issues.push(issue("body", await imageUseLine(articleFile, src), `image ${outcome.problem}`));
    else {
      processed.set(src, outcome.image);
      files.push(...outcome.image.files);
    }
  }
  if (processed.size === 0) return { article, lead, files, issues };
  const html = article.html.text();
  const rewritten = rewriteBodyImages(html, processed);
  if (rewritten === html) return { article, lead, files, issues };
  const withImages = { ...article, html: texts.put(rewritten) };
  const identity = derivedIdentity(article, withImages.html.hash);
  return { article: identity === undefined ? withImages : identify(withImages, identity), lead, files, issues };
}
