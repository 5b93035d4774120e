import type { Article } from "../articles/article.ts";
import { toIsoString } from "../articles/dates.ts";
import type { Site } from "../site/schema.ts";
import { latestModified, type FeedSpec } from "./feeds.ts";
import { absoluteUrl, absolutizeHtml } from "../urls/absolute.ts";
import { XML_DECLARATION, xmlElement, xmlTextElement } from "./xml.ts";

export interface FeedContext {
  site: Site;
  buildTime: Date;
  /** Author page URL of a name, when that page is built. */
  authorUrl: (name: string) => string | undefined;
  /** Absolute URL of an article's lead image as built. */
  imageUrl: (article: Article) => string | undefined;
}

/** Atom 1.0 (RFC 4287): https://www.rfc-editor.org/rfc/rfc4287 */
export function renderAtom(feed: FeedSpec, context: FeedContext): string {
  const { site } = context;
  const updated = latestModified(feed.articles) ?? context.buildTime;
  const children = [
    xmlTextElement("id", absoluteUrl(site.url, feed.homePath)),
    xmlTextElement("title", feed.title),
    ...(feed.description ? [xmlTextElement("subtitle", feed.description)] : []),
    xmlTextElement("updated", toIsoString(updated)),
    xmlElement("link", { rel: "self", type: "application/atom+xml", href: absoluteUrl(site.url, feed.atomPath) }),
    xmlElement("link", { rel: "alternate", type: "text/html", href: absoluteUrl(site.url, feed.homePath) }),
    // WebSub §4: the hub and the self link tell subscribers where to subscribe for pushes.
    ...(site.websub ? [xmlElement("link", { rel: "hub", href: site.websub })] : []),
    // RFC 4287 §4.1.1: a feed needs an author unless every entry has one; the publisher stands in.
    xmlElement("author", {}, [xmlTextElement("name", site.publisher?.name ?? site.title)]),
    ...(site.publisher?.logo ? [xmlTextElement("logo", absoluteUrl(site.url, site.publisher.logo))] : []),
    ...feed.articles.map((article) => atomEntry(article, context)),
  ];
  return `${XML_DECLARATION}${xmlElement("feed", { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": site.language }, children)}\n`;
}

function atomEntry(article: Article, context: FeedContext): string {
  const url = absoluteUrl(context.site.url, article.url);
  return xmlElement("entry", {}, [
    xmlTextElement("id", url),
    xmlTextElement("title", article.title, { type: "text" }),
    xmlElement("link", { rel: "alternate", type: "text/html", href: url }),
    xmlTextElement("published", toIsoString(article.date)),
    xmlTextElement("updated", toIsoString(article.modified)),
    ...article.author.map((name) => {
      const uri = context.authorUrl(name);
      return xmlElement("author", {}, [xmlTextElement("name", name), ...(uri ? [xmlTextElement("uri", uri)] : [])]);
    }),
    ...article.tags.map((tag) => xmlElement("category", { term: tag })),
    xmlTextElement("summary", article.description, { type: "text" }),
    xmlTextElement("content", absolutizeHtml(article.html.text(), url), { type: "html" }),
  ]);
}
