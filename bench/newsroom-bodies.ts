/**
 * Article bodies as a newsroom writes them: paragraphs under `##` subheadings, lists, GFM pipe
 * tables (markdown-it's default preset parses them), fenced code, quotes and raw HTML embeds that
 * the sanitizer keeps (src/markdown/sanitize.ts: figure, details, an iframe from a host the
 * corpus's site.json lists in `embedHosts`).
 */
import { between, capitalise, paragraph, pick, type Random, VOCABULARY, words } from "./corpus.ts";

export const EMBED_HOST = "www.youtube-nocookie.com";
export const MIN_WORDS = 100;
export const MAX_WORDS = 20_000;

/**
 * A skewed word count: log-normal around 700 words (about eight in ten between 300 and 1,500),
 * plus a long tail of one article in fifty between 5,000 and 20,000 (long reads, documents).
 */
export function wordCount(random: Random): number {
  if (random() < 0.02) return Math.round(5000 * 4 ** random());
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(MIN_WORDS, Math.min(MAX_WORDS, Math.round(700 * Math.exp(0.6 * normal))));
}

const sentence = (random: Random, count: number) => `${capitalise(words(random, count).join(" "))}.`;

function list(random: Random): string {
  const ordered = random() < 0.3;
  const items = Array.from(
    { length: between(random, 3, 6) },
    (_, index) => `${ordered ? `${index + 1}.` : "-"} ${sentence(random, between(random, 4, 9))}`,
  );
  return items.join("\n");
}

/** A pipe table of figures, as results, budgets and polls are published. */
function table(random: Random): string {
  const columns = between(random, 3, 4);
  const header = [capitalise(pick(random, VOCABULARY)), ...Array.from({ length: columns - 1 }, () => String(between(random, 2019, 2026)))];
  const rows = Array.from({ length: between(random, 3, 8) }, () => [
    capitalise(words(random, 2).join(" ")),
    ...Array.from({ length: columns - 1 }, () => (random() * 1000).toFixed(1)),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const CODE_LANGUAGES = ["json", "js", "python", "sh"] as const;

/** A fenced block, as data desks publish the query or the records behind a story. */
function code(random: Random): string {
  const language = pick(random, CODE_LANGUAGES);
  const lines = Array.from({ length: between(random, 3, 12) }, () => {
    const name = pick(random, VOCABULARY);
    const value = between(random, 0, 99_999);
    if (language === "json") return `  "${name}": ${value},`;
    if (language === "js") return `const ${name} = records.filter((row) => row.total > ${value});`;
    if (language === "python") return `${name} = sum(row["total"] for row in rows if row["year"] > ${value})`;
    return `curl -s "https://data.example.org/${name}?limit=${value}" | jq '.items | length'`;
  });
  const body = language === "json" ? ["{", ...lines, `  "source": "newsroom"`, "}"] : lines;
  return [`\`\`\`${language}`, ...body, "```"].join("\n");
}

function videoId(random: Random): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
  return Array.from({ length: 11 }, () => pick(random, [...alphabet])).join("");
}

/** Raw HTML that editors paste: a pull quote, a video, a fold-out box. */
function embed(random: Random): string {
  const kind = random();
  if (kind < 0.4) {
    return `<figure>\n<blockquote><p>${sentence(random, between(random, 10, 25))}</p></blockquote>\n<figcaption>${capitalise(words(random, 3).join(" "))}</figcaption>\n</figure>`;
  }
  if (kind < 0.75) {
    return `<iframe src="https://${EMBED_HOST}/embed/${videoId(random)}" title="${capitalise(words(random, 4).join(" "))}" width="560" height="315" allow="encrypted-media; picture-in-picture" allowfullscreen></iframe>`;
  }
  return `<details>\n<summary>${capitalise(words(random, 4).join(" "))}</summary>\n<p>${sentence(random, between(random, 20, 50))}</p>\n</details>`;
}

/** One block that is not a paragraph, with the words it adds to the article. */
function extraBlock(random: Random): { text: string; words: number } {
  const kind = random();
  if (kind < 0.35) return { text: list(random), words: 25 };
  if (kind < 0.55) return { text: table(random), words: 20 };
  if (kind < 0.7) return { text: code(random), words: 15 };
  if (kind < 0.8) return { text: `> ${sentence(random, between(random, 12, 30))}`, words: 20 };
  return { text: embed(random), words: 15 };
}

/** Body of about `wordCount` words; links go to `linkTargets` (pages of the corpus) or elsewhere. */
export function newsroomBody(random: Random, wordCount: number, linkTargets: readonly string[]): string {
  const blocks: string[] = [];
  let remaining = wordCount;
  let sinceHeading = 0;
  while (remaining > 0) {
    if (sinceHeading >= 3 && random() < 0.4) {
      blocks.push(`## ${capitalise(words(random, between(random, 2, 6)).join(" "))}`);
      sinceHeading = 0;
    } else if (blocks.length > 0 && remaining > 40 && random() < 0.15) {
      const block = extraBlock(random);
      blocks.push(block.text);
      remaining -= block.words;
    } else {
      const count = Math.min(remaining, between(random, 25, 90));
      blocks.push(paragraph(random, count, linkTargets));
      remaining -= count;
      sinceHeading += 1;
    }
  }
  return blocks.join("\n\n");
}
