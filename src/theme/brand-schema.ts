import { z } from "zod";

/**
 * A file of the content folder named by its path there (`theme/logo.svg`): plain relative
 * `/`-separated names only, so that no value reaches outside the folder or names a hidden file.
 */
export function contentFile(extensions: readonly string[], example: string) {
  const pattern = new RegExp(`^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\\.(?:${extensions.join("|")})$`, "i");
  return z.string().refine(
    (value) => pattern.test(value) && !value.split("/").includes(".."),
    (value) => ({
      message: `"${value}" is not a file of the content folder this site can use (expected a path such as ${example}, ending in .${extensions.join(", .")})`,
    }),
  );
}

export const LOGO_EXTENSIONS = ["svg", "png", "webp"];
export const FAVICON_EXTENSIONS = ["svg", "png", "ico"];
export const logoFile = contentFile(LOGO_EXTENSIONS, "theme/logo.svg");
export const faviconFile = contentFile(FAVICON_EXTENSIONS, "theme/favicon.svg");
