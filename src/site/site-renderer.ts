import type { ArticleSource } from "../articles/load.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import type { RenderCache } from "../markdown/render-cache.ts";
import { RENDER_TASK } from "../markdown/render-task.ts";
import type { ThreadPool } from "../util/thread-pool.ts";

export interface SiteRenderer {
  render(markdown: string): BodyRendering;
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
  const ready = new Map<string, Uint8Array>();
  return {
    render: cache.wrap((markdown) => {
      const made = ready.get(markdown);
      if (!made) return render(markdown);
      ready.delete(markdown);
      return made;
    }),
    async prepare(sources) {
      if (!pool) return;
      const bodies = new Set(sources.flatMap((source) => (source.type === "live" ? [] : [source.body])));
      const missing = [...bodies].filter((body) => !ready.has(body) && !cache.has(body));
      const rendered = await pool.map(RENDER_TASK, missing, { embedHosts });
      for (const [index, body] of missing.entries()) ready.set(body, rendered[index] as Uint8Array);
    },
  };
}

/** Sources in parts of this many: rendered ahead, then derived, one part at a time. */
export const RENDER_PART = 2_000;
