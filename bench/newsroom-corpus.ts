/**
 * A benchmark corpus that looks like a newsroom's: 100 to 20,000 words (newsroom-bodies.ts), and a
 * lead photo of press size on about 85% of articles (photos.ts). The layout is corpus.ts's, read by
 * our build (`--input=<dir>`) and by Hugo (`--contentDir=<dir>/articles`, photos from
 * `<dir>/images/` as its asset folder: bench/hugo-photos/), with articles named
 * `articles/<section>/<date>-<slug>.md` as editors name them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AUTHORS, between, capitalise, pick, prng, type Random, SECTIONS, VOCABULARY, words, writeData } from "./corpus.ts";
import { EMBED_HOST, newsroomBody, wordCount } from "./newsroom-bodies.ts";
import { PHOTO_VERSION, type PhotoSpec, photoSize } from "./photos.ts";

const GENERATOR_VERSION = "1";
const BENCH = path.dirname(fileURLToPath(import.meta.url));
const PHOTO_SHARE = 0.85;
const START = Date.UTC(2016, 0, 1);
const END = Date.UTC(2026, 0, 1);

interface ArticleMeta {
  section: string;
  slug: string;
  date: Date;
  random: Random;
}

/** Section, slug and date of article `index`, from its own seed: links to it need only these. */
function articleMeta(index: number, size: number): ArticleMeta {
  const random = prng(index * 7919 + 23);
  const section = SECTIONS[index % SECTIONS.length] as string;
  const slug = `${words(random, 3).join("-")}-${index}`;
  const date = new Date(START + Math.floor(((END - START) * index) / size) + between(random, 0, 3600) * 1000);
  return { section, slug, date, random };
}

const articleUrl = (meta: ArticleMeta) => `/${meta.section}/${meta.slug}/`;

/** The lead photo of article `index`, if it has one. */
export function articlePhoto(index: number, size: number): PhotoSpec | undefined {
  const meta = articleMeta(index, size);
  if (meta.random() >= PHOTO_SHARE) return undefined;
  const seed = index * 104729 + 11;
  return { relative: path.join("images", meta.section, `${meta.slug}.jpg`), seed, ...photoSize(prng(seed + 1)) };
}

/** Every lead photo of a corpus of `size` articles. */
export function newsroomPhotos(size: number): PhotoSpec[] {
  return Array.from({ length: size }, (_, index) => articlePhoto(index, size)).filter((photo) => photo !== undefined);
}

const quoted = (text: string) => JSON.stringify(text);

function imageFields(random: Random, photo: PhotoSpec, author: string): string[] {
  return [
    "image:",
    `  src: /${photo.relative.split(path.sep).join("/")}`,
    `  alt: ${quoted(capitalise(words(random, between(random, 6, 12)).join(" ")))}`,
    `  caption: ${quoted(`${capitalise(words(random, between(random, 8, 16)).join(" "))}.`)}`,
    `  credit: ${quoted(`Photo by ${author}`)}`,
  ];
}

