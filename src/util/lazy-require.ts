import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded the first time it is used. A build after one edit renders one body on
 * its own thread, and most bodies need neither the HTML sanitizer nor reading-time's CJK counter:
 * loaded with the build's code, they cost that thread time for nothing.
 */
export function lazily<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
