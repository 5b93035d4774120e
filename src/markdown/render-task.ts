import type { PoolTask } from "../util/thread-pool.ts";
import { createMarkdownRenderer, type RenderedBody } from "./render.ts";

export interface RenderTaskOptions {
  embedHosts: readonly string[];
}

const renderers = new Map<string, (markdown: string) => RenderedBody>();

/** Renders a batch of bodies; on a pool's thread the renderer is made once for each set of options. */
export function renderBodies(bodies: string[], options: RenderTaskOptions): RenderedBody[] {
  const key = JSON.stringify(options.embedHosts);
  let render = renderers.get(key);
  if (!render) {
    render = createMarkdownRenderer(options);
    renderers.set(key, render);
  }
  return bodies.map(render);
}

/** Rendering as a thread pool shares it out (util/thread-pool.ts): rendering is a pure function of the Markdown and the options. */
export const RENDER_TASK: PoolTask<string, RenderedBody, RenderTaskOptions> = {
  module: import.meta.url,
  name: "renderBodies",
  run: renderBodies,
  size: (body) => body.length,
};
