import { lstat } from "node:fs/promises";
import { readArticleFile, SYMBOLIC_LINK } from "./load.ts";

/**
 * The text of each article file as last read, reused while the file's size and modification time
 * are unchanged: the preview server's load after an edit then reads the saved files only, not
 * every article file. It asks the file system rather than trusting the watcher, which misses saves
 * made while the first build runs.
 */
export class ArticleFileTexts {
  readonly #texts = new Map<string, { size: number; mtimeMs: number; text: string }>();

  async read(file: string): Promise<string | typeof SYMBOLIC_LINK> {
    const stats = await lstat(file);
    // Never opened: a link may lead out of the content folder, and a named pipe would block the preview.
    if (!stats.isFile()) return SYMBOLIC_LINK;
    const last = this.#texts.get(file);
    if (last?.size === stats.size && last.mtimeMs === stats.mtimeMs) return last.text;
    // Stats taken before reading: a save in between only makes the next load read the file again.
    const text = await readArticleFile(file);
    if (text !== SYMBOLIC_LINK) this.#texts.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, text });
    return text;
  }
}
