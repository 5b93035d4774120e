/** Where `src/cli/run-compiled.js` puts the compiled entries of the build's threads, by name. */
export const COMPILED_WORKERS = Symbol.for("newsroom.compiledWorkers");

/**
 * The module a thread of the build starts with: its compiled entry when the build runs from the
 * bundle, else its source entry, which registers tsx before it loads TypeScript. A thread started
 * from source pays for tsx's loader (its own thread and a transform of each module) on every build.
 */
export function workerEntry(name: string, source: URL): URL {
  const compiled = (globalThis as { [COMPILED_WORKERS]?: Record<string, string> })[COMPILED_WORKERS]?.[name];
  return compiled ? new URL(compiled) : source;
}
