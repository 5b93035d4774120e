import type { EleventyConfig } from "./src/plugins/eleventy-config.ts";
import newsroomPlugin from "./src/plugins/newsroom.ts";

export { config } from "./src/plugins/eleventy-settings.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsroomPlugin);
}
