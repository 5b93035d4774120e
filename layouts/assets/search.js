// Progressive enhancement of /search/: queries the static index that the build writes to
// /search/index/ (SEARCH_INDEX_PATH in src/urls/urls.ts) and lists the results. Without JavaScript the page
// keeps its plain form and says what to do instead.
import { matchesTerm, rankDocuments, searchTerms, shardOf } from "./search-core.js";

const INDEX = "/search/index/";
const PAGE_SIZE = 20;

/** @param {Element} root */
function enhance(root) {
  const form = root.querySelector("form");
  const input = form?.querySelector("input");
  if (!form || !input) return;
  root.querySelectorAll("[data-search-no-js]").forEach((element) => {
    element.remove();
  });
  const status = document.createElement("p");
  status.className = "search-status";
  status.setAttribute("role", "status");
  const results = document.createElement("ol");
  results.className = "search-results";
  const more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  root.append(status, results);
  const view = { status, results, more };

  const query = new URLSearchParams(window.location.search).get("q") ?? "";
  input.value = query;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    void search(input.value, view);
  });
  if (query.trim()) void search(query, view);
}

/** @type {Map<string, Promise<any>>} */
const files = new Map();
/** The newest search: an older one that finishes later must not show its results. */
let searches = 0;

/**
 * @param {string} path
 * @returns {Promise<any>}
 */
function fetchJson(path) {
  let file = files.get(path);
  if (!file) {
    file = fetch(INDEX + path).then((response) => {
      if (!response.ok) throw new Error(`${INDEX}${path}: HTTP ${response.status}`);
      return response.json();
    });
    // A failed download is tried again by the next search, not remembered.
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file;
}

/**
 * @param {string} query
 * @param {{ status: HTMLElement, results: HTMLOListElement, more: HTMLButtonElement }} view
 */
async function search(query, view) {
  const run = ++searches;
  const terms = searchTerms(query);
  view.results.replaceChildren();
  view.more.remove();
  if (terms.length === 0) {
    view.status.textContent = "Type a word of at least two letters to search.";
    return;
  }
  view.status.textContent = "Searching…";
  try {
    const index = await fetchJson("meta.json");
    const available = new Set(index.shards);
    const split = new Set(index.split);
    const needed = [...new Set(terms.map((term) => shardOf(term, split)))].filter((shard) => available.has(shard));
    const loaded = new Map(await Promise.all(needed.map(async (shard) => [shard, await fetchJson(`terms/${shard}.json`)])));
    const ranked = rankDocuments(terms, (term) => loaded.get(shardOf(term, split)), index.documents);
    const shown = await showFrom(0, ranked, terms, index.chunkSize, view, run);
    if (!shown) return;
    // Announced once the results are on the page, so that screen readers (and tests) find them there.
    view.status.textContent =
      ranked.length === 0
        ? `No articles found for “${query.trim()}”.`
        : `${ranked.length} ${ranked.length === 1 ? "article" : "articles"} found for “${query.trim()}”.`;
  } catch {
    if (run === searches) view.status.textContent = "Search is not available right now. Please try again later, or browse by section.";
  }
}

/**
 * @param {number} start
 * @param {{ id: number }[]} ranked
 * @param {string[]} terms
 * @param {number} chunkSize
 * @param {{ status: HTMLElement, results: HTMLOListElement, more: HTMLButtonElement }} view
 * @param {number} run the search these results belong to
 * @returns {Promise<boolean>} false when a newer search replaced this one meanwhile
 */
async function showFrom(start, ranked, terms, chunkSize, view, run) {
  const shown = ranked.slice(start, start + PAGE_SIZE);
  const chunks = await Promise.all(shown.map(({ id }) => fetchJson(`documents/${Math.floor(id / chunkSize)}.json`)));
  if (run !== searches) return false;
  shown.forEach(({ id }, index) => {
    view.results.append(resultItem(chunks[index][id % chunkSize], terms));
  });
  const left = ranked.length - start - shown.length;
  if (left <= 0) {
    view.more.remove();
    return true;
  }
  view.results.after(view.more);
  view.more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more`;
  view.more.onclick = () => {
    const firstNew = view.results.children.length;
    void showFrom(start + PAGE_SIZE, ranked, terms, chunkSize, view, run).then(() => {
      view.results.children[firstNew]?.querySelector("a")?.focus();
    });
  };
  return true;
}

/**
 * Built from text nodes only: nothing from the index is ever parsed as HTML.
 * @param {[string, string, string, string, string, string]} document
 * @param {string[]} terms
 */
function resultItem([url, title, section, displayDate, dateTime, excerpt], terms) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = url;
  link.textContent = title;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result-meta";
  const time = document.createElement("time");
  time.dateTime = dateTime;
  time.textContent = displayDate;
  meta.append(`${section} · `, time);
  const summary = document.createElement("p");
  summary.className = "search-result-excerpt";
  summary.append(...highlighted(excerpt, terms));
  item.append(heading, meta, summary);
  return item;
}

/**
 * The excerpt with the words the query found in <mark>.
 * @param {string} text
 * @param {string[]} terms
 * @returns {(string | HTMLElement)[]}
 */
function highlighted(text, terms) {
  return text.split(/([\p{L}\p{N}]+)/u).map((part) => {
    const [word] = searchTerms(part);
    if (!word || !terms.some((term) => matchesTerm(word, term))) return part;
    const mark = document.createElement("mark");
    mark.textContent = part;
    return mark;
  });
}

const root = document.querySelector("[data-search-ui]");
if (root) enhance(root);
