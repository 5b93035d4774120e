import type { ArticleSource } from "../articles/load.ts";
import { createMarkdownRenderer, type RenderedBody } from "../markdown/render.ts";
import type { RenderCache } from "../markdown/render-cache.ts";
import { RENDER_TASK } from "../markdown/render-task.ts";
import type { ThreadPool } from "../util/thread-pool.ts";

/**
 * The renderer a load derives its articles with. The bodies the cache does not hold are rendered
 * first, shared out over the build's threads; each rendering is handed out once and then let go.
 * Live blogs are left to the renderer itself: what they render depends on the build time.
 */
export async function createSiteRenderer(
  sources: readonly ArticleSource[],
  cache: RenderCache,
  options: { embedHosts: readonly string[]; pool?: ThreadPool },
): Promise<(markdown: string) => RenderedBody> {
  const { embedHosts, pool } = options;
  const render = createMarkdownRenderer({ embedHosts });
  if (!pool) return cache.wrap(render);
  const missing = [...new Set(sources.flatMap((source) => (source.type === "live" ? [] : [source.body])))].filter(
    (body) => !cache.has(body),
  );
  const rendered = await pool.map(RENDER_TASK, missing, { embedHosts });
  const ready = new Map(missing.map((body, index) => [body, rendered[index] as RenderedBody]));
  return cache.wrap((markdown) => {
    const made = ready.get(markdown);
    if (!made) return render(markdown);
    ready.delete(markdown);
    return made;
  });
}
