/**
 * What `npm run bench` measures: the corpora it can build (one entry each in CORPORA) and the command
 * each tool runs on one of them. Every corpus has the layout bench/corpus.ts describes
 * (`_data/` + `articles/<section>/<slug>.md`), which all the tools read unchanged.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./corpus.ts";
import { ensureNewsroomCorpus } from "./newsroom-corpus.ts";

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH, "..");
export const CORPUS_ROOT = path.join(BENCH, ".corpus");

export interface Corpus {
  /** Writes (or reuses) the corpus of `size` articles and returns its folder. */
  ensure(size: number): string;
  /** Hugo's site folder (config and layouts) for this corpus' front matter. */
  hugo: string;
  /**
   * The corpus has photos: Hugo reads them as assets (Hugo 0.111 takes the folder only from the
   * environment) and keeps its processed images in a cache folder of the bench's, emptied before
   * its cold build and kept for `hugo-warm`, as the newsroom's caches are.
   */
  photos?: boolean;
}

const photoCorpus = (options: { formats?: string[] } = {}): Corpus => ({
  ensure: (size) => ensureNewsroomCorpus(CORPUS_ROOT, size, options),
  hugo: path.join(BENCH, "hugo-photos"),
  photos: true,
});

export const CORPORA: Readonly<Record<string, Corpus>> = {
  synthetic: { ensure: (size) => ensureCorpus(CORPUS_ROOT, size), hugo: path.join(BENCH, "hugo") },
  // A newsroom's mix of short and long articles with press photos (bench/newsroom-corpus.ts).
  newsroom: photoCorpus(),
  // The same, with the newsroom's images in the two formats Hugo writes (site.json images.formats).
  "newsroom-webp-jpeg": photoCorpus({ formats: ["webp", "jpeg"] }),
};

/** The tools a run can be asked for; the rebuilds follow their tool's cold build on their own. */
export const TOOLS = ["newsroom", "hugo", "floor", "eleventy"] as const;
export const REBUILDS = ["newsroom-warm", "newsroom-unchanged"] as const;
export type Tool = (typeof TOOLS)[number] | (typeof REBUILDS)[number] | "hugo-warm";

/** Hugo's own cache of a photo corpus (its processed images). */
export function hugoCacheFolder(corpus: string, size: number): string {
  return path.join(CORPUS_ROOT, `.cache-hugo-${corpus}-${size}`);
}

export interface Command {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** The build caches of one corpus and size, kept between the newsroom's builds of one run. */
export function cacheFolder(corpus: string, size: number): string {
  return path.join(CORPUS_ROOT, `.cache-${corpus}-${size}`);
}

export function command(tool: Tool, corpus: Corpus, input: string, output: string, cache: string, hugoCache = ""): Command {
  switch (tool) {
    case "newsroom":
    case "newsroom-warm":
    case "newsroom-unchanged":
      // What `npm run build` runs, without npm's own start-up.
      return {
        file: process.execPath,
        args: ["src/cli/run-compiled.js", "build", `--input=${input}`, `--output=${output}`],
        env: { NEWSROOM_CACHE_DIR: cache },
      };
    case "hugo":
    case "hugo-warm":
      return {
        file: "hugo",
        args: [
          ...["--quiet", "--source", corpus.hugo, "--contentDir", path.join(input, "articles"), "--destination", output],
          ...(corpus.photos ? ["--cacheDir", hugoCache] : []),
        ],
        env: corpus.photos ? { HUGO_ASSETDIR: path.join(input, "images") } : {},
      };
    case "floor":
      return { file: process.execPath, args: [path.join(BENCH, "floor.mjs"), `--input=${input}`, `--output=${output}`], env: {} };
    case "eleventy":
      return {
        file: path.join(ROOT, "node_modules/.bin/eleventy"),
        args: [
          "--quiet",
          `--config=${path.join(BENCH, "bare-eleventy/eleventy.config.js")}`,
          `--input=${path.join(input, "articles")}`,
          `--output=${output}`,
        ],
        env: {},
      };
  }
}
