import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { assertSafeUrl } from "../urls/output-paths.ts";
import type { GeneratedImage } from "./responsive.ts";

/** Copies only the images the pages use, so that images of deleted articles do not linger. */
export async function copyGeneratedImages(images: readonly GeneratedImage[], outputDir: string): Promise<void> {
  await Promise.all(
    images.map(async (image) => {
      const target = path.join(outputDir, assertSafeUrl(image.url));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(image.file, target);
    }),
  );
}
