import { createHash, hash as hashOnce } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { codeVersion, WHOLE_CODE, type CodeDependencies } from "./code-version.ts";
import { type FileHashes, openFileHashes, rememberedHashes } from "./file-hashes.ts";
import { ByteShardStore } from "./byte-shard-store.ts";
import { removeOtherStores, replaceFile, ShardStore } from "./shard-store.ts";
import type { ByteRange } from "../util/text-store.ts";

/**
 * How a build runs, decided by its command (`src/plugins/newsroom.ts`):
 * - "once": a build, or `npm run check`, in a process of its own. Its stores drop the entries it did
 *   not use, so deleted articles do not accumulate, and are let go of when saved, so that every
 *   article's text is not held while the pages are written.
 * - "preview": the preview server, which builds again in the same process after every save. Its
 *   stores stay open between builds, and keep entries it did not ask for: the preview's own memos
 *   answer for unchanged articles, whose entries a later one-off build still wants.
 */
export type BuildMode = "once" | "preview";

/** The stores, each kept in a folder of its own. */
export type StoreName = "parse" | "links" | "render" | "pages" | "search-terms" | "images" | "manifest";

interface StoreRules {
  /** The folder's name: the prefix and the store's code version, or one name for a store shared by every content folder. */
  prefix: string;
  /** The code its entries depend on, besides their content. */
  code: CodeDependencies;
  /** Shared by every content folder, its entries named by content: an image is the same for every site. */
  shared?: true;
}

/**
 * The one table of what each store's entries depend on. Most depend on the whole code: any change
 * to `src/`, `layouts/` or a library starts new stores, which costs one build the time of the work
 * they save. Rendered Markdown and images declare narrower code, so that they outlive unrelated
 * code changes: rendering every body and re-encoding every photo are a cold build's largest costs.
 * The cache's own code (`src/cache/`, which decides the format on disk) is part of every version
 * but the images': their files and records are written by `src/images/image-cache.ts`, which checks
 * every record it reads, and a change to the cache's code must not re-encode every photo.
 */
const STORES: Record<StoreName, StoreRules> = {
  parse: { prefix: "parsed-", code: WHOLE_CODE },
  links: { prefix: "links-", code: WHOLE_CODE },
  pages: { prefix: "pages-", code: WHOLE_CODE },
  "search-terms": { prefix: "search-", code: WHOLE_CODE },
  // What the last build of each output folder wrote (build-manifest.ts): any code change rebuilds.
  manifest: { prefix: "manifest-", code: WHOLE_CODE },
  render: {
    prefix: "render-",
    code: {
      sources: ["src/markdown", "src/urls/slug.ts", "src/articles/reading-time.ts"],
      packages: ["markdown-it", "sanitize-html", "@sindresorhus/slugify", "@sindresorhus/transliterate"],
    },
  },
  images: { prefix: "images", code: { sources: [], packages: ["@11ty/eleventy-img", "sharp"] }, shared: true },
};

/** A key-value store kept across builds (a ShardStore, or a ByteShardStore whose values are read when asked for). */
export interface EntryStore<V, In = V> {
  get(key: string): V | undefined;
  set(key: string, value: In): void;
  /** Writes what changed, warning instead of failing: a cache that cannot be written costs the next build time, never this one's success. */
  save(): Promise<void>;
}

/** What opens the same cache again, e.g. in a worker thread. */
export interface BuildCacheSettings {
  dir: string;
  /** The content folder: each has its own stores, so building one site never evicts another's entries. */
  contentDir: string;
  projectRoot: string;
  mode: BuildMode;
  /** Stores turned off, for measuring what each saves (`NEWSROOM_CACHE_WITHOUT`, used by bench/caches.ts). */
  without: readonly StoreName[];
}

/**
 * Everything a build keeps for the next one. An entry is reused only when its key matches: a hash
 * of its content and of the code version of its store (`STORES`), which also names the store's
 * folder, so that a store of older code is never read and is deleted when the new one is saved.
 */
