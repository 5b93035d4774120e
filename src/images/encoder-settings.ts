/**
 * The encoder settings of each format, chosen by `npm run bench:encoders` (docs/performance.md,
 * "Images"). They are part of the options that key the images store, so changing one re-encodes.
 */
export const ENCODER_SETTINGS = {
  jpeg: { quality: 80 },
  webp: { quality: 80, effort: 4 },
  avif: { quality: 52, effort: 3, chromaSubsampling: "4:2:0" },
} as const satisfies Record<"jpeg" | "webp" | "avif", Record<string, unknown>>;