/** The front matter and body of article `index`. */
export function newsroomArticle(index: number, size: number): { relative: string; text: string } {
  const meta = articleMeta(index, size);
  const photo = articlePhoto(index, size);
  const random = prng(index * 7919 + 29);
  const authors = [...new Set(Array.from({ length: between(random, 1, 2) }, () => pick(random, AUTHORS)))];
  const tags = [...new Set(Array.from({ length: between(random, 1, 5) }, () => pick(random, VOCABULARY.slice(0, 300))))];
  const links = Array.from({ length: 4 }, () => articleUrl(articleMeta(between(random, 0, size - 1), size)));
  const frontMatter = [
    "---",
    `title: ${quoted(capitalise(words(random, between(random, 5, 12)).join(" ")))}`,
    `date: ${meta.date.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `section: ${meta.section}`,
    `summary: ${quoted(`${capitalise(words(random, between(random, 12, 24)).join(" "))}.`)}`,
    `author: [${authors.map(quoted).join(", ")}]`,
    `tags: [${tags.join(", ")}]`,
    ...(photo ? imageFields(random, photo, pick(random, AUTHORS)) : []),
    "---",
  ];
  const body = newsroomBody(random, wordCount(random), [...links, `/${meta.section}/`]);
  const file = `${meta.date.toISOString().slice(0, 10)}-${meta.slug}.md`;
  return { relative: path.join("articles", meta.section, file), text: `${frontMatter.join("\n")}\n\n${body}\n` };
}

export interface NewsroomOptions {
  /** Image formats for site.json's `images.formats`; unset, the build's default. */
  formats?: readonly string[];
}

function writeNewsroomData(dir: string, options: NewsroomOptions): void {
  writeData(dir, {
    description: "Synthetic newsroom corpus.",
    embedHosts: [EMBED_HOST],
    ...(options.formats ? { images: { formats: options.formats } } : {}),
  });
}

/**
 * Photos take minutes where articles take seconds, so those already written are kept (unless the
 * photo generator changed) and a stopped run resumes: generate-photos.ts writes each one whole and
 * skips those that exist.
 */
function ensurePhotos(dir: string, size: number): void {
  const stamp = path.join(dir, "images", ".generated");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") !== PHOTO_VERSION)
    rmSync(path.join(dir, "images"), { recursive: true, force: true });
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(BENCH, "generate-photos.ts"), dir, String(size)], {
    cwd: path.resolve(BENCH, ".."),
    stdio: "inherit",
  });
  if (child.status !== 0) throw new Error(`generating the photos of ${dir} failed`);
  writeFileSync(stamp, PHOTO_VERSION);
}

function ensureBase(dir: string, size: number): void {
  const stamp = path.join(dir, ".generated");
  const expected = `${GENERATOR_VERSION}:${PHOTO_VERSION}:${size}`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === expected) return;
  rmSync(stamp, { force: true });
  for (const folder of ["_data", "articles"]) rmSync(path.join(dir, folder), { recursive: true, force: true });
  writeNewsroomData(dir, {});
  for (const section of SECTIONS) mkdirSync(path.join(dir, "articles", section), { recursive: true });
  for (let index = 0; index < size; index += 1) {
    const { relative, text } = newsroomArticle(index, size);
    writeFileSync(path.join(dir, relative), text);
  }
  ensurePhotos(dir, size);
  writeFileSync(stamp, expected);
}

/** Hard links, not copies (10,000 photos are gigabytes) and not symbolic links, which our build refuses. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(path.join(from, entry.name), path.join(to, entry.name));
    else if (entry.isFile() && !entry.name.startsWith(".")) linkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/**
 * Writes (or reuses) the newsroom corpus of `size` articles under `root/newsroom-<size>/` and
 * returns its folder. With `formats`, a sibling folder `newsroom-<size>-<formats>/` holds the same
 * articles and photos (hard-linked) with a site.json asking for those image formats.
 */
export function ensureNewsroomCorpus(root: string, size: number, options: NewsroomOptions = {}): string {
  const base = path.join(root, `newsroom-${size}`);
  ensureBase(base, size);
  if (!options.formats) return base;
  const dir = path.join(root, `newsroom-${size}-${options.formats.join("-")}`);
  const stamp = path.join(dir, ".generated");
  const expected = readFileSync(path.join(base, ".generated"), "utf8");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === expected) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ["articles", "images"]) linkTree(path.join(base, folder), path.join(dir, folder));
  writeNewsroomData(dir, options);
  writeFileSync(stamp, expected);
  return dir;
}

/** Rewrites one article's body as an editor's save does (`variant` 0 restores the original). */
export function editNewsroomArticle(dir: string, size: number, index: number, variant: number): string {
  const { relative, text } = newsroomArticle(index, size);
  const absolute = path.join(dir, relative);
  writeFileSync(absolute, variant === 0 ? text : text.replace(/\n---\n\n/, `\n---\n\nEdited paragraph number ${variant}.\n\n`));
  return absolute;
}
