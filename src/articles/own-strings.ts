/**
 * Copies of strings that keep nothing else alive. V8 keeps a substring as a slice of the whole
 * string it came from, and a string built piece by piece as a tree of its pieces: an article's
 * headline from js-yaml keeps its whole file, a subheading from markdown-it the whole Markdown, a
 * description the whole plain text, and the HTML a rope of thousands of small strings. On a large
 * site that is most of the site model's heap. Slicing a new concatenation makes V8 copy the text
 * into one flat string of its own and point the result at that copy: the cost of the flattening V8
 * would do anyway when the page is written, and less than that of a JSON round trip.
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}

/** `value` with every string in its plain objects and arrays copied by `ownString`; Dates and other objects are kept. */
export function ownStrings<T>(value: T): T {
  if (typeof value === "string") return ownString(value) as T;
  if (Array.isArray(value)) return value.map(ownStrings) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, ownStrings(entry)])) as T;
  }
  return value;
}
