import path from "node:path";

/**
 * Every page URL is made by the build, but a bug or a crafted slug must still never reach
 * outside the output folder (Eleventy follows `../` in permalinks).
 */
export function assertSafeUrl(url: string): string {
  const segments = url.split("/");
  const unsafe =
    !url.startsWith("/") || url.includes("\\") || url.includes("\0") || segments.some((segment) => segment === ".." || segment === ".");
  if (unsafe) throw new Error(`Refusing to write page URL ${JSON.stringify(url)}: it could resolve outside the output folder`);
  return url;
}

export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  // `..foo` is a name inside the folder; only `..` itself or `../…` leaves it.
  const leaves = relative === ".." || relative.startsWith(`..${path.sep}`);
  return relative !== "" && !leaves && !path.isAbsolute(relative);
}

/** The file a static host serves for a page URL: `/world/x/` → `world/x/index.html`. */
export function pageFile(outputDir: string, url: string): string {
  const file = path.join(outputDir, assertSafeUrl(url), url.endsWith("/") ? "index.html" : "");
  if (!isInside(outputDir, file))
    throw new Error(`Refusing to write page URL ${JSON.stringify(url)}: it resolves outside the output folder`);
  return file;
}
