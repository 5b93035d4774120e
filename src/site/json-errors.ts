/**
 * Where `JSON.parse` fails, as a 1-based line and column, with its message shorn of the position
 * and of the text it quotes: V8 gives an offset (`at position 64`) or only a snippet, and editors
 * need the line. The position comes from a scan of the JSON grammar that stops at the first
 * character JSON.parse cannot accept; the text is known to be invalid.
 */
export function jsonSyntaxError(text: string, error: Error): { line: number; column: number; message: string } {
  const position = firstInvalidCharacter(text);
  const before = text.slice(0, position).split("\n");
  const message = error.message
    .replace(/^(Unexpected token '.+?'), .*is not valid JSON$/s, "$1")
    .replace(/ (?:in JSON )?at position \d+.*$/s, "");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message };
}

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** The offset of the first character that is not valid JSON (the text's length if it ends too soon). */
function firstInvalidCharacter(text: string): number {
  let at = 0;
  const skip = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) at += match[0].length;
    return match !== null;
  };
  const expect = (character: string): void => {
    if (text[at] !== character) throw at;
    at += 1;
  };
  const sequence = (close: string, item: () => void): void => {
    at += 1;
    skip(WHITESPACE);
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      item();
      skip(WHITESPACE);
      if (text[at] === close) {
        at += 1;
        return;
      }
      expect(",");
      skip(WHITESPACE);
    }
  };
  const value = (): void => {
    skip(WHITESPACE);
    if (text[at] === "{") {
      sequence("}", () => {
        if (!skip(STRING)) throw stringError(text, at);
        skip(WHITESPACE);
        expect(":");
        value();
      });
    } else if (text[at] === "[") sequence("]", value);
    else if (text[at] === '"') {
      if (!skip(STRING)) throw stringError(text, at);
    } else if (!skip(NUMBER) && !skip(LITERAL)) throw at + literalPrefix(text.slice(at, at + 5));
    skip(WHITESPACE);
  };
  try {
    value();
    return Math.min(at, text.length);
  } catch (position) {
    return Math.min(position as number, text.length);
  }
}

/** Inside a bad string, the character that makes it bad: a raw control character, a bad escape, or the end. */
function stringError(text: string, start: number): number {
  if (text[start] !== '"') return start;
  for (let at = start + 1; at < text.length; at += 1) {
    const character = text[at] ?? "";
    if (character === '"') return at;
    if (character < " ") return at;
    if (character === "\\") {
      const escaped = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(at + 1, at + 6));
      if (!escaped) return at + 1;
      at += escaped[0].length;
    }
  }
  return text.length;
}

/** How much of `true`, `false` or `null` the text starts with: JSON.parse fails after it (`tru}` at the `}`). */
function literalPrefix(start: string): number {
  return Math.max(
    ...["true", "false", "null"].map((literal) => {
      let length = 0;
      while (length < literal.length && start[length] === literal[length]) length += 1;
      return length;
    }),
  );
}
