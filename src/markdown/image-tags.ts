/** An image a rendered body shows: its `src` and alt text, as written. */
export interface BodyImage {
  src: string;
  alt: string;
}

// The body HTML comes from markdown-it or sanitize-html, which always write double-quoted,
// escaped attributes, so a tag-level pattern is exact here (it is not a general HTML parser).
export const IMAGE_IN_PARAGRAPH = /(<p>)?(<img\b[^>]*>)(<\/p>)?/g;
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
export function bodyImages(html: string): BodyImage[] {
  // Most bodies have no image, and the pattern is tried at every position of a body, which costs
  // about twice this plain search.
  if (!html.includes("<img")) return [];
  return [...html.matchAll(IMAGE_IN_PARAGRAPH)].flatMap((match) => {
    const attributes = imageAttributes(match[2] ?? "");
    const src = attributes.get("src");
    return src === undefined ? [] : [{ src, alt: attributes.get("alt") ?? "" }];
  });
}

function unescapeHtml(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPES[entity] ?? entity);
}
