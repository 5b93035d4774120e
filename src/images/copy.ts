import { lstat, mkdir } from "node:fs/promises";
import path from "node:path";
import { assertSafeUrl } from "../urls/output-paths.ts";
import { createLinker } from "../util/hard-links.js";
import type { GeneratedImage } from "./responsive.ts";

export interface CopyImagesOptions {
  /**
   * Whether the output a build updates in place already has this very file (`inode`, the cached
   * file's) at `relative`: it is then left there instead of being put in `outputDir`.
   */
  published?: (relative: string, inode: number) => boolean;
}

/**
 * Puts only the images the pages use into the output, so that images of deleted articles do not
 * linger: as hard links to the cached files where the file system allows (an archive's images
 * are gigabytes, and the cache trusts a file only while its time is unchanged), else as copies.
 */
export async function copyGeneratedImages(
  images: readonly GeneratedImage[],
  outputDir: string,
  options: CopyImagesOptions = {},
): Promise<void> {
  const { put } = createLinker();
  await Promise.all(
    images.map(async (image) => {
      const relative = assertSafeUrl(image.url).slice(1);
      // An optional call evaluates no argument, so only an update in place stats the cached files.
      if (options.published?.(relative, (await lstat(image.file)).ino)) return;
      const target = path.join(outputDir, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await put(image.file, target);
    }),
  );
}
