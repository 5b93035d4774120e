import path from "node:path";
import { isInside } from "../urls/output-paths.ts";
import { refusal } from "../security/content-paths.ts";

export const IMAGES_FOLDER = "images";

export type ImageLocation = { kind: "local"; file: string } | { kind: "remote"; url: string } | { kind: "invalid"; message: string };

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

/**
 * Why a local image file is not read: a symbolic link on its way (which could publish a file from
 * elsewhere on the machine) or something other than a regular file. Names the link or file.
 */
export async function refusedImage(file: string, src: string, context: { inputDir: string; cwd: string }): Promise<string | undefined> {
  const display = (absolute: string) => path.relative(context.cwd, absolute) || ".";
  const refused = await refusal(file, context.inputDir, display(context.inputDir), "an image file");
  return refused && `"${src}": ${display(refused.path)} ${refused.message}`;
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
