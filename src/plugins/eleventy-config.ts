/** The folders Eleventy reads and writes, as its events report them. */
export interface EleventyDirectories {
  input: string;
  output: string;
  data: string;
}

/** Minimal view of Eleventy's config API: it ships no types. */
export interface EleventyConfig {
  directories: { input: string; output: string; includes: string; layouts?: string };
  ignores: { add(glob: string): void };
  addPassthroughCopy(mapping: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setChokidarConfig(options: { followSymlinks?: boolean; awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } }): void;
  /** Inside a plugin, runs the plugin at once and returns what it returns. */
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void | Promise<void>, options?: T): void | Promise<void>;
  setDataFileSuffixes(suffixes: string[]): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: EleventyDirectories }) => void | Promise<void>): void;
  /** Called with the paths saved since the last rebuild, before the rebuild. */
  on(event: "eleventy.beforeWatch", handler: (files: string[]) => void): void;
}
