import { previewOutputFolder } from "../site/preview-folder.ts";

const runMode = process.env.ELEVENTY_RUN_MODE;

/**
 * The settings Eleventy 3 reads only from a config file's `export const config`: `set*Directory`
 * throws inside a plugin, and there is no config API for the template engines of Markdown and
 * HTML files. A newsroom's own Eleventy config re-exports it beside `addPlugin(newsroomPlugin)`.
 */
export const config = {
  // Defence in depth: no file Eleventy finds in the content folder would run as a template anyway,
  // since the plugin ignores the whole folder and registers only the developer's pages.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  dir: {
    input: "content",
    // The preview (drafts, banners, noindex) never writes into the production output.
    output: runMode === "serve" || runMode === "watch" ? previewOutputFolder() : "_site",
    // Eleventy would run any `_data/*.js` at build time; the plugin reads the JSON files itself.
    data: ".eleventy-data-disabled",
  },
};
