import path from "node:path";
import { isInside } from "../build/output-paths.ts";

export const IMAGES_FOLDER = "images";

export type ImageLocation =
  | { kind: "local"; file: string }
  | { kind: "remote"; url: string }
  | { kind: "invalid"; message: string };

/**
 * Where an article's image lives. `/images/x.jpg` is `<input>/images/x.jpg`; http(s) URLs are
 * passed through unprocessed (the build must not depend on the network); nothing may point
 * outside `<input>/images/`, so content cannot read other files of the machine.
 */
export function locateImage(src: string, inputDir: string, displayInput: string): ImageLocation {
  const expected = `expected a file under ${path.join(displayInput, IMAGES_FOLDER)}/ or an https:// URL`;
  if (/^https?:\/\//i.test(src)) return { kind: "remote", url: src };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return { kind: "invalid", message: `"${src}" is not a local image path (${expected})` };
  }
  const imagesDir = path.resolve(inputDir, IMAGES_FOLDER);
  const file = path.resolve(inputDir, safeDecode(src).replace(/^\/+/, ""));
  if (!isInside(imagesDir, file)) return { kind: "invalid", message: `"${src}" is outside ${IMAGES_FOLDER}/ (${expected})` };
  return { kind: "local", file };
}

export function notFoundMessage(src: string, displayInput: string): string {
  return `"${src}" not found (expected a file under ${path.join(displayInput, IMAGES_FOLDER)}/)`;
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
