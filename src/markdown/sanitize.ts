import type sanitizeHtml from "sanitize-html";
import { lazily } from "../util/lazy-require.ts";

const loadSanitizer = lazily<typeof sanitizeHtml>("sanitize-html");

/**
 * Allowlist for raw HTML that editors put in Markdown. Anything not listed is dropped:
 * scripts, event handlers, `javascript:`/`vbscript:` URLs, non-image `data:` URLs and
 * iframes from hosts that site.json does not list in `embedHosts` or over plain http (a page
 * served over https would block such an embed, and on plain http anyone on the way can swap it).
 */
export function createSanitizer(embedHosts: readonly string[]): (html: string) => string {
  let options: sanitizeHtml.IOptions | undefined;
  return (html) => {
    const sanitize = loadSanitizer();
    options ??= sanitizerOptions(sanitize.defaults.allowedTags, embedHosts);
    return sanitize(html, options);
  };
}

function sanitizerOptions(defaultTags: readonly string[], embedHosts: readonly string[]): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      ...defaultTags,
      "img",
      "figure",
      "figcaption",
      "picture",
      "source",
      "iframe",
      "del",
      "ins",
      "sub",
      "sup",
      "details",
      "summary",
    ],
    allowedAttributes: {
      a: ["href", "title", "id", "rel", "hreflang"],
      img: ["src", "alt", "title", "width", "height", "loading", "srcset", "sizes"],
      source: ["srcset", "type", "media", "sizes"],
      iframe: ["src", "title", "width", "height", "allow", "allowfullscreen", "loading"],
      th: ["scope", "colspan", "rowspan"],
      td: ["colspan", "rowspan"],
      ol: ["start", "reversed"],
      "*": ["id", "lang", "dir"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["http", "https", "data"], iframe: ["https"] },
    allowedSchemesAppliedToAttributes: ["href", "src", "cite", "srcset"],
    allowProtocolRelative: false,
    allowedIframeHostnames: [...embedHosts],
    allowIframeRelativeUrls: false,
    exclusiveFilter: (frame) =>
      (frame.tag === "img" &&
        /^data:/i.test(frame.attribs.src ?? "") &&
        !/^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(frame.attribs.src ?? "")) ||
      (frame.tag === "iframe" && !frame.attribs.src),
    transformTags: {
      iframe: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy", title: attribs.title || "Embedded content" } }),
    },
  };
}
