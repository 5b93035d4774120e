/**
 * The edit the benchmark's warm rebuild follows: one article of any corpus saved with a new first
 * paragraph, as an editor's save does. The article is the middle one in path order, so the same one
 * each run, and neither the newest nor the oldest.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const CLOSING_FENCE = /\r?\n---[ \t]*\r?\n/;
/** The paragraph an edit adds, at the start of the body; an interrupted run's is removed first. */
const MARK = /^\nEdited by the benchmark, run \d+\.\n\n/;

function middleArticle(input: string): string {
  const articles = path.join(input, "articles");
  const files = readdirSync(articles, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort();
  const file = files[Math.floor(files.length / 2)];
  if (file === undefined) throw new Error(`${articles} holds no articles to edit`);
  return path.join(articles, file);
}

/** Where the body starts: after the front matter's closing fence line. */
function bodyStart(text: string): number {
  const fence = CLOSING_FENCE.exec(text.slice(3));
  if (!text.startsWith("---") || !fence) throw new Error("the article to edit has no front matter");
  return 3 + fence.index + fence[0].length;
}

/** Edits one article of the corpus in `input` and returns the function that puts its text back. */
export function editOneArticle(input: string, run: number): () => void {
  const file = middleArticle(input);
  const saved = readFileSync(file, "utf8");
  const start = bodyStart(saved);
  const original = saved.slice(0, start) + saved.slice(start).replace(MARK, "");
  writeFileSync(file, `${original.slice(0, start)}\nEdited by the benchmark, run ${run}.\n\n${original.slice(start)}`);
  return () => writeFileSync(file, original);
}
