import path from "node:path";
import { locateImage } from "../images/locate.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import type { Page } from "../pages/types.ts";
import { bodyFacts, type BodyFacts } from "../site/validate-content.ts";
import { contentFileUrl } from "../urls/urls.ts";
import type { PageSource } from "./schema.ts";

/**
 * The content folder's pages rendered through the articles' Markdown renderer (the same sanitiser
 * and embed hosts), what validation needs of their bodies, and the local images they show, which
 * are published as they are at `/images/…`.
 */
export function renderContentPages(
  sources: readonly PageSource[],
  render: (markdown: string) => BodyRendering,
  inputDir: string,
): { pages: Page[]; bodies: BodyFacts[]; images: GeneratedImage[] } {
  const pages: Page[] = [];
  const bodies: BodyFacts[] = [];
  const images = new Map<string, GeneratedImage>();
  for (const source of sources) {
    const rendered = render(source.body);
    bodies.push(bodyFacts(source.file, rendered));
    pages.push({
      kind: "static",
      url: source.url,
      content: { title: source.title, summary: source.summary, updated: source.updated, html: rendered.html.text() },
    });
    for (const { src } of rendered.images) {
      const location = locateImage(src, inputDir, inputDir);
      if (location.kind !== "local") continue;
      const url = contentFileUrl(path.relative(inputDir, location.file).split(path.sep).join("/"));
      images.set(url, { file: location.file, url });
    }
  }
  return { pages, bodies, images: [...images.values()] };
}
