import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { minutesToRead, readingTimeLabel, readingWordCount } from "../../src/articles/reading-time.ts";
import { launchChromium } from "../helpers/browser.ts";
import { PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";
import { freePort } from "../helpers/ports.ts";

const WAIT_MS = 120_000;
const HEADLINE = "Harbour wall repairs begin at dawn";
const SLUG = "harbour-wall-repairs-begin-at-dawn";
// Long enough that the reading time is several minutes, so a wrong word count shows.
const PARAGRAPH = Array.from({ length: 90 }, () => "Crews lifted the old stones one by one.").join(" ");
const BODY_TEXT = `${PARAGRAPH}\n\n## What changes for the ferry\n\nThe ferry moves to the north quay until spring.`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const textOf = async (url: string) => {
  const response = await fetch(url);
  return response.ok ? response.text() : undefined;
};

/** Opens the editor, logs in to the local backend and starts a new article. */
async function newArticle(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByRole("link", { name: "Articles" }).first().waitFor({ timeout: WAIT_MS });
  await page.goto(`${origin}/admin/#/collections/articles/new`);
  await page.locator('[aria-label="markdown field"]').waitFor({ timeout: WAIT_MS });
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
}

describe("the web editor on the local backend (npm run editor)", { timeout: 600_000 }, () => {
  let content = "";
  let origin = "";
  let backend = "";
  let editor: ChildProcess | undefined;
  let browser: Browser | undefined;

  before(async () => {
    const folder = temporaryFolder("newsroom-editor-");
    content = path.join(folder, "content");
    cpSync(path.join(PROJECT_ROOT, "content"), content, { recursive: true });
    const [previewPort, backendPort] = [await freePort(), await freePort()];
    origin = `http://localhost:${previewPort}`;
    backend = `http://127.0.0.1:${backendPort}`;
    const args = ["--import", "tsx", "src/cli/editor.ts", `--input=${content}`, `--port=${previewPort}`, `--backend-port=${backendPort}`];
    editor = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEWSROOM_CACHE_DIR: path.join(folder, "cache") },
      detached: true,
      stdio: "ignore",
    });
    await waitFor("the generated config", () => textOf(`${origin}/admin/config.yml`));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (editor?.pid) process.kill(-editor.pid, "SIGTERM");
  });

  it("loads nothing but its own files and the local backend, and previews with the site's stylesheet", async () => {
    const page = await browser!.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await newArticle(page, origin);
    await page.frameLocator("iframe").locator('link[rel="stylesheet"][href="/assets/site.css"]').waitFor({ state: "attached" });
    assert.deepEqual([...origins].sort(), [backend, origin].sort());
    await page.close();
  });

  it("saves an article written in the form as a file that npm run check accepts and the preview shows", async () => {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    await newArticle(page, origin);
    await page.getByLabel("Headline").fill(HEADLINE);
    await page.getByTestId("now-button").first().click();
    await page.locator("[id^=section-field]").click();
    await page.getByText("world", { exact: true }).click();
    const body = page.locator('[aria-label="markdown field"]');
    await body.getByRole("switch").click();
    await body.locator("[contenteditable=true]").click();
    for (const [index, block] of BODY_TEXT.split("\n\n").entries()) {
      if (index > 0) await page.keyboard.press("Enter");
      if (index > 0) await page.keyboard.press("Enter");
      await page.keyboard.insertText(block);
    }
    await page.getByRole("button", { name: "Choose an image" }).click();
    const photo = readFileSync(path.join(PROJECT_ROOT, "content/images/harbour-dredger.jpg"));
    await page.locator("input[type=file]").setInputFiles({ name: "harbour-wall.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.getByRole("button", { name: "Choose selected" }).click();
    await page.locator("label[for^=alt-field]").click();
    await page.keyboard.insertText("Workers lifting stones from the harbour wall");
    await publish(page);
    await page.waitForURL(/#\/collections\/articles\/entries\/world\//, { timeout: WAIT_MS });
    await page.close();

    const saved = readdirSync(path.join(content, "articles/world")).filter((name) => name.endsWith(`-${SLUG}.md`));
    assert.equal(saved.length, 1, "one new article file in articles/world/");
    const source = readFileSync(path.join(content, "articles/world", saved[0]!), "utf8");
    assert.match(source, /^## What changes for the ferry$/m);
    assert.match(source, /src: \/images\/harbour-wall\.jpg/);
    assert.ok(existsSync(path.join(content, "images/harbour-wall.jpg")), "the upload is in images/");

    const check = runCli("src/cli/check.ts", [`--input=${content}`]);
    assert.equal(check.status, 0, check.stdout + check.stderr);

    const html = await waitFor("the article on the preview", async () => {
      const text = await textOf(`${origin}/world/${SLUG}/`);
      return text?.includes(HEADLINE) ? text : undefined;
    });
    const minutes = minutesToRead(readingWordCount(BODY_TEXT.replace("## ", "")));
    assert.ok(minutes >= 2);
    assert.equal(parse(html).querySelector(".reading-time")?.text.trim(), readingTimeLabel(minutes));
  });

  it("refuses to save an article without a headline, and saves it once it has one, without an image", async () => {
    const articles = () => readdirSync(path.join(content, "articles"), { recursive: true, encoding: "utf8" });
    const before = articles();
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    await newArticle(page, origin);
    await page.getByTestId("now-button").first().click();
    await page.locator("[id^=section-field]").click();
    await page.getByText("local", { exact: true }).click();
    await publish(page);
    await page.getByText(/missed a required field/i).waitFor({ timeout: WAIT_MS });
    assert.match(page.url(), /\/collections\/articles\/new$/);
    assert.deepEqual(articles(), before);

    await page.getByLabel("Headline").fill("Ferry timetable unchanged");
    await publish(page);
    await page.waitForURL(/#\/collections\/articles\/entries\/local\//, { timeout: WAIT_MS });
    await page.close();
    const added = articles().filter((file) => !before.includes(file));
    assert.equal(added.length, 1);
    assert.match(added[0]!, /^local\/\d{4}-\d{2}-\d{2}-ferry-timetable-unchanged\.md$/);
    assert.doesNotMatch(readFileSync(path.join(content, "articles", added[0]!), "utf8"), /^image:/m);
  });

  it("keeps a form an editor is filling in when the preview rebuilds the site", async () => {
    const admin = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    await newArticle(admin, origin);
    await admin.getByLabel("Headline").fill("Half-written story");
    await admin.evaluate(() => Object.assign(window, { notReloaded: true }));
    // A page of the site, which the preview does reload: its reload shows that the rebuild was announced.
    const reader = await browser!.newPage();
    await reader.goto(`${origin}/culture/lantern-festival-returns/`);
    const reloaded = reader.waitForEvent("load", { timeout: WAIT_MS });
    appendFileSync(path.join(content, "articles/culture/2026-10-24-lantern-festival-returns.md"), "\nThe lanterns stay up until Sunday.\n");
    await reloaded;
    assert.match(await reader.content(), /The lanterns stay up until Sunday\./);
    assert.equal(await admin.evaluate(() => (window as { notReloaded?: boolean }).notReloaded), true, "the editor's page was not reloaded");
    assert.equal(await admin.getByLabel("Headline").inputValue(), "Half-written story");
    await Promise.all([admin.close(), reader.close()]);
  });
});
