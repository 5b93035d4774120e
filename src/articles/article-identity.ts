import { textHash } from "../util/text-store.ts";

/**
 * Names for sources and articles by what made them, for the page fingerprints: an article's JSON
 * and its SHA-1, for every article of the site at every build, cost about a tenth of a rebuild
 * after one edit. An object has an identity only when every field of it follows from the identity (and
 * from the site's data and the code, which the fingerprints and the page cache's version hold
 * apart); objects without one are fingerprinted by their JSON.
 */
const identities = new WeakMap<object, string>();

/** Names `object`, which must never be changed afterwards. */
export function identify<T extends object>(object: T, identity: string): T {
  identities.set(object, identity);
  return object;
}

export function identityOf(object: object): string | undefined {
  return identities.get(object);
}

/**
 * The identity of what is made from an identified object and `inputs` (and nothing else), or
 * none when `from` has none.
 */
export function derivedIdentity(from: object, ...inputs: readonly string[]): string | undefined {
  const identity = identities.get(from);
  return identity === undefined ? undefined : textHash([identity, ...inputs].join("\0"));
}
