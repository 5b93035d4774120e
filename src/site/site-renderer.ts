import type { ArticleSource } from "../articles/load.ts";
import { storedBody } from "../articles/stored-bodies.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import { markdownHash, markdownText, type Markdown, type RenderCache } from "../markdown/render-cache.ts";
import { RENDER_TASK } from "../markdown/render-task.ts";
import type { ThreadPool } from "../util/thread-pool.ts";

export interface SiteRenderer {
  /** A body a load kept in its text store is best given as `storedBody(source)`: on a cache hit it is not read. */
  render(markdown: Markdown): BodyRendering;
  /** Renders ahead, shared out over the build's threads, the bodies of `sources` the cache lacks. */
  prepare(sources: readonly ArticleSource[]): Promise<void>;
}

/**
 * The renderer a load derives its articles with. `prepare` renders a part of the articles ahead on
 * every core; `render` then hands out each rendering once and lets it go, so a caller that
 * prepares and derives part by part never holds more than a part's renderings beside the rest.
 * Live blogs are left to `render` itself: what they render depends on the build time.
 */
export function openSiteRenderer(cache: RenderCache, options: { embedHosts: readonly string[]; pool?: ThreadPool }): SiteRenderer {
  const { embedHosts, pool } = options;
  const render = createMarkdownRenderer({ embedHosts });
  // Renderings made ahead, by the hash of their Markdown.
  const ready = new Map<string, Uint8Array>();
  return {
    render: cache.wrap((markdown) => {
      const hash = ready.size > 0 ? markdownHash(markdown) : undefined;
      const made = hash === undefined ? undefined : ready.get(hash);
      if (!made) return render(markdownText(markdown));
      ready.delete(hash as string);
      return made;
    }),
    async prepare(sources) {
      if (!pool) return;
      const missing = new Map<string, Markdown>();
      for (const source of sources) {
        if (source.type === "live") continue;
        const body = storedBody(source);
        const hash = markdownHash(body);
        if (!ready.has(hash) && !missing.has(hash) && !cache.has(body)) missing.set(hash, body);
      }
      const rendered = await pool.map(RENDER_TASK, [...missing.values()].map(markdownText), { embedHosts });
      for (const [index, hash] of [...missing.keys()].entries()) ready.set(hash, rendered[index] as Uint8Array);
    },
  };
}

/** Sources in parts of this many: rendered ahead, then derived, one part at a time. */
export const RENDER_PART = 2_000;
