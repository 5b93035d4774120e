// A thread of the build's pool (thread-pool.ts) run from source. A worker thread does not inherit
// tsx's loader on Node 20, so this entry is JavaScript and registers tsx before it loads a task's
// TypeScript. The compiled build starts src/build/pool-tasks.ts instead (run-compiled.js).
import { register } from "tsx/esm/api";

register();
const { servePool } = await import("./pool-thread.ts");
servePool((module) => import(module));