export interface BuildCache {
  readonly mode: BuildMode;
  readonly settings: BuildCacheSettings;
  /** Whether `store` is on (all are, unless turned off for a measurement). */
  has(store: StoreName): boolean;
  /** The key of an entry of `store`: a hash of its content's parts and of the store's code version. */
  key(store: StoreName, ...parts: readonly (string | Uint8Array)[]): string;
  /** The key-value store `store`, opened once per build, or once per process in the preview; one that never answers when `store` is off. */
  entries<V>(store: "parse" | "links" | "search-terms"): Promise<EntryStore<V>>;
  /** The byte-string store `store`, whose values are ranges of its files, read only when asked for (`ByteShardStore`). */
  byteEntries(store: "render"): Promise<EntryStore<ByteRange, { bytes: Uint8Array; meta?: string }>>;
  /** The folder where `store` keeps its files. */
  folder(store: StoreName): string;
  /** A file of `store`'s folder, or undefined when it cannot be read. */
  readFile(store: StoreName, name: string): Promise<Buffer | undefined>;
  /** Replaces a file of `store`'s folder whole; false (with a warning) when it could not be written. */
  writeFile(store: StoreName, name: string, contents: string | Uint8Array): Promise<boolean>;
  /** Deletes a file of `store`'s folder, if it is there. */
  removeFile(store: StoreName, name: string): Promise<void>;
  /** Deletes the folders of `store` made by other code versions. */
  removeOtherVersions(store: StoreName): Promise<void>;
  /**
   * The SHA-256 of a file's bytes, remembered in `store`'s folder by the file's stamp
   * (file-hashes.ts), so that a photo is read again only once it changed: the images' sources, and
   * the content files the unchanged-build check hashes (beside the manifests).
   */
  fileHash(store: "images" | "manifest", file: string): string;
  /**
   * The SHA-256 the content files' memo (beside the manifests) holds for a file whose stamp has not
   * changed since, else undefined; never reads the file, and remembers nothing: the unchanged-build
   * check, which hashes every content file before a build, keeps that memo.
   */
  rememberedHash(file: string): string | undefined;
  /** Keeps the file hashes this cache remembered; call once the build is done. */
  saveFileHashes(): void;
}

/** The file, in a store's folder, of the hashes `fileHash` remembers. */
export const FILE_HASHES = "source-hashes.v8";

/**
 * Where the cache lives: `NEWSROOM_CACHE_DIR`, else `.cache/newsroom/` in the project;
 * `NEWSROOM_CACHE_DIR=off` turns every store off (undefined). The one place that reads it.
 */
export function cacheFolder(options: { env: NodeJS.ProcessEnv; projectRoot: string }): string | undefined {
  const configured = options.env.NEWSROOM_CACHE_DIR?.trim();
  if (configured === "off") return undefined;
  return configured ? path.resolve(configured) : path.join(options.projectRoot, ".cache/newsroom");
}

/** The build cache of the content folder `contentDir`, or undefined when caching is off. */
export function openBuildCache(options: {
  env: NodeJS.ProcessEnv;
  projectRoot: string;
  contentDir: string;
  mode: BuildMode;
}): BuildCache | undefined {
  const dir = cacheFolder(options);
  if (dir === undefined) return undefined;
  const without = (options.env.NEWSROOM_CACHE_WITHOUT ?? "").split(",").filter((name): name is StoreName => name in STORES);
  return buildCacheAt({ dir, contentDir: path.resolve(options.contentDir), projectRoot: options.projectRoot, mode: options.mode, without });
}

/** What `storeOf` needs of a ShardStore or a ByteShardStore. */
interface Shards<V, In> {
  get(key: string): V | undefined;
  set(key: string, value: In): void;
  save(options: { keepUnused?: boolean }): Promise<void>;
}

// The preview server keeps its stores open between builds: folder → store.
const openStores = new Map<string, Promise<unknown>>();

