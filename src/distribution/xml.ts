/**
 * XML 1.0 allows only these characters (https://www.w3.org/TR/xml/#charsets); anything else,
 * such as a stray control character or a lone surrogate pasted into a headline, makes the whole
 * document unreadable for a strict parser, so it is dropped.
 */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/**
 * Text for XML. Escaping `>` too means `]]>` can never appear; no CDATA is used. A raw carriage
 * return would be read back as a newline (https://www.w3.org/TR/xml/#sec-line-ends).
 */
export function xmlText(value: string): string {
  return value.replace(XML_INVALID, "").replace(/[&<>"'\r]/g, (char) => ESCAPES[char] ?? char);
}

/** Attribute values: parsers turn raw tabs and newlines into spaces (https://www.w3.org/TR/xml/#AVNormalize). */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/[\n\t]/g, (char) => ESCAPES[char] ?? char);
}

export type XmlAttributes = Record<string, string | undefined>;

/** `<name a="…">children</name>`; children are already-serialised XML, attributes are escaped here. */
export function xmlElement(name: string, attributes: XmlAttributes, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttribute(value)}"`)
    .join("");
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join("")}</${name}>`;
}

/** An element holding only text. */
export function xmlTextElement(name: string, text: string, attributes: XmlAttributes = {}): string {
  return xmlElement(name, attributes, [xmlText(text)]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
