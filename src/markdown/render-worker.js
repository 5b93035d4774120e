// A worker thread does not inherit tsx's loader on Node 20, so this entry is JavaScript and
// registers tsx before it loads the TypeScript renderer.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { createMarkdownRenderer } = await import("./render.ts");
const render = createMarkdownRenderer({ embedHosts: workerData.embedHosts });
// Each message is a batch of bodies; the reply is their renderings, in the same order.
parentPort?.on("message", (/** @type {{ id: number; bodies: string[] }} */ batch) => {
  parentPort?.postMessage({ id: batch.id, rendered: batch.bodies.map(render) });
});
parentPort?.postMessage({ ready: true });
