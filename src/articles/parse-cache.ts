import { createHash } from "node:crypto";
import path from "node:path";
import { codeFingerprint } from "../cache/fingerprint.ts";
import { scopeFolder } from "../cache/render-cache.ts";
import { saveStoreQuietly, ShardStore } from "../cache/shard-store.ts";
import { parseArticle, type ArticleParser, type ArticleSource, type ParseResult } from "./load.ts";

const STORE_PREFIX = "parsed-";

/**
 * A parse result as the store keeps it (V8's format keeps dates as dates): the body as where it
 * starts in the file.
 */
interface StoredResult {
  article?: Omit<ArticleSource, "body"> & { body?: string };
  bodyStart?: number;
  issues: ParseResult["issues"];
  slugLine?: number;
}

/**
 * Each article file's parsed and validated front matter, kept across builds and keyed by a hash of
 * its path, its text and the site's sections, so that a build after one edit does not read the
 * YAML of every unchanged file and validate it again. The store is named by the code's fingerprint,
 * so a change to the parser or the schema never reuses an old result.
 */
export class ParseCache implements ArticleParser {
  private constructor(
    private readonly store: ShardStore<StoredResult>,
    private readonly parent: string,
    private readonly name: string,
  ) {}

  static async open(location: { dir: string; scope: string }): Promise<ParseCache> {
    const parent = scopeFolder(location.dir, location.scope);
    const name = `${STORE_PREFIX}${codeFingerprint()}`;
    return new ParseCache(await ShardStore.open<StoredResult>(path.join(parent, name)), parent, name);
  }

  parse(file: string, source: string, sectionSlugs: readonly string[]): ParseResult {
    const key = createHash("sha1").update(file).update("\0").update(sectionSlugs.join("\n")).update("\0").update(source).digest("hex");
    const stored = this.store.get(key);
    if (stored) return fromStored(stored, source);
    const result = parseArticle(file, source, sectionSlugs);
    this.store.set(key, toStored(result, source));
    return result;
  }

  save(): Promise<void> {
    return saveStoreQuietly(this.store, { parent: this.parent, name: this.name, prefix: STORE_PREFIX, label: "parse cache" });
  }
}

function toStored(result: ParseResult, source: string): StoredResult {
  const { issues, slugLine } = result;
  if (!result.article) return { issues, slugLine };
  const { body, ...fields } = result.article;
  // Keeping the body's position rather than the body keeps the store small.
  const bodyStart = source.endsWith(body) ? source.length - body.length : undefined;
  return { article: bodyStart === undefined ? result.article : fields, bodyStart, issues, slugLine };
}

function fromStored(stored: StoredResult, source: string): ParseResult {
  const { issues, article: fields, bodyStart, slugLine } = stored;
  if (!fields) return { issues };
  const body = bodyStart === undefined ? (fields.body ?? "") : source.slice(bodyStart);
  return { article: { ...fields, body }, issues, slugLine };
}
