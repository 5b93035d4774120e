import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { filesOf } from "./sample-site.ts";

/** One reference from a built file to a URL, as written in the file. */
export interface Reference {
  from: string;
  element: string;
  url: string;
}

export interface BrokenReference extends Reference {
  problem: string;
}

/** Attributes that load or link to something; `content` covers `og:image` and friends. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  form: ["action"],
  meta: ["content"],
};

/**
 * Every internal reference of a built site, from its HTML pages and stylesheets: root-relative and
 * relative URLs, and absolute ones on the site's own origin (canonical links, `og:url`).
 */
export function internalReferences(output: string, siteUrl: string): Reference[] {
  const origin = new URL(siteUrl).origin;
  return filesOf(output).flatMap((file) => {
    const from = `/${path.relative(output, file).split(path.sep).join("/")}`;
    if (file.endsWith(".html")) return htmlReferences(from, readFileSync(file, "utf8"), origin);
    if (file.endsWith(".css")) return cssReferences(from, readFileSync(file, "utf8"), origin);
    return [];
  });
}

function htmlReferences(from: string, html: string, origin: string): Reference[] {
  const root = parse(html);
  return Object.entries(URL_ATTRIBUTES).flatMap(([tag, attributes]) =>
    root.querySelectorAll(tag).flatMap((element) =>
      attributes.flatMap((attribute) => {
        const value = element.getAttribute(attribute);
        if (value === undefined || (tag === "meta" && !value.startsWith(origin))) return [];
        const urls = attribute === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "") : [value];
        return urls.flatMap((url) => internalUrl(url, from, origin)).map((url) => ({ from, element: `<${tag} ${attribute}>`, url }));
      }),
    ),
  );
}

function cssReferences(from: string, css: string, origin: string): Reference[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .flatMap((match) => internalUrl(match[2] ?? "", from, origin))
    .map((url) => ({ from, element: "css url()", url }));
}

/** The reference as a path on the site, or nothing for external and non-fetchable URLs. */
function internalUrl(raw: string, from: string, origin: string): string[] {
  const value = raw.trim();
  if (value === "" || value.startsWith("data:")) return [];
  const resolved = new URL(value, `${origin}${from}`);
  if (resolved.origin !== origin) return [];
  return [`${resolved.pathname}${resolved.hash}`];
}

/** The built file a site path is served from, as a static host maps it, if there is one. */
export function builtFileOf(output: string, sitePath: string): string | undefined {
  const file = path.join(output, decodeURIComponent(sitePath));
  const candidates = sitePath.endsWith("/") ? [path.join(file, "index.html")] : [file, path.join(file, "index.html")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** References whose file is not built, or whose `#fragment` names no element of the page. */
export function brokenReferences(output: string, references: readonly Reference[]): BrokenReference[] {
  const pages = new Map<string, HTMLElement>();
  const pageOf = (file: string) => pages.get(file) ?? pages.set(file, parse(readFileSync(file, "utf8"))).get(file)!;
  return references.flatMap((reference) => {
    const [sitePath = "", fragment] = reference.url.split("#");
    const file = builtFileOf(output, sitePath);
    if (!file) return [{ ...reference, problem: "no such file in the output" }];
    if (!fragment || !file.endsWith(".html")) return [];
    const id = decodeURIComponent(fragment);
    const target = pageOf(file)
      .querySelectorAll("[id], a[name]")
      .some((element) => (element.id || element.getAttribute("name")) === id);
    return target ? [] : [{ ...reference, problem: `no element with id "${id}"` }];
  });
}
