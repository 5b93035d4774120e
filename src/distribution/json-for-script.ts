/**
 * JSON for an inline `<script type="application/ld+json">`: `</script>` or `<!--` in a headline must
 * not end the script, so `<`, `>` and `&` become `\u003c`-style escapes, which JSON parsers read back
 * unchanged. U+2028/U+2029 are escaped too, for consumers that evaluate the text as JavaScript.
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
