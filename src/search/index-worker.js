// The search index's thread run from source. A worker thread does not inherit tsx's loader on
// Node 20, so this entry is JavaScript and registers tsx before it loads the TypeScript that builds
// the index (index-thread.ts). The compiled build starts index-thread.ts's bundle instead.
import { register } from "tsx/esm/api";

register();
await import("./index-thread.ts");
