import { loadedEleventyImage } from "./eleventy-image.ts";
import { IMAGE_IN_PARAGRAPH, imageAttributes } from "../markdown/image-tags.ts";
import type { ProcessedImage } from "./responsive.ts";

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

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
