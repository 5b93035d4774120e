import type { Article } from "../articles/article.ts";
import { articleSchemaType } from "../articles/article-types.ts";
import { toIsoString } from "../articles/dates.ts";
import type { ListingPage } from "../listings/paginate.ts";
import type { Section, Site } from "../site/schema.ts";
import { policiesLd } from "../trust/policies.ts";
import type { JsonLd } from "./json-ld-type.ts";
import { liveBlogFields } from "./live-blog-ld.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { HOME_URL, sectionUrl, termUrl } from "../urls/urls.ts";

const CONTEXT = "https://schema.org";

function publisher(site: Site): JsonLd {
  return {
    "@type": "Organization",
    name: site.publisher?.name ?? site.title,
    url: `${site.url}/`,
    ...(site.publisher?.logo ? { logo: { "@type": "ImageObject", url: absoluteUrl(site.url, site.publisher.logo) } } : {}),
    ...policiesLd(site.policies, site.url),
  };
}

function person(name: string, site: Site): JsonLd {
  const path = termUrl("authors", name);
  return { "@type": "Person", name, ...(path ? { url: absoluteUrl(site.url, path) } : {}) };
}

/** https://developers.google.com/search/docs/appearance/structured-data/article; the type follows `type` (src/articles/article-types.ts). */
export function newsArticleLd(article: Article, site: Site, imageUrl?: string): JsonLd {
  const url = absoluteUrl(site.url, article.url);
  return {
    "@context": CONTEXT,
    "@type": articleSchemaType(article.type),
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: toIsoString(article.date),
    dateModified: toIsoString(article.modified),
    author: article.author.map((name) => person(name, site)),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    publisher: publisher(site),
    articleSection: article.sectionTitle,
    keywords: article.tags,
    wordCount: article.wordCount,
    inLanguage: site.language,
    ...(article.live ? liveBlogFields(article.live, url) : {}),
  };
}

/** Home › Section › Article: https://developers.google.com/search/docs/appearance/structured-data/breadcrumb */
export function breadcrumbLd(site: Site, section: Section, article: Article): JsonLd {
  const crumbs = [
    { name: site.title, path: HOME_URL },
    { name: section.title, path: sectionUrl(section.slug) },
    { name: article.title, path: article.url },
  ];
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site.url, crumb.path),
    })),
  };
}

/** A section page lists articles: https://schema.org/CollectionPage */
export function collectionPageLd(site: Site, section: Section, listing: ListingPage<Article>, name: string): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    name,
    ...(section.description ? { description: section.description } : {}),
    url: absoluteUrl(site.url, listing.url),
    inLanguage: site.language,
    isPartOf: { "@type": "WebSite", name: site.title, url: `${site.url}/` },
    publisher: publisher(site),
    mainEntity: {
      "@type": "ItemList",
      itemListElement: listing.items.map((article, index) => ({
        "@type": "ListItem",
        position: index + 1,
        url: absoluteUrl(site.url, article.url),
        name: article.title,
      })),
    },
  };
}