/** The build cache that `settings` describe. */
export function buildCacheAt(settings: BuildCacheSettings): BuildCache {
  const scope = path.join(settings.dir, createHash("sha256").update(settings.contentDir).digest("hex").slice(0, 12));
  const version = storeVersions(settings.projectRoot);
  const parentOf = (store: StoreName) => (STORES[store].shared ? settings.dir : scope);
  const folder = (store: StoreName) =>
    path.join(parentOf(store), STORES[store].shared ? STORES[store].prefix : `${STORES[store].prefix}${version(store)}`);
  const removeOtherVersions = (store: StoreName) =>
    STORES[store].shared ? Promise.resolve() : removeOtherStores(parentOf(store), path.basename(folder(store)), STORES[store].prefix);
  const fileHashes = new Map<StoreName, FileHashes>();
  const hashesOf = (store: StoreName) => {
    let hashes = fileHashes.get(store);
    if (!hashes) {
      hashes = openFileHashes(settings.without.includes(store) ? undefined : path.join(folder(store), FILE_HASHES));
      fileHashes.set(store, hashes);
    }
    return hashes;
  };
  let remembered: ((file: string) => string | undefined) | undefined;
  /** `store` through the shards `open` gives; one that never answers when `store` is off. */
  async function storeOf<V, In>(
    store: StoreName,
    open: (location: string, mode: BuildMode) => Promise<Shards<V, In>>,
  ): Promise<EntryStore<V, In>> {
    if (settings.without.includes(store)) return { get: () => undefined, set: () => {}, save: async () => {} };
    const shards = await open(folder(store), settings.mode);
    return {
      get: (key) => shards.get(key),
      set: (key, value) => shards.set(key, value),
      async save() {
        try {
          await shards.save({ keepUnused: settings.mode === "preview" });
          await removeOtherVersions(store);
        } catch (error) {
          warn(store, error);
        }
      },
    };
  }
  const warn = (store: StoreName, error: unknown) =>
    console.warn(`The ${store} cache in ${folder(store)} was not saved: ${(error as Error).message}`);
  return {
    mode: settings.mode,
    settings,
    has: (store) => !settings.without.includes(store),
    key(store, ...parts) {
      // One call for the common all-text key: a hash object per key costs more than the hashing.
      if (parts.every((part) => typeof part === "string")) return hashOnce("sha256", [version(store), ...parts].join("\0"), "hex");
      const hashed = createHash("sha256").update(version(store));
      for (const part of parts) hashed.update("\0").update(part);
      return hashed.digest("hex");
    },
    entries: <V>(store: "parse" | "links" | "search-terms") => storeOf<V, V>(store, openShards<V>),
    byteEntries: (store) => storeOf<ByteRange, { bytes: Uint8Array; meta?: string }>(store, openByteShards),
    folder,
    readFile: (store, name) => readFile(path.join(folder(store), name)).catch(() => undefined),
    async writeFile(store, name, contents) {
      try {
        await mkdir(folder(store), { recursive: true });
        await replaceFile(path.join(folder(store), name), contents);
        return true;
      } catch (error) {
        warn(store, error);
        return false;
      }
    },
    removeFile: (store, name) => rm(path.join(folder(store), name), { force: true }),
    removeOtherVersions,
    fileHash: (store, file) => hashesOf(store).hashOf(file),
    rememberedHash(file) {
      if (settings.without.includes("manifest")) return undefined;
      remembered ??= rememberedHashes(path.join(folder("manifest"), FILE_HASHES));
      return remembered(file);
    },
    saveFileHashes() {
      for (const hashes of fileHashes.values()) hashes.save();
    },
  };
}

/** The shard store in `location`: in the preview, the one this process opened before. */
function openShards<V>(location: string, mode: BuildMode): Promise<ShardStore<V>> {
  return openOnce(location, mode, () => ShardStore.open<V>(location));
}

/** The byte shard store in `location`: in the preview, the one this process opened before. */
function openByteShards(location: string, mode: BuildMode): Promise<ByteShardStore> {
  return openOnce(location, mode, async () => ByteShardStore.open(location));
}

function openOnce<S>(location: string, mode: BuildMode, open: () => Promise<S>): Promise<S> {
  let opening = openStores.get(location) as Promise<S> | undefined;
  if (!opening) {
    opening = open();
    if (mode === "preview") openStores.set(location, opening);
  }
  return opening;
}

/** Each store's code version, asked for at every key: worked out once per store. */
function storeVersions(projectRoot: string): (store: StoreName) => string {
  const versions = new Map<StoreName, string>();
  return (store) => {
    let known = versions.get(store);
    if (known === undefined) {
      const rules = STORES[store];
      known = codeVersion(projectRoot, rules.shared ? rules.code : withCacheCode(rules.code));
      versions.set(store, known);
    }
    return known;
  };
}

function withCacheCode(code: CodeDependencies): CodeDependencies {
  return code === WHOLE_CODE ? code : { sources: [...code.sources, "src/cache"], packages: code.packages };
}
