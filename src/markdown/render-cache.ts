import v8 from "node:v8";
import type { BuildCache } from "../cache/build-cache.ts";
import type { RenderedBody } from "./render.ts";

export interface RenderCache {
  /** `render`, answered from the cache when the same Markdown was rendered with the same code and options before. */
  wrap(render: (markdown: string) => RenderedBody): (markdown: string) => RenderedBody;
  /** Whether the cache holds this Markdown's rendering, so that it need not be rendered ahead. */
  has(markdown: string): boolean;
  save(): Promise<void>;
}

/**
 * Rendered Markdown keyed by the body and the renderer's options (e.g. embed hosts), kept across
 * builds so that CI and the preview re-render only what changed. A hit returns exactly what
 * rendering would, so cached and cold builds are identical.
 *
 * Each entry is kept serialised (V8's format), outside the JavaScript heap: the store holds every
 * article's HTML and text until it is saved, and as objects they would be most of the build's heap
 * while the articles are derived. A hit is a copy of its own, let go with the page that used it.
 */
export async function openRenderCache(cache: BuildCache | undefined, rendererOptions: unknown): Promise<RenderCache> {
  if (!cache) return { wrap: (render) => render, has: () => false, save: async () => {} };
  const store = await cache.entries<Uint8Array>("render");
  const options = JSON.stringify(rendererOptions);
  // A build asks `has` of every body before rendering it: the key is hashed once for both.
  const asked = new Map<string, string>();
  const keyOf = (markdown: string) => cache.key("render", options, markdown);
  return {
    wrap: (render) => (markdown) => {
      const key = asked.get(markdown) ?? keyOf(markdown);
      asked.delete(markdown);
      const cached = store.get(key);
      if (cached) return v8.deserialize(cached) as RenderedBody;
      const rendered = render(markdown);
      store.set(key, v8.serialize(rendered));
      return rendered;
    },
    has: (markdown) => {
      const key = asked.get(markdown) ?? keyOf(markdown);
      asked.set(markdown, key);
      return store.get(key) !== undefined;
    },
    save: () => store.save(),
  };
}
