import newsroomPlugin from "./src/plugins/newsroom.ts";
import type { EleventyConfig } from "./src/plugins/newsroom.ts";
import { previewOutputFolder } from "./src/site/preview-folder.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsroomPlugin);
  const runMode = process.env.ELEVENTY_RUN_MODE;
  // The preview (drafts, banners, noindex) never writes into the production output.
  const output = runMode === "serve" || runMode === "watch" ? previewOutputFolder() : "_site";
  return {
    // No file is an Eleventy template: content files are data, never code, and the plugin writes the pages.
    templateFormats: ["11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
    dir: {
      input: "content",
      output,
      // Eleventy would run any `_data/*.js` at build time; the plugin reads the JSON files itself.
      data: ".eleventy-data-disabled",
    },
  };
}
