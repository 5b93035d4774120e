import type { ContentIssue } from "./content-issue.ts";
import type { FrontMatter } from "./front-matter.ts";
import { ARTICLE_FIELDS } from "./schema.ts";

/**
 * Invisible characters that HTML does not allow in text and XML 1.0 not at all: the C0 controls
 * except tab, line feed and carriage return; DEL; and the C1 controls, which are mostly Windows
 * punctuation misread as Latin-1 (U+0092 for ’). They arrive with text pasted from word processors
 * and PDFs, and would make pages invalid and feeds unreadable.
 * https://html.spec.whatwg.org/multipage/syntax.html#text-2, https://www.w3.org/TR/xml/#charsets
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What editors read: which character, and what to do about it. */
export function controlCharacterMessage(character: string): string {
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return `contains the invisible control character ${codePoint} (expected visible text: delete it, or retype the text around it, since it usually comes with pasted text)`;
}

/**
 * Each string in a value (JSON data, a front-matter field) that holds a control character, by path
 * (`tags.1`, `0.title`), in document order. Walks with its own stack: a data file nested thousands
 * of levels deep would overflow the call stack of a recursive walk.
 */
export function controlCharactersIn(value: unknown, path = ""): { field: string; character: string }[] {
  const found: { field: string; character: string }[] = [];
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, itemPath] = next;
    if (typeof item === "string") {
      const character = CONTROL_CHARACTER.exec(item)?.[0];
      if (character !== undefined) found.push({ field: itemPath, character });
    } else if (typeof item === "object" && item !== null) {
      const inside = (key: string | number) => (itemPath === "" ? `${key}` : `${itemPath}.${key}`);
      const children: [unknown, string][] = Array.isArray(item)
        ? item.map((child, index) => [child, inside(index)])
        : Object.entries(item).map(([key, child]) => [child, inside(key)]);
      // Reversed, so that the first child is taken next and the order stays the document's.
      for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
    }
  }
  return found;
}

/** Errors for control characters in an article's fields (written as YAML escapes such as "\x07") and body (one per line). */
export function controlCharacterIssues(file: string, frontMatter: FrontMatter): ContentIssue[] {
  const issues: ContentIssue[] = ARTICLE_FIELDS.flatMap((key) =>
    controlCharactersIn(frontMatter.data[key], key).map(
      ({ field, character }): ContentIssue => ({
        severity: "error",
        file,
        line: frontMatter.keyLines.get(key) ?? 1,
        field,
        message: controlCharacterMessage(character),
      }),
    ),
  );
  if (!CONTROL_CHARACTER.test(frontMatter.body)) return issues;
  frontMatter.body.split("\n").forEach((line, index) => {
    const found = CONTROL_CHARACTER.exec(line);
    if (found) {
      issues.push({
        severity: "error",
        file,
        line: frontMatter.bodyLine + index,
        column: found.index + 1,
        field: "body",
        message: controlCharacterMessage(found[0]),
      });
    }
  });
  return issues;
}
