import { copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSiteData, type SiteData } from "../site/load-data.ts";
import type { SiteModel } from "../site/load-site.ts";
import { ADMIN_SCRIPT, adminPageHtml } from "./admin-page.ts";
import { editorBackendPort, editorConfigYaml } from "./config.ts";
import { editorContentPath } from "./content-path.ts";
import { ADMIN_URL } from "../urls/urls.ts";

/** The URL folder of the editor; sitemaps, search and feeds never list it, since it is no page of the model. */
export const ADMIN_FOLDER = ADMIN_URL.slice(1, -1);

const ADMIN_SCRIPT_SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), "admin-script.js");

/** Decap's self-contained bundle and the chunks and WebAssembly it loads from beside itself. */
const BUNDLE_FILE = /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

export function decapDistFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");
}

/**
 * The data the preview's editor is made from: the loaded site's, or, while the content has errors
 * (the preview then shows only the list of errors, without sections), the data files alone, so that
 * the editor stays usable to fix them. Nothing when the data files themselves are broken.
 */
export async function previewEditorData(model: SiteModel | undefined, inputDir: string): Promise<SiteData | undefined> {
  if (model && !model.issues.some((issue) => issue.severity === "error")) return model.context;
  return (await loadSiteData(path.resolve(inputDir, "_data"), (absolute) => absolute)).data;
}

/** True unless `site.json` says `"editor": false`. */
export function editorEnabled(data: Pick<SiteData, "site">): boolean {
  return data.site.editor !== false;
}

/**
 * Writes `/admin/` into the output: the page, the configuration generated from the schemas and
 * this content folder's data, the editor's script and Decap's bundle from its npm package. The
 * bundle runs in the editor's browser only; nothing here runs at build time.
 */
export async function writeAdmin(outputDir: string, inputDir: string, data: SiteData): Promise<void> {
  const folder = path.join(outputDir, ADMIN_FOLDER);
  await mkdir(folder, { recursive: true });
  const previewStyles = ["/assets/site.css", ...(data.brand?.customCss ? [data.brand.customCss] : [])];
  const config = editorConfigYaml({
    contentPath: editorContentPath(inputDir),
    sections: data.sections,
    authors: data.authors,
    backendPort: editorBackendPort(),
    backend: data.site.editorBackend,
  });
  await Promise.all([
    writeFile(path.join(folder, "index.html"), adminPageHtml({ previewStyles })),
    writeFile(path.join(folder, "config.yml"), config),
    copyFile(ADMIN_SCRIPT_SOURCE, path.join(folder, ADMIN_SCRIPT)),
    copyBundle(folder),
  ]);
}

/** The bundle is 6 MB: a file the preview already copied, of the same size, is kept. */
async function copyBundle(folder: string): Promise<void> {
  const dist = decapDistFolder();
  const names = (await readdir(dist)).filter((name) => BUNDLE_FILE.test(name));
  await Promise.all(
    names.map(async (name) => {
      const [source, target] = [path.join(dist, name), path.join(folder, name)];
      const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
      if (to?.size !== from.size) await copyFile(source, target);
    }),
  );
}
