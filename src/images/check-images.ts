import { access } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { ArticleSource } from "../articles/load.ts";
import { locateImage, notFoundMessage, refusedImage } from "./locate.ts";
import { imageSrcLine } from "./source-lines.ts";

/**
 * `npm run check`'s view of lead images: each must be an https URL or an existing file under
 * `images/`, with the build's own message. Nothing is decoded or resized, so the check stays fast;
 * a file that exists but is not an image is found by the build.
 */
export async function checkLeadImages(articles: readonly ArticleSource[], context: { inputDir: string; cwd: string }): Promise<ContentIssue[]> {
  const displayInput = path.relative(context.cwd, context.inputDir) || ".";
  const problems = await Promise.all(
    articles.map(async (article): Promise<ContentIssue | undefined> => {
      if (!article.image) return undefined;
      const { src } = article.image;
      const location = locateImage(src, context.inputDir, displayInput);
      if (location.kind === "remote") return undefined;
      const problem =
        location.kind === "invalid"
          ? location.message
          : ((await refusedImage(location.file, src, context)) ??
            (await access(location.file).then(() => undefined, () => notFoundMessage(src, displayInput))));
      if (!problem) return undefined;
      const line = await imageSrcLine(path.resolve(context.cwd, article.file));
      return { severity: "error", file: article.file, line, field: "image.src", message: problem };
    }),
  );
  return problems.filter((problem): problem is ContentIssue => problem !== undefined);
}
