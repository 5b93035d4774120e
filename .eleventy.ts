import newsroomPlugin from "./src/plugins/newsroom.ts";
import type { EleventyConfig } from "./src/plugins/eleventy-config.ts";
import { previewOutputFolder } from "./src/site/preview-folder.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsroomPlugin);
  const runMode = process.env.ELEVENTY_RUN_MODE;
  // The preview (drafts, banners, noindex) never writes into the production output.
  const output = runMode === "serve" || runMode === "watch" ? previewOutputFolder() : "_site";
  // Eleventy 3 lets only the config file set these: `set*Directory` throws inside a plugin, and
  // there is no config API for the template engines of Markdown and HTML files.
  return {
    // Defence in depth: no file Eleventy finds in the content folder would run as a template anyway,
    // since the plugin ignores the whole folder and registers only the developer's pages.
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
