import type { PoolTask } from "../util/thread-pool.ts";
import { encodeRendering } from "./body-rendering.ts";
import { createMarkdownRenderer, type RenderedBody } from "./render.ts";

export interface RenderTaskOptions {
  embedHosts: readonly string[];
}

const renderers = new Map<string, (markdown: string) => RenderedBody>();

/**
 * Renders a batch of bodies, each encoded (`encodeRendering`): its texts are encoded and hashed on
 * the thread that renders them, and cross back as one byte string each. On a pool's thread the
 * renderer is made once for each set of options.
 */
export function renderBodies(bodies: string[], options: RenderTaskOptions): Uint8Array[] {
  const key = JSON.stringify(options.embedHosts);
  const render = renderers.get(key) ?? createMarkdownRenderer(options);
  renderers.set(key, render);
  return bodies.map((body) => encodeRendering(render(body)));
}

/** Rendering as a thread pool shares it out (util/thread-pool.ts): rendering is a pure function of the Markdown and the options. */
export const RENDER_TASK: PoolTask<string, Uint8Array, RenderTaskOptions> = {
  module: import.meta.url,
  name: "renderBodies",
  run: renderBodies,
  size: (body) => body.length,
};
