import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { FEED_FILE_NAMES, HOME_URL, sectionUrl } from "../urls/urls.ts";

/** The names every feed has, at the root and in each section's folder. */
const FEED_NAMES = Object.values(FEED_FILE_NAMES);

/**
 * The feeds of the new site (`/feed.xml`, `/world/feed.json`, …) whose bytes differ from the same
 * file of the previous site, or that it did not have: the ones worth telling a WebSub hub about.
 * Read before the new site replaces the old one.
 */
export async function changedFeeds(previousDir: string, newDir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const url of await feedUrls(newDir)) {
    const [before, after] = await Promise.all([readOrUndefined(previousDir, url), readOrUndefined(newDir, url)]);
    if (after !== undefined && (before === undefined || !before.equals(after))) changed.push(url);
  }
  return changed;
}

async function feedUrls(dir: string): Promise<string[]> {
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => sectionUrl(entry.name));
  const urls: string[] = [];
  for (const folder of [HOME_URL, ...folders.sort()]) {
    for (const name of FEED_NAMES) if ((await readOrUndefined(dir, `${folder}${name}`)) !== undefined) urls.push(`${folder}${name}`);
  }
  return urls;
}

async function readOrUndefined(dir: string, url: string): Promise<Buffer | undefined> {
  return readFile(path.join(dir, ...url.split("/").filter(Boolean))).catch(() => undefined);
}
