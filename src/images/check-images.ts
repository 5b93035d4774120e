import { access } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { ArticleSource } from "../articles/load.ts";
import { locateImage, notFoundMessage, refusedImage } from "./locate.ts";
import { imageSrcLine, imageUseLine } from "./source-lines.ts";

export interface ImageCheckContext {
  inputDir: string;
  /** Paths in messages are relative to this folder, as article `file`s are. */
  cwd: string;
}

/** The images of one article's rendered body (`bodyImages`), by the article's file. */
export interface BodyImages {
  file: string;
  images: readonly { src: string; alt: string }[];
}

/**
 * Whether each image is an https URL or an existing file under `images/`, with the build's own
 * messages. Nothing is decoded or resized, so the check stays fast; a file that exists but is not
 * an image is found when the build processes it.
 */
function imageProblems(context: ImageCheckContext): (src: string) => Promise<string | undefined> {
  const displayInput = path.relative(context.cwd, context.inputDir) || ".";
  const known = new Map<string, Promise<string | undefined>>();
  return (src) => {
    const location = locateImage(src, context.inputDir, displayInput);
    if (location.kind === "remote") return Promise.resolve(undefined);
    if (location.kind === "invalid") return Promise.resolve(location.message);
    let problem = known.get(location.file);
    if (!problem) {
      const file = location.file;
      problem = refusedImage(file, src, context).then(
        async (refused) =>
          refused ??
          (await access(file).then(
            () => undefined,
            () => notFoundMessage(src, displayInput),
          )),
      );
      known.set(location.file, problem);
    }
    return problem;
  };
}

/** `image.src` of each article: an https URL or an existing file under `images/`. */
export async function checkLeadImages(articles: readonly ArticleSource[], context: ImageCheckContext): Promise<ContentIssue[]> {
  const problemOf = imageProblems(context);
  const problems = await Promise.all(
    articles.map(async (article): Promise<ContentIssue | undefined> => {
      const problem = article.image && (await problemOf(article.image.src));
      if (!problem) return undefined;
      const line = await imageSrcLine(path.resolve(context.cwd, article.file));
      return { severity: "error", file: article.file, line, field: "image.src", message: problem };
    }),
  );
  return problems.filter((problem): problem is ContentIssue => problem !== undefined);
}

/** Each body image needs alt text, and its file must exist; reported on the line that shows it. */
export async function checkBodyImages(bodies: readonly BodyImages[], context: ImageCheckContext): Promise<ContentIssue[]> {
  const problemOf = imageProblems(context);
  const perArticle = await Promise.all(
    bodies.map(async ({ file, images }) => {
      const issues: ContentIssue[] = [];
      const seen = new Set<string>();
      const issue = async (src: string, message: string): Promise<ContentIssue> => {
        const line = await imageUseLine(path.resolve(context.cwd, file), src);
        return { severity: "error", file, line, field: "body", message };
      };
      for (const { src, alt } of images) {
        if (alt.trim() === "")
          issues.push(await issue(src, `image "${src}" has no alt text (expected ![a description of the image](${src}))`));
        if (seen.has(src)) continue;
        seen.add(src);
        const problem = await problemOf(src);
        if (problem) issues.push(await issue(src, `image ${problem}`));
      }
      return issues;
    }),
  );
  return perArticle.flat();
}
