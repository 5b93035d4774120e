import { readRegularFileSync } from "../security/content-paths.ts";
import { textHash, type StoredText } from "../util/text-store.ts";

/**
 * An unchanged article's Markdown, left in its own file and read from there only if asked for: a
 * build after one edit then reads none of the other files. The text read must have the hash the
 * parse cache recorded, so a file changed while the build runs fails the build rather than
 * publishing a body other than the one every other stage used.
 */
export class BodyInSourceFile implements StoredText {
  constructor(
    readonly hash: string,
    /** The file as the build opens it (absolute) and as messages name it. */
    private readonly file: { path: string; shown: string },
    /** Where the body starts in the file's text, in UTF-16 code units. */
    private readonly start: number,
  ) {}

  text(): string {
    const body = readRegularFileSync(this.file.path).slice(this.start);
    if (textHash(body) !== this.hash) throw new Error(`${this.file.shown} changed while the build was reading it; build again`);
    return body;
  }

  toJSON(): string {
    return this.hash;
  }
}
