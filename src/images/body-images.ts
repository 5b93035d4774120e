import { loadedEleventyImage } from "./eleventy-image.ts";
import type { ProcessedImage } from "./responsive.ts";

// The body HTML comes from markdown-it or sanitize-html, which always write double-quoted,
// escaped attributes, so a tag-level pattern is exact here (it is not a general HTML parser).
const IMAGE_IN_PARAGRAPH = /(<p>)?(<img\b[^>]*>)(<\/p>)?/g;
const ATTRIBUTE = /([a-zA-Z-]+)="([^"]*)"/g;
const ESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

export function imageAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) {
    if (name !== undefined && value !== undefined) attributes.set(name.toLowerCase(), unescapeHtml(value));
  }
  return attributes;
}

/** Every `<img>` of the body with a `src`, in order of appearance. */
export function bodyImages(html: string): { src: string; alt: string }[] {
  // Most bodies have no image, and the pattern is tried at every position of a body, which costs
  // about twice this plain search.
  if (!html.includes("<img")) return [];
  return [...html.matchAll(IMAGE_IN_PARAGRAPH)].flatMap((match) => {
    const attributes = imageAttributes(match[2] ?? "");
    const src = attributes.get("src");
    return src === undefined ? [] : [{ src, alt: attributes.get("alt") ?? "" }];
  });
}

/**
 * Replaces each processed `<img>` with a lazy `<picture>`; an image alone in its paragraph becomes
 * a `<figure>`, captioned by its Markdown title (`![alt](/images/x.jpg "caption")`).
 */
export function rewriteBodyImages(html: string, processed: ReadonlyMap<string, ProcessedImage>): string {
  return html.replace(IMAGE_IN_PARAGRAPH, (whole, open: string | undefined, tag: string, close: string | undefined) => {
    const attributes = imageAttributes(tag);
    const image = processed.get(attributes.get("src") ?? "");
    if (!image) return whole;
    const picture = loadedEleventyImage().generateHTML(
      image.metadata,
      { alt: attributes.get("alt") ?? "", sizes: image.picture.sizes, loading: "lazy", decoding: "async" },
      // Freshly made metadata carries hidden options that put `src` first; metadata read back from
      // the image cache has none. Without this override a cached build's tags differ from a cold one's.
      { imgAttributes: {} },
    );
    const title = attributes.get("title");
    if (open && close) {
      return `<figure class="body-figure">${picture}${title ? `<figcaption>${escapeText(title)}</figcaption>` : ""}</figure>`;
    }
    return `${open ?? ""}${picture}${close ?? ""}`;
  });
}

function unescapeHtml(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPES[entity] ?? entity);
}

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
