import type { ImageMetadata } from "@11ty/eleventy-img";
import { createHash } from "node:crypto";
import type { BuildCache } from "../cache/build-cache.ts";
import { fileSha256 } from "../util/folder-digest.ts";
import { processFolder } from "../util/process-folder.ts";
import { eleventyImage } from "./eleventy-image.ts";
import { ENCODER_SETTINGS } from "./encoder-settings.ts";
import { generateOnce, type ImageStore } from "./image-cache.ts";
import { IMAGE_URL_PATH } from "../urls/urls.ts";
import { type ImageFormat, orderedFormats } from "../site/image-settings.ts";

/** A `<picture>`: modern formats as `<source>`s, JPEG as the `<img>` fallback. */
export interface Picture {
  src: string;
  width: number;
  height: number;
  srcset: string;
  sizes: string;
  sources: { type: string; srcset: string }[];
}

/** A file eleventy-img wrote into the cache, to be copied to `url` in the output. */
export interface GeneratedImage {
  file: string;
  url: string;
}

export interface ProcessedImage {
  picture: Picture;
  metadata: ImageMetadata;
  files: GeneratedImage[];
}

let uncachedFolder: string | undefined;

/**
 * The build cache's images store, beside the other caches, so that the one folder a CI keeps
 * between runs keeps the images too; with caching off, a folder of this process's own that no
 * later build trusts.
 */
export function imageStore(cache: BuildCache | undefined): ImageStore {
  if (cache?.has("images")) {
    // A photo is read for its key only when its stamp changed: an archive's photos are gigabytes.
    return {
      folder: cache.folder("images"),
      key: (...parts) => cache.key("images", ...parts),
      hashOf: (file) => cache.fileHash("images", file),
    };
  }
  // Its images are copied or linked into the output: removed when the process ends, or each build
  // without a cache would leave its encoded photos behind.
  uncachedFolder ??= processFolder("newsroom-images-");
  return {
    folder: uncachedFolder,
    key: (...parts) => parts.reduce((hash, part) => hash.update("\0").update(part), createHash("sha256")).digest("hex"),
    hashOf: fileSha256,
  };
}

/** Where `processImage` keeps its files. */
export function imageCacheFolder(cache: BuildCache | undefined): string {
  return imageStore(cache).folder;
}
export const IMAGE_WIDTHS = [480, 960, 1600];
/** A truncated file is an error rather than a picture with a grey band where its end should be. */
const SHARP_OPTIONS = { failOn: "truncated" };
/** The article column is at most `--measure` (42rem) wide: layouts/assets/site.css. */
export const IMAGE_SIZES = "(min-width: 46rem) 42rem, 100vw";

/**
 * The image in each of `formats` (all three when absent) at each of `IMAGE_WIDTHS`. The options,
 * formats included, are part of the images store's key, so a change of formats or of encoder
 * settings makes new files.
 */
export async function processImage(file: string, cache: BuildCache | undefined, formats?: readonly ImageFormat[]): Promise<ProcessedImage> {
  const Image = await eleventyImage();
  const options = eleventyImageOptions(formats);
  // eleventy-img's own caches are off: they trust whatever files a failed run left (image-cache.ts).
  const metadata = await generateOnce(file, imageStore(cache), JSON.stringify(options), (outputDir) =>
    Image(file, { ...options, outputDir, useCache: false }),
  );
  const fallbackFormat = metadata.jpeg ?? metadata.png ?? Object.values(metadata).at(-1) ?? [];
  const largest = fallbackFormat.at(-1);
  if (!largest) throw new Error("produced no output");
  const sources = Object.entries(metadata)
    .filter(([, entries]) => entries !== fallbackFormat)
    .map(([, entries]) => ({ type: entries[0]?.sourceType ?? "", srcset: srcsetOf(entries) }));
  const files = Object.values(metadata)
    .flat()
    .map((entry) => ({ file: entry.outputPath, url: entry.url }));
  return {
    picture: {
      src: largest.url,
      width: largest.width,
      height: largest.height,
      srcset: srcsetOf(fallbackFormat),
      sizes: IMAGE_SIZES,
      sources,
    },
    metadata,
    files,
  };
}

/** What eleventy-img is asked for: everything that decides the files, and so the images store's key. */
export function eleventyImageOptions(formats: readonly ImageFormat[] | undefined) {
  return {
    widths: IMAGE_WIDTHS,
    formats: orderedFormats(formats),
    urlPath: IMAGE_URL_PATH,
    sharpOptions: SHARP_OPTIONS,
    sharpJpegOptions: ENCODER_SETTINGS.jpeg,
    sharpWebpOptions: ENCODER_SETTINGS.webp,
    sharpAvifOptions: ENCODER_SETTINGS.avif,
  };
}

function srcsetOf(entries: readonly { srcset: string }[]): string {
  return entries.map((entry) => entry.srcset).join(", ");
}
