import { availableParallelism } from "node:os";

/** How many images eleventy-img processes at once, and how many libvips threads each of sharp's pipelines uses. */
export interface ImageConcurrency {
  images: number;
  threadsPerPipeline: number;
}

/**
 * Every core busy, and no more. Each image is nine sharp pipelines (three widths in three formats)
 * started together, and sharp runs pipelines on libuv's thread pool (`UV_THREADPOOL_SIZE`, 4 unless
 * set), so the pool, not eleventy-img's queue, decides how many encode at once: as many images as
 * cores keeps the pool fed between one image's last encode and the next image's first, where
 * eleventy-img's own default of at least 8 only holds more images in memory. With more cores than
 * pool threads, each pipeline gets enough libvips threads (the AVIF encoder's included) to fill
 * them; with fewer, one, as sharp itself chooses on glibc to limit memory fragmentation.
 */
export function imageConcurrency(cores: number, poolThreads: number): ImageConcurrency {
  return { images: Math.max(1, cores), threadsPerPipeline: Math.max(1, Math.ceil(cores / Math.max(1, poolThreads))) };
}

/** For this machine and process. */
export function machineImageConcurrency(): ImageConcurrency {
  return imageConcurrency(availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE) || 4);
}
