import type { StoredText, TextStore } from "../util/text-store.ts";

/**
 * The article with its Markdown kept outside it and read back each time `body` is asked for: in
 * `texts`, or left in its own file (`BodyInSourceFile`) when the parse cache knew the file. A large
 * site's bodies then wait outside the heap between their parse and their render, and setting
 * `body` (to let it go) replaces the kept text.
 */
export function withStoredBody<A extends { body: string }>(article: A, texts: TextStore, body: StoredText | string): A {
  if (typeof body === "string") storedBodies.set(article, texts.put(body));
  else storedBodies.set(article, body);
  Object.defineProperty(article, "body", {
    enumerable: true,
    configurable: true,
    get: () => (storedBodies.get(article) as StoredText).text(),
    set: (body: string) => {
      storedBodies.set(article, texts.put(body));
    },
  });
  return article;
}

const storedBodies = new WeakMap<object, StoredText>();

/**
 * The article's Markdown as its store keeps it, hash and all, when the load kept it in one; else
 * the string. The renderer looks a body up in its cache by the hash, so a body it holds is never
 * read back.
 */
export function storedBody(article: { body: string }): string | StoredText {
  return storedBodies.get(article) ?? article.body;
}
