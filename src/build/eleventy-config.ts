import { fileURLToPath } from "node:url";

/**
 * The Eleventy config file a build loads. The compiled build (`src/cli/run-compiled.js`) replaces
 * this module with the path of its own compiled copy, which plain Node can import.
 */
export const ELEVENTY_CONFIG = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));
