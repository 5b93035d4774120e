import { hash as hashOnce } from "node:crypto";
import type { BuildCache, EntryStore } from "../cache/build-cache.ts";
import { parseArticle, type ArticleParser, type ArticleSource, type KnownArticle, type ParseResult } from "./load.ts";
import { BodyInSourceFile } from "./source-body.ts";
import { identify } from "./article-identity.ts";

/**
 * A parse result as the store keeps it (V8's format keeps dates as dates): the body as where it
 * starts in the file, with its hash and length, so that an unchanged file need not be read.
 */
interface StoredResult {
  article?: Omit<ArticleSource, "body"> & { body?: string };
  bodyStart?: number;
  bodyHash?: string;
  bodyLength?: number;
  issues: ParseResult["issues"];
  slugLine?: number;
}

/**
 * Each article file's parsed and validated front matter, kept across builds and keyed by a hash of
 * its path, the SHA-256 of its text and the site's sections, so that a build after one edit does
 * not read the YAML of every unchanged file and validate it again. The text's SHA-256 is the one
 * the unchanged-build check remembers for the file by its stamp, so an unchanged file is not even
 * read (`known`). The store's code version covers all the code, so a change to the parser or the
 * schema never reuses an old result.
 */
export class ParseCache implements ArticleParser {
  private constructor(
    private readonly cache: BuildCache,
    private readonly store: EntryStore<StoredResult>,
  ) {}

  static async open(cache: BuildCache): Promise<ParseCache> {
    return new ParseCache(cache, await cache.entries<StoredResult>("parse"));
  }

  parse(file: string, source: string, sectionSlugs: readonly string[], made?: ParseResult): ParseResult {
    const key = this.key(file, source, sectionSlugs);
    this.asked.delete(file);
    const stored = this.store.get(key);
    const result = stored ? fromStored(stored, source) : (made ?? parseArticle(file, source, sectionSlugs));
    if (!stored) this.store.set(key, toStored(result, source));
    // The key names the file's path and text, the sections and the parser's code: all a source is made of.
    if (result.article) identify(result.article, key);
    return result;
  }

  has(file: string, source: string, sectionSlugs: readonly string[]): boolean {
    const key = this.key(file, source, sectionSlugs);
    this.asked.set(file, { source, sections: sectionSlugs.join("\n"), key });
    return this.store.get(key) !== undefined;
  }

  /**
   * The valid article of a file whose stamp is unchanged since the unchanged-build check hashed it
   * and whose parse the store holds; undefined otherwise (the file is then read and parsed).
   */
  known(absolute: string, file: string, sectionSlugs: readonly string[]): KnownArticle | undefined {
    const sha256 = this.cache.rememberedHash(absolute);
    if (sha256 === undefined) return undefined;
    const key = this.keyOfText(file, sectionSlugs.join("\n"), sha256);
    const stored = this.store.get(key);
    const fields = stored?.article;
    if (!stored || !fields || stored.bodyLength === undefined) return undefined;
    const body =
      stored.bodyStart === undefined || stored.bodyHash === undefined
        ? (fields.body ?? "")
        : new BodyInSourceFile(stored.bodyHash, { path: absolute, shown: file }, stored.bodyStart);
    // The body's getter is defined by the load (`withStoredBody`).
    const article = identify({ ...fields, body: "" }, key);
    return { result: { article, issues: stored.issues, slugLine: stored.slugLine }, body, bodyLength: stored.bodyLength };
  }

  /** A build asks `has` of every file before parsing it: the key is hashed once for both. */
  private readonly asked = new Map<string, { source: string; sections: string; key: string }>();

  private key(file: string, source: string, sectionSlugs: readonly string[]): string {
    const sections = sectionSlugs.join("\n");
    const asked = this.asked.get(file);
    if (asked?.source === source && asked.sections === sections) return asked.key;
    return this.keyOfText(file, sections, hashOnce("sha256", source, "hex"));
  }

  private keyOfText(file: string, sections: string, sha256: string): string {
    return this.cache.key("parse", file, sections, sha256);
  }

  save(): Promise<void> {
    return this.store.save();
  }
}

function toStored(result: ParseResult, source: string): StoredResult {
  const { issues, slugLine, bodyHash } = result;
  if (!result.article) return { issues, slugLine };
  const { body, ...fields } = result.article;
  // Keeping the body's position rather than the body keeps the store small.
  const bodyStart = source.endsWith(body) ? source.length - body.length : undefined;
  return { article: bodyStart === undefined ? result.article : fields, bodyStart, bodyHash, bodyLength: body.length, issues, slugLine };
}

function fromStored(stored: StoredResult, source: string): ParseResult {
  const { issues, article: fields, bodyStart, slugLine, bodyHash } = stored;
  if (!fields) return { issues };
  const body = bodyStart === undefined ? (fields.body ?? "") : source.slice(bodyStart);
  return { article: { ...fields, body }, issues, slugLine, bodyHash };
}
