import path from "node:path";

/**
 * The content folder's path inside the repository the editor writes to, with `/`: the working
 * folder is the repository (`content` for `npm run editor`), unless the content folder is outside
 * it, in which case the content folder is its own repository ("").
 */
export function editorContentPath(inputDir: string, cwd = process.cwd()): string {
  const relative = path.relative(path.resolve(cwd), path.resolve(cwd, inputDir));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return "";
  return relative.split(path.sep).join("/");
}

/** The folder decap-server serves: the repository whose paths `editorContentPath` gives. */
export function editorRepositoryRoot(inputDir: string, cwd = process.cwd()): string {
  return editorContentPath(inputDir, cwd) === "" ? path.resolve(cwd, inputDir) : path.resolve(cwd);
}
