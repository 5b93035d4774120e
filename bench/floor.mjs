/**
 * The Node floor for `npm run bench`: the least a Node build of a corpus costs, which the newsroom's
 * cold build is compared with. For every `articles/**\/*.md` of the corpus, in one thread and one
 * file at a time: read it, split its front matter with gray-matter (with the build's YAML reading),
 * render its body with markdown-it (the build's options), put both in a trivial HTML page and write
 * it to `<output>/<folders>/<name>/index.html`. Nothing else: no listings, feeds, search or caches.
 *   node bench/floor.mjs --input=<corpus folder> --output=<folder>
 * Plain JavaScript run by `node` itself: under tsx its loader hooks would compile this file and the
 * packages' modules on start-up, a cost no build has to pay and that would raise the floor.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import yaml from "js-yaml";
import MarkdownIt from "markdown-it";

const { values } = parseArgs({ options: { input: { type: "string" }, output: { type: "string" } } });
if (!values.input || !values.output) {
  console.error("usage: node bench/floor.mjs --input=<corpus folder> --output=<folder>");
  process.exit(2);
}
const articles = path.join(values.input, "articles");
const output = values.output;

// As src/markdown/render.ts and src/articles/front-matter.ts configure them. Passing options also
// keeps gray-matter from caching every file's text in memory, which a build does not do either.
const md = new MarkdownIt({ html: true, typographer: true });
const frontMatter = { language: "yaml", engines: { yaml: (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {} } };

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]);

function page(data, body) {
  const title = escapeHtml(data.title ?? "");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>
${body}</main></body>
</html>
`;
}

let pages = 0;
for (const relative of readdirSync(articles, { recursive: true, encoding: "utf8" }).sort()) {
  if (!relative.endsWith(".md")) continue;
  const { data, content } = matter(readFileSync(path.join(articles, relative), "utf8"), frontMatter);
  const folder = path.join(output, relative.slice(0, -".md".length));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.html"), page(data, md.render(content)));
  pages += 1;
}
if (pages === 0) {
  console.error(`no articles found under ${articles}`);
  process.exit(1);
}
