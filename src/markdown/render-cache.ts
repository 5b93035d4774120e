import type { BuildCache } from "../cache/build-cache.ts";
import { textHash, type ByteRange, type StoredText } from "../util/text-store.ts";
import { asRendering, decodeRendering, encodeRendering, renderingHeader, type BodyRendering } from "./body-rendering.ts";
import type { RenderedBody } from "./render.ts";

/** Markdown as a string, or as a stored text whose hash is known without reading it. */
export type Markdown = string | StoredText;

export const markdownText = (markdown: Markdown): string => (typeof markdown === "string" ? markdown : markdown.text());
export const markdownHash = (markdown: Markdown): string => (typeof markdown === "string" ? textHash(markdown) : markdown.hash);

export interface RenderCache {
  /**
   * `render`, answered from the cache when the same Markdown was rendered with the same code and
   * options before; a stored text is then never read. `render` may give a rendering already
   * encoded (`encodeRendering`), as the render threads do.
   */
  wrap(render: (markdown: Markdown) => RenderedBody | Uint8Array): (markdown: Markdown) => BodyRendering;
  /** Whether the cache holds this Markdown's rendering, so that it need not be rendered ahead. */
  has(markdown: Markdown): boolean;
  save(): Promise<void>;
}

/**
 * Rendered Markdown keyed by the body's hash and the renderer's options (e.g. embed hosts), kept across
 * builds so that CI and the preview re-render only what changed. A hit returns exactly what
 * rendering would, so cached and cold builds are identical.
 *
 * Each entry is kept encoded (`encodeRendering`), outside the JavaScript heap, in the store's files
 * (`ByteShardStore`). A hit reads only the entry's header: its HTML and text stay in the cache's
 * file, the build's text store keeps them there, and they are read, and become strings, only where
 * a page is rendered from them.
 */
export async function openRenderCache(cache: BuildCache | undefined, rendererOptions: unknown): Promise<RenderCache> {
  if (!cache) return { wrap: (render) => (markdown) => asRendering(render(markdown)), has: () => false, save: async () => {} };
  const store = await cache.byteEntries("render");
  const options = JSON.stringify(rendererOptions);
  // A build asks `has` of every body before rendering it: a string is hashed once for both.
  const asked = new Map<string, string>();
  const keyOf = (markdown: Markdown) =>
    (typeof markdown === "string" && asked.get(markdown)) || cache.key("render", options, markdownHash(markdown));
  return {
    wrap: (render) => (markdown) => {
      const key = keyOf(markdown);
      if (typeof markdown === "string") asked.delete(markdown);
      const cached = store.get(key);
      if (cached) {
        const hit = decodedOrNone(cached);
        if (hit) return hit;
      }
      const made = render(markdown);
      const bytes = made instanceof Uint8Array ? made : encodeRendering(made);
      store.set(key, { bytes, meta: renderingHeader(bytes) });
      return decodeRendering(bytes);
    },
    has: (markdown) => {
      const key = keyOf(markdown);
      if (typeof markdown === "string") asked.set(markdown, key);
      return store.get(key) !== undefined;
    },
    save: () => store.save(),
  };
}

/** A damaged entry is rendered again, never trusted. */
function decodedOrNone(bytes: ByteRange): BodyRendering | undefined {
  try {
    return decodeRendering(bytes);
  } catch {
    return undefined;
  }
}
