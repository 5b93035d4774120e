/** The longest alias accepted: old URLs are short, and each becomes a folder in the output. */
export const MAX_ALIAS_LENGTH = 300;

/**
 * Why an alias is not a path of this site that a redirect page can be written at, or undefined.
 * Only plain path segments are accepted: a scheme, `//host`, `..`, `%` escapes or a backslash
 * could point a redirect page outside the output folder or at another site.
 */
export function aliasPathProblem(alias: string): string | undefined {
  const expected = "expected a path on this site between slashes, e.g. /world/old-slug/";
  if (alias.length > MAX_ALIAS_LENGTH) return `"${alias.slice(0, 40)}…" is longer than ${MAX_ALIAS_LENGTH} characters (${expected})`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(alias)) return `"${alias}" is a full address, not a path on this site (${expected})`;
  if (alias.startsWith("//")) return `"${alias}" names another host (${expected})`;
  if (!alias.startsWith("/") || !alias.endsWith("/") || alias === "/") return `"${alias}" does not start and end with / (${expected})`;
  const segments = alias.slice(1, -1).split("/");
  if (segments.some((segment) => segment === "")) return `"${alias}" has an empty part "//" (${expected})`;
  if (segments.some((segment) => segment === "." || segment === "..")) return `"${alias}" has a "." or ".." part (${expected})`;
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment))) {
    return `"${alias}" has characters other than letters, digits, "-", "_", "." and "~" (${expected})`;
  }
  return undefined;
}
