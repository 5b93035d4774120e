import { jsonForScript } from "../../src/distribution/json-for-script.ts";
import type { PageMeta } from "../../src/pages/types.ts";

/** Open Graph (https://ogp.me/), Twitter cards, feed links and JSON-LD; displays `meta` only. */
export function PageMetaTags({ meta, title, description }: { meta: PageMeta; title: string; description: string }) {
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={meta.feeds.title} href={meta.feeds.atom} />
      <link rel="alternate" type="application/feed+json" title={meta.feeds.title} href={meta.feeds.json} />
      <meta property="og:type" content={meta.ogType} />
      <meta property="og:site_name" content={meta.siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={meta.url} />
      {meta.image && <meta property="og:image" content={meta.image.url} />}
      {meta.image && <meta property="og:image:alt" content={meta.image.alt} />}
      {meta.article && <meta property="article:published_time" content={meta.article.publishedTime} />}
      {meta.article && <meta property="article:modified_time" content={meta.article.modifiedTime} />}
      {meta.article && <meta property="article:section" content={meta.article.section} />}
      {meta.article?.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={meta.image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {meta.image && <meta name="twitter:image" content={meta.image.url} />}
      {meta.image && <meta name="twitter:image:alt" content={meta.image.alt} />}
      {meta.jsonLd.map((data, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
      ))}
    </>
  );
}
