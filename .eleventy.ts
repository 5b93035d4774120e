import newsroomPlugin from "./src/plugins/newsroom.ts";
import type { EleventyConfig } from "./src/plugins/newsroom.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsroomPlugin);
  return {
    // No file is an Eleventy template: content files are data, never code, and the plugin writes the pages.
    templateFormats: ["11ty.js"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
    dir: {
      input: "content",
      output: "_site",
      // Eleventy would run any `_data/*.js` at build time; the plugin reads the JSON files itself.
      data: ".eleventy-data-disabled",
    },
  };
}
