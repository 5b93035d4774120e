import path from "node:path";
import { formatDisplayDate, toIsoString } from "../articles/dates.ts";
import type { SiteModel } from "../site/load-site.ts";
import { NEWSROOM_LAYOUT, newsroomLayout } from "./newsroom-layout.tsx";
import { refuseLayoutsOutsidePages } from "./page-layouts.ts";
import { PAGE_FORMATS, PAGE_INCLUDES, type PageTemplate, readPageTemplates, refusePagesInsideContent } from "./page-templates.ts";
import { refusePermalinkCollisions, type UrlToInputPath } from "./permalink-collisions.ts";
import { byTag, bySection, newsroomData } from "./site-data.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** The parts of Eleventy's config API this plugin uses on top of the newsroom plugin's. */
declare module "./eleventy-config.ts" {
  interface EleventyConfig {
    addTemplate(virtualPath: string, content: unknown, data: Record<string, unknown>): void;
    addTemplateFormats(formats: readonly string[]): void;
    addWatchTarget(target: string, options: { resetConfig: boolean }): void;
    addGlobalData(name: string, data: () => Promise<unknown>): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addLayoutAlias(from: string, to: string): void;
    on(event: "eleventy.contentMap", handler: (map: { urlToInputPath: UrlToInputPath }) => void): void;
    on(event: "eleventy.engine.njk", handler: (engine: { environment: { loaders: { searchPaths?: string[] }[] } }) => void): void;
  }
}

export interface DeveloperPagesOptions {
  /** The developer's templates, relative to the working directory. */
  pagesDir: string;
  /** The site this build loaded in `eleventy.before`: developer pages see the same one. */
  model: () => SiteModel | undefined;
}

/**
 * Renders the developer's own templates (Nunjucks, Markdown, `.11ty.js`) from the pages folder
 * through Eleventy, as virtual templates: Eleventy searches no folder for templates, so nothing
 * in the content folder ever becomes one. The pages get the site's data as the global `newsroom`
 * and the site's layout as `layout: newsroom`.
 */
export default async function developerPagesPlugin(eleventyConfig: EleventyConfig, options: DeveloperPagesOptions): Promise<void> {
  const inputDir = path.resolve(eleventyConfig.directories.input);
  refusePagesInsideContent(options.pagesDir, inputDir);
  const model = () => {
    const loaded = options.model();
    if (!loaded) throw new Error("The newsroom site is not loaded yet: developer pages render after eleventy.before");
    return loaded;
  };
  const templates = await addTemplates(eleventyConfig, options.pagesDir, inputDir);
  addSiteData(eleventyConfig, model);

  // Nunjucks `include` and `extends` read the pages folder's partials, never the content folder or the project.
  const partials = path.resolve(options.pagesDir, PAGE_INCLUDES);
  eleventyConfig.on("eleventy.engine.njk", ({ environment }) => {
    for (const loader of environment.loaders) if (loader.searchPaths) loader.searchPaths = [partials];
  });

  const fileOf = new Map(templates.map((template) => [template.virtualPath, template.file]));
  const templateOf = (inputPath: string) => fileOf.get(relativePath(inputDir, inputPath)) ?? inputPath;
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => refusePermalinkCollisions(urlToInputPath, model(), templateOf));
}

const relativePath = (from: string, to: string) => path.relative(from, path.resolve(to)).split(path.sep).join("/");

/** The pages and their layouts as virtual templates, and the newsroom layout beside them. */
async function addTemplates(eleventyConfig: EleventyConfig, pagesDir: string, inputDir: string): Promise<PageTemplate[]> {
  const { directories } = eleventyConfig;
  eleventyConfig.addTemplateFormats(PAGE_FORMATS);
  // The pages are read with the config: under `--serve` an edit to one reads them all again.
  eleventyConfig.addWatchTarget(path.join(pagesDir, "**/*"), { resetConfig: true });
  const layoutsDir = relativePath(inputDir, directories.layouts ?? directories.includes);
  const templates = await readPageTemplates(pagesDir, layoutsDir);
  refuseLayoutsOutsidePages(templates, layoutsDir, [NEWSROOM_LAYOUT, `${NEWSROOM_LAYOUT}.11ty.js`]);
  for (const template of templates) eleventyConfig.addTemplate(template.virtualPath, template.content, template.data);
  eleventyConfig.addTemplate(`${layoutsDir}/${NEWSROOM_LAYOUT}.11ty.js`, newsroomLayout(), {});
  eleventyConfig.addLayoutAlias(NEWSROOM_LAYOUT, `${NEWSROOM_LAYOUT}.11ty.js`);
  return templates;
}

/** The global `newsroom` and the filters that go with it. */
function addSiteData(eleventyConfig: EleventyConfig, model: () => SiteModel): void {
  // A global data function runs after `eleventy.before`, once per build: the model is this build's.
  eleventyConfig.addGlobalData("newsroom", async () => newsroomData(model()));
  eleventyConfig.addFilter("byTag", byTag);
  eleventyConfig.addFilter("bySection", bySection);
  // The dates as the site's own pages write them: in `<time datetime>`, and for readers in the site's language.
  eleventyConfig.addFilter("isoDate", toIsoString);
  eleventyConfig.addFilter("displayDate", (date: Date, language?: string) =>
    formatDisplayDate(date, language ?? model().context.site.language, model().context.site.timeZone),
  );
}
