import type Image from "@11ty/eleventy-img";
import { machineImageConcurrency } from "./concurrency.ts";

type EleventyImage = typeof Image;
let loaded: EleventyImage | undefined;

/**
 * eleventy-img, imported on first use: with sharp it is a noticeable part of every build's
 * start-up, and most builds of a large site have no image to process.
 */
export async function eleventyImage(): Promise<EleventyImage> {
  if (!loaded) {
    const image = (await import("@11ty/eleventy-img")).default;
    const sharp = (await import("sharp")).default;
    const { images, threadsPerPipeline } = machineImageConcurrency();
    image.concurrency = images;
    sharp.concurrency(threadsPerPipeline);
    loaded = image;
  }
  return loaded;
}

/** The module `eleventyImage()` loaded: only code that runs after an image was processed may ask. */
export function loadedEleventyImage(): EleventyImage {
  if (!loaded) throw new Error("eleventy-img is used before any image was processed");
  return loaded;
}
