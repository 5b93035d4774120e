import type { ImageMetadata } from "@11ty/eleventy-img";
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The generated files of each source image, trusted only through a record written after all of
 * them were made. eleventy-img itself reuses any output file that exists, so a run that failed
 * half-way (a truncated image decodes for some sizes and not others) or was killed mid-write left
 * files that the next run published as if they were good. Here each run generates into a folder of
 * its own, moves the files into the cache only when every one was made, and then writes the record
 * (atomically, by rename); a record is believed only when it is well formed and every file it
 * names is there with the size and modification time it had. Builds hard-link these files into
 * their output, so a tool that rewrites a published image in place rewrites the cached file too:
 * its new modification time makes the record untrusted, and the image is made again.
 */

/** Where the files are kept, and how an image's key is made (its content and the code that made it). */
export interface ImageStore {
  folder: string;
  key(...parts: readonly (string | Uint8Array)[]): string;
  /** The SHA-256 of a source file's bytes: what the image's key takes of its content. */
  hashOf(file: string): string;
}

interface CacheRecord {
  metadata: ImageMetadata;
  sizes: Record<string, number>;
  /** Each file's modification time (ms) when it was moved into the cache. */
  modified?: Record<string, number>;
}

/**
 * Results of this process, by options and source, while the source file is unchanged: the preview
 * processes the same images on every load, and a change to site.json's formats needs new files.
 */
const remembered = new Map<string, { size: number; mtimeMs: number; metadata: Promise<ImageMetadata> }>();

export async function generateOnce(
  source: string,
  store: ImageStore,
  optionsKey: string,
  generate: (outputDir: string) => Promise<ImageMetadata>,
): Promise<ImageMetadata> {
  const stats = await stat(source);
  const memo = `${optionsKey}\0${source}`;
  const last = remembered.get(memo);
  if (last?.size === stats.size && last.mtimeMs === stats.mtimeMs) return last.metadata;
  const metadata = generateOrReuse(source, store, optionsKey, generate);
  remembered.set(memo, { size: stats.size, mtimeMs: stats.mtimeMs, metadata });
  // A failure is not remembered: the next load tries again, and fails again if the file is still bad.
  metadata.catch(() => remembered.delete(memo));
  return metadata;
}

async function generateOrReuse(
  source: string,
  store: ImageStore,
  optionsKey: string,
  generate: (outputDir: string) => Promise<ImageMetadata>,
): Promise<ImageMetadata> {
  const cacheDir = store.folder;
  const key = store.key(optionsKey, store.hashOf(source));
  const recordFile = path.join(cacheDir, "records", `${key}.json`);
  const cached = await readRecord(recordFile, cacheDir);
  if (cached) return cached;
  await mkdir(path.join(cacheDir, "records"), { recursive: true });
  const workDir = await mkdtemp(path.join(cacheDir, "working-"));
  try {
    const made = await generate(workDir);
    const sizes: Record<string, number> = {};
    const modified: Record<string, number> = {};
    for (const entry of Object.values(made).flat()) {
      const name = path.basename(entry.outputPath);
      const finalPath = path.join(cacheDir, name);
      if (sizes[name] === undefined) {
        const stats = await stat(entry.outputPath);
        sizes[name] = stats.size;
        modified[name] = stats.mtimeMs;
        await rename(entry.outputPath, finalPath);
      }
      entry.outputPath = finalPath;
    }
    const record = JSON.stringify({ metadata: made, sizes, modified } satisfies CacheRecord);
    await writeRecord(recordFile, record, path.basename(workDir));
    // The record's metadata, not eleventy-img's object: that one also carries HTML options that
    // change the order of the <img> attributes eleventy-img writes, and a page must be the same
    // whether its images were made by this build or an earlier one.
    return (JSON.parse(record) as CacheRecord).metadata;
  } finally {
    // When one size fails to decode, libvips may still be writing the others into the folder: the
    // removal is retried, and a failure of it never takes the place of the image's own error.
    await rm(workDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }).catch(() => {});
  }
}

async function writeRecord(recordFile: string, record: string, writer: string): Promise<void> {
  const partial = `${recordFile}.${process.pid}-${writer}`;
  await writeFile(partial, record);
  await rename(partial, recordFile);
}

/**
 * The record's metadata when it is whole and every file it names is in the cache with its recorded
 * size and modification time. A record without times gets the times its files have now: such
 * files were copied into outputs, never linked, so no output can have changed them. Files are
 * found by name in `cacheDir`, wherever the folder was when the record was written: a CI that
 * restores the cache folder at another path keeps its images.
 */
async function readRecord(recordFile: string, cacheDir: string): Promise<ImageMetadata | undefined> {
  let record: CacheRecord;
  try {
    record = JSON.parse(await readFile(recordFile, "utf8")) as CacheRecord;
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null || typeof record.metadata !== "object" || record.metadata === null) return undefined;
  const entries = Object.values(record.metadata).flat();
  if (entries.length === 0) return undefined;
  const timed = typeof record.modified === "object" && record.modified !== null;
  const modified: Record<string, number> = timed ? (record.modified as Record<string, number>) : {};
  for (const entry of entries) {
    const name = typeof entry?.outputPath === "string" ? path.basename(entry.outputPath) : "";
    if (name === "" || name === "." || name === "..") return undefined;
    entry.outputPath = path.join(cacheDir, name);
    const found = await stat(entry.outputPath).catch(() => undefined);
    if (!found || found.size !== record.sizes?.[name] || found.size <= 0) return undefined;
    if (!timed) modified[name] = found.mtimeMs;
    else if (found.mtimeMs !== modified[name]) return undefined;
  }
  if (!timed) await writeRecord(recordFile, JSON.stringify({ ...record, modified }), "timed").catch(() => {});
  return record.metadata;
}
