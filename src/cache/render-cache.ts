import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RenderedBody } from "../markdown/render.ts";
import { renderFingerprint } from "./fingerprint.ts";
import { saveStoreQuietly, ShardStore } from "./shard-store.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STORE_PREFIX = "render-";

export interface RenderCache {
  /** `render`, answered from the cache when the same Markdown was rendered with the same code before. */
  wrap(render: (markdown: string) => RenderedBody): (markdown: string) => RenderedBody;
  /** `keepUnused`: see ShardStore.save. */
  save(options?: { keepUnused?: boolean }): Promise<void>;
}

/**
 * Where the cache lives: `NEWSROOM_CACHE_DIR`, else `.cache/newsroom/` in the project;
 * `NEWSROOM_CACHE_DIR=off` turns it off.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.NEWSROOM_CACHE_DIR?.trim();
  if (configured === "off") return undefined;
  return configured ? path.resolve(configured) : path.join(PROJECT_ROOT, ".cache/newsroom");
}

/** Each content folder gets its own stores, so building one site never evicts another's entries. */
export function scopeFolder(dir: string, scope: string): string {
  return path.join(dir, createHash("sha256").update(path.resolve(scope)).digest("hex").slice(0, 12));
}

// The preview server rebuilds in one process: it keeps its stores open between builds.
const openStores = new Map<string, Promise<ShardStore<RenderedBody>>>();

/**
 * Rendered Markdown keyed by a hash of the body and of everything else that decides the output
 * (see fingerprint.ts), kept across builds so that CI and the preview re-render only what changed.
 * A hit returns exactly what rendering would, so cached and cold builds are identical.
 */
export async function openRenderCache(options: {
  dir: string | undefined;
  /** The content folder: each gets its own store, so building one site never evicts another's entries. */
  scope: string;
  rendererOptions: unknown;
  /** Keep the store in memory for the next build of this process (the preview server). */
  keepOpen?: boolean;
}): Promise<RenderCache> {
  if (!options.dir) return { wrap: (render) => render, save: async () => {} };
  const parent = scopeFolder(options.dir, options.scope);
  const name = `${STORE_PREFIX}${renderFingerprint(options.rendererOptions)}`;
  const location = path.join(parent, name);
  let opening = openStores.get(location);
  if (!opening) {
    opening = ShardStore.open<RenderedBody>(location);
    // A one-off build lets go of it, so that every article's text is not held while pages are written.
    if (options.keepOpen) openStores.set(location, opening);
  }
  const store = await opening;
  return {
    wrap: (render) => (markdown) => {
      const key = createHash("sha256").update(markdown).digest("hex");
      const cached = store.get(key);
      if (cached) return cached;
      const rendered = render(markdown);
      store.set(key, rendered);
      return rendered;
    },
    save: (saveOptions) => saveStoreQuietly(store, { parent, name, prefix: STORE_PREFIX, label: "render cache" }, saveOptions),
  };
}
