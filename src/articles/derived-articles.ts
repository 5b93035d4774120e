import type { StoredText } from "../util/text-store.ts";
import type { Article } from "./article.ts";
import type { ArticleSource } from "./load.ts";
import type { PublicationStatus } from "./status.ts";

export interface DerivedArticle {
  article: Article;
  /** The body as plain text, for the search index. */
  text: StoredText;
  /** Ids the body would give its page twice: reported as content errors (body-ids.ts). */
  idConflicts: readonly string[];
}

interface Entry extends DerivedArticle {
  inputs: string;
}

/**
 * Each article as last derived from its source (rendered body, reading time, description), for a
 * process that loads the same content again and again (the preview server). Sources come from
 * `ParsedArticles`, which returns the same object while a file is unchanged.
 */
export class DerivedArticles {
  readonly #entries = new WeakMap<ArticleSource, Entry>();

  /** `inputs` names everything else the result depends on: status, section title, renderer options. */
  derive(
    source: ArticleSource,
    inputs: { status: PublicationStatus; sectionTitle: string; renderer: unknown },
    make: () => DerivedArticle,
  ): DerivedArticle {
    const key = JSON.stringify(inputs);
    const last = this.#entries.get(source);
    if (last?.inputs === key) return last;
    const entry = { ...make(), inputs: key };
    this.#entries.set(source, entry);
    return entry;
  }
}
