// "Bare Eleventy" for `npm run bench`: the corpus' Markdown through one Nunjucks layout, no features.
// Run as: eleventy --config=bench/bare-eleventy/eleventy.config.js --input=<corpus>/articles --output=<out>
import path from "node:path";
import { fileURLToPath } from "node:url";

const includes = path.join(path.dirname(fileURLToPath(import.meta.url)), "_includes");

export default function (eleventyConfig) {
  // The corpus lives in a gitignored folder, which Eleventy skips by default.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("layout", "article.njk");
  return { dir: { includes: path.relative(eleventyConfig.directories.input, includes) } };
}
