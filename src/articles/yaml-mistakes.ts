/**
 * Plain words for the YAML mistake editors make most: a colon followed by a space inside an
 * unquoted value (`title: Harbour master: silt is rising`). YAML reads the second colon as another
 * field and js-yaml reports "bad indentation of a mapping entry", which does not tell an editor
 * what to change.
 */
const FIELD_WITH_PLAIN_VALUE = /^\s*([A-Za-z_][\w-]*)\s*:[ \t]+([^\s"'[{|>&*!#%@`].*?)\s*$/;

/** The field whose unquoted value holds `: `, with the line written as it should be; undefined for other lines. */
export function colonInValue(line: string): { field: string; message: string } | undefined {
  const match = FIELD_WITH_PLAIN_VALUE.exec(line);
  const [, field = "", value = ""] = match ?? [];
  // A comment (` #`) ends a plain value: its colons are not the problem.
  const ownValue = value.split(/\s#/)[0] ?? "";
  if (!match || !/:(?:\s|$)/.test(ownValue)) return undefined;
  const what = field === "title" ? "the headline" : "the text";
  return { field, message: `has a colon in it (put ${what} in quotes: ${field}: ${quoted(ownValue.trim())})` };
}

/**
 * In double quotes, or in single ones when it holds a double quote or a backslash, which double
 * quotes would read as an escape (YAML doubles a single quote inside single ones).
 */
function quoted(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replaceAll("'", "''")}'`;
}
