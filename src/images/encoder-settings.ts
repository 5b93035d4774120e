/**
 * The encoder settings of each format, chosen by `npm run bench:encoders` (docs/performance.md,
 * "Images"). They are part of the options that key the images store, so changing one re-encodes.
 */
export const ENCODER_SETTINGS = {
  jpeg: { quality: 80 },
  webp: { quality: 80, effort: 4 },
  avif: { quality: 50, effort: 4, chromaSubsampling: "4:4:4" },
} as const satisfies Record<"jpeg" | "webp" | "avif", Record<string, unknown>>;
