/**
 * Deterministic synthetic newsroom corpora for `npm run bench`.
 * Layout `<dir>/_data/*.json` + `<dir>/articles/<section>/<slug>.md` is accepted by our build
 * (`--input=<dir>`), by Hugo (`--contentDir=<dir>/articles`: the folder is Hugo's section) and by
 * bare Eleventy (`--input=<dir>/articles`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const GENERATOR_VERSION = "1";
export const SECTIONS = ["local", "world", "business", "science", "culture", "sport", "opinion", "health"];
const FIRST = ["Maren", "Tobias", "Priya", "Callum", "Ines", "Jonas", "Aiko", "Lucia", "Omar", "Freya"];
const LAST = ["Okafor", "Lindqvist", "Haldane", "Ashby", "Varga", "Moreau", "Sato", "Brennan"];
const SYLLABLES = [
  "har",
  "bour",
  "ton",
  "quay",
  "mar",
  "ket",
  "len",
  "del",
  "fis",
  "ver",
  "ro",
  "ma",
  "sta",
  "tion",
  "port",
  "ar",
  "en",
  "ship",
  "coun",
  "cil",
  "tide",
  "stone",
  "wick",
  "by",
];
const COMMON = [
  "the",
  "a",
  "of",
  "and",
  "to",
  "in",
  "on",
  "for",
  "with",
  "that",
  "was",
  "said",
  "by",
  "at",
  "from",
  "as",
  "is",
  "will",
  "after",
  "new",
];

/** mulberry32: tiny, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
export const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

export const VOCABULARY = (() => {
  const random = prng(7);
  const words = new Set<string>();
  while (words.size < 2000) {
    words.add(Array.from({ length: between(random, 1, 3) }, () => pick(random, SYLLABLES)).join(""));
  }
  return [...words];
})();
export const AUTHORS = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
const TAGS = VOCABULARY.slice(0, 300);

function word(random: Random): string {
  return random() < 0.4 ? pick(random, COMMON) : pick(random, VOCABULARY);
}

export function words(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => word(random));
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function paragraph(random: Random, count: number, linkTargets: readonly string[]): string {
  const list = words(random, count);
  if (count > 12 && random() < 0.5) {
    const at = between(random, 0, count - 3);
    const url = random() < 0.6 && linkTargets.length > 0 ? pick(random, linkTargets) : `https://example.org/${pick(random, VOCABULARY)}`;
    list.splice(at, 2, `[${list[at]} ${list[at + 1]}](${url})`);
  }
  if (count > 8 && random() < 0.3) list[3] = `**${list[3]}**`;
  return `${capitalise(list.join(" "))}.`;
}

/** Body of `wordCount` words with subheadings, a list and links. */
export function articleBody(random: Random, wordCount: number, linkTargets: readonly string[]): string {
  const blocks: string[] = [];
  let remaining = wordCount;
  let sinceHeading = 0;
  while (remaining > 0) {
    if (sinceHeading >= 3 && random() < 0.5) {
      blocks.push(`## ${capitalise(words(random, between(random, 2, 5)).join(" "))}`);
      sinceHeading = 0;
    } else if (random() < 0.12 && remaining > 20) {
      const items = Array.from({ length: between(random, 3, 5) }, () => `- ${capitalise(words(random, 5).join(" "))}`);
      blocks.push(items.join("\n"));
      remaining -= items.length * 5;
    } else {
      const count = Math.min(remaining, between(random, 30, 90));
      blocks.push(paragraph(random, count, linkTargets));
      remaining -= count;
      sinceHeading += 1;
    }
  }
  return blocks.join("\n\n");
}

export interface CorpusArticle {
  section: string;
  slug: string;
  file: string;
}

const START = Date.UTC(2016, 0, 1);
const END = Date.UTC(2026, 0, 1);

/** The front matter and body of article `index`; its own seed, so one article can be regenerated alone. */
export function articleFile(index: number, size: number, variant = 0): { relative: string; text: string } {
  const random = prng(index * 7919 + 17 + variant * 104729);
  const section = SECTIONS[index % SECTIONS.length] as string;
  const slug = `${words(random, 3).join("-")}-${index}`;
  const date = new Date(START + Math.floor(((END - START) * index) / size) + between(random, 0, 3600) * 1000);
  const title = capitalise(words(random, between(random, 5, 10)).join(" "));
  const authors = Array.from({ length: between(random, 1, 2) }, () => pick(random, AUTHORS));
  const tags = [...new Set(Array.from({ length: between(random, 1, 4) }, () => pick(random, TAGS)))];
  const targets = Array.from({ length: 3 }, () => {
    const other = between(random, 0, size - 1);
    return `/${SECTIONS[other % SECTIONS.length]}/`;
  });
  const body = articleBody(random, between(random, 300, 1500), targets);
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `date: ${date.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `section: ${section}`,
    `summary: ${JSON.stringify(`${capitalise(words(random, 14).join(" "))}.`)}`,
    `author: [${[...new Set(authors)].map((name) => JSON.stringify(name)).join(", ")}]`,
    `tags: [${tags.join(", ")}]`,
    "---",
  ];
  return { relative: path.join("articles", section, `${slug}.md`), text: `${frontMatter.join("\n")}\n\n${body}\n` };
}

/** The corpus's `_data/`: its site.json has `site`'s fields over the Bench Gazette's own. */
export function writeData(dir: string, site: Record<string, unknown> = {}): void {
  mkdirSync(path.join(dir, "_data"), { recursive: true });
  const json = (name: string, value: unknown) => writeFileSync(path.join(dir, "_data", name), `${JSON.stringify(value, null, 2)}\n`);
  json("site.json", {
    title: "Bench Gazette",
    url: "https://bench.example.org",
    language: "en",
    description: "Synthetic corpus.",
    ...site,
  });
  json(
    "sections.json",
    SECTIONS.map((slug) => ({ slug, title: capitalise(slug), description: `All ${slug} stories.` })),
  );
  json(
    "authors.json",
    AUTHORS.map((name) => ({ name, bio: `${name} writes for the Bench Gazette.` })),
  );
}

/** Writes (or reuses) the corpus of `size` articles under `root/<size>/` and returns its folder. */
export function ensureCorpus(root: string, size: number): string {
  const dir = path.join(root, String(size));
  const stamp = path.join(dir, ".generated");
  const expected = `${GENERATOR_VERSION}:${size}`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === expected) return dir;
  rmSync(dir, { recursive: true, force: true });
  writeData(dir);
  for (const section of SECTIONS) mkdirSync(path.join(dir, "articles", section), { recursive: true });
  for (let index = 0; index < size; index += 1) {
    const { relative, text } = articleFile(index, size);
    writeFileSync(path.join(dir, relative), text);
  }
  writeFileSync(stamp, expected);
  return dir;
}

/** Rewrites one article's body as an editor's save does (`variant` 0 restores the original). */
export function editArticle(dir: string, size: number, index: number, variant: number): string {
  const { relative, text } = articleFile(index, size);
  const absolute = path.join(dir, relative);
  const edited = variant === 0 ? text : text.replace(/\n---\n\n/, `\n---\n\nEdited paragraph number ${variant}.\n\n`);
  writeFileSync(absolute, edited);
  return absolute;
}
