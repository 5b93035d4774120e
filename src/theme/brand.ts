import { createHash } from "node:crypto";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { refusal } from "../security/content-paths.ts";
import type { Site } from "../site/schema.ts";
import { cssProblems, svgProblems, type FileProblem } from "./file-checks.ts";
import { BRAND_URL_PREFIX } from "../urls/urls.ts";
import { themeCss } from "./theme-css.ts";

/** The content folder's own stylesheet, added after the site's. */
export const CUSTOM_CSS = "theme/custom.css";

/** The newsroom's look as the pages use it: published URLs only, and CSS the build wrote itself. */
export interface Brand {
  logo?: string;
  favicon?: { url: string; type: string };
  customCss?: string;
  /** Custom properties from the validated theme; "" without one. */
  themeCss: string;
  /** Files to copy into the output, as `{ file, url }`. */
  files: { file: string; url: string }[];
}

const TYPES: Record<string, string> = { ".svg": "image/svg+xml", ".png": "image/png", ".webp": "image/webp", ".ico": "image/x-icon" };

/** The first bytes each raster format starts with, so that a renamed file is caught here. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  ".png": (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ".webp": (bytes) => bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP",
  ".ico": (bytes) => bytes.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0])),
};

interface BrandContext {
  inputDir: string;
  displayPath: (absolute: string) => string;
  siteFile: string;
}

/** Reads and checks the logo, favicon and custom stylesheet a content folder brings. */
export async function loadBrand(site: Site, context: BrandContext): Promise<{ brand: Brand; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = [];
  const brand: Brand = { themeCss: themeCss(site.theme), files: [] };
  const publish = async (relative: string, field: string | undefined, optional: boolean) => {
    const file = path.join(context.inputDir, ...relative.split("/"));
    const bytes = await readBrandFile(file, relative, field, optional, context, issues);
    if (!bytes) return undefined;
    const extension = path.extname(relative).toLowerCase();
    const problems = contentProblems(bytes, extension);
    for (const problem of problems)
      issues.push({ severity: "error", file: context.displayPath(file), line: problem.line, message: problem.message });
    if (problems.length > 0) return undefined;
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    const url = `${BRAND_URL_PREFIX}${path.basename(relative, path.extname(relative))}.${hash}${extension}`;
    brand.files.push({ file, url });
    return { url, type: TYPES[extension] ?? "application/octet-stream" };
  };
  const [logo, favicon, customCss] = await Promise.all([
    site.logo ? publish(site.logo, "logo", false) : undefined,
    site.favicon ? publish(site.favicon, "favicon", false) : undefined,
    publish(CUSTOM_CSS, undefined, true),
  ]);
  if (logo) brand.logo = logo.url;
  if (favicon) brand.favicon = favicon;
  if (customCss) brand.customCss = customCss.url;
  return { brand, issues };
}

async function readBrandFile(
  file: string,
  relative: string,
  field: string | undefined,
  optional: boolean,
  context: BrandContext,
  issues: ContentIssue[],
): Promise<Buffer | undefined> {
  const where = field ? { file: context.siteFile, field } : { file: context.displayPath(file) };
  const exists = await lstat(file).then(
    () => true,
    () => false,
  );
  if (!exists) {
    if (!optional)
      issues.push({
        severity: "error",
        ...where,
        message: `"${relative}" does not exist (expected a file at ${context.displayPath(file)})`,
      });
    return undefined;
  }
  const refused = await refusal(file, context.inputDir, context.displayPath(context.inputDir), "an image or stylesheet");
  if (refused) {
    issues.push({ severity: "error", file: context.displayPath(refused.path), message: refused.message });
    return undefined;
  }
  return readFile(file);
}

function contentProblems(bytes: Buffer, extension: string): FileProblem[] {
  if (extension === ".svg") return svgProblems(bytes.toString("utf8"));
  if (extension === ".css") return cssProblems(bytes.toString("utf8"));
  const matches = SIGNATURES[extension];
  return matches && !matches(bytes)
    ? [{ line: 1, message: `is not a ${extension.slice(1).toUpperCase()} image (expected a file in the format its name says)` }]
    : [];
}
