import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatIssue } from "../articles/content-issue.ts";
import { planNewArticle } from "../articles/new-article.ts";
import { loadSiteData } from "../site/load-data.ts";
import { readCommandLine } from "./arguments.ts";
import { buildTimeOrExit } from "./build-time.ts";

/** `npm run new -- --section world "Headline"`: starts a draft article with valid front matter. */
const { values, positionals } = readCommandLine(
  "new",
  { section: { type: "string", optional: true }, input: { type: "string", default: "content" } },
  { usage: '"Headline"', count: { min: 0, max: Number.POSITIVE_INFINITY } },
);
const input = values.input;
const displayPath = (absolute: string) => path.relative(process.cwd(), absolute) || ".";

const fail = (lines: readonly string[]) => {
  for (const line of lines) console.error(line);
  process.exitCode = 1;
};

const loaded = await loadSiteData(path.resolve(input, "_data"), displayPath);
if (!loaded.data) {
  fail(loaded.issues.map(formatIssue));
} else {
  const now = buildTimeOrExit();
  const request = { title: positionals.join(" "), section: values.section ?? "" };
  const { plan, problems } = planNewArticle(
    request,
    loaded.data.sections.map((section) => section.slug),
    now,
  );
  if (!plan) {
    fail(problems.map((problem) => `npm run new: ${problem}`));
  } else {
    const file = path.resolve(input, plan.file);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx" refuses to overwrite, even if the file appears between a check and the write.
    const created = await writeFile(file, plan.text, { flag: "wx" }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
        return false;
      },
    );
    if (created) {
      console.log(`Created ${displayPath(file)} as a draft.`);
      console.log(`Preview it with npm start at http://localhost:8080${plan.url}`);
    } else {
      fail([`${displayPath(file)}: already exists (expected a new headline, or edit that file instead)`]);
    }
  }
}
