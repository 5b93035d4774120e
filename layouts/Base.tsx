import type { ComponentChildren } from "preact";
import type { PageMeta } from "../src/pages/types.ts";
import type { SiteContext } from "../src/pages/types.ts";
import { ASSETS_URL } from "../src/urls/urls.ts";
import { Analytics } from "./components/Analytics.tsx";
import { BrandHead } from "./components/BrandHead.tsx";
import { PageMetaTags } from "./components/PageMetaTags.tsx";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { SiteHeader } from "./components/SiteHeader.tsx";

export interface BaseProps {
  context: SiteContext;
  /** Open Graph, feed links and JSON-LD, computed once per page by `renderPage`. */
  meta: PageMeta;
  title: string;
  description: string;
  /** Path of this page, made absolute with site.json's `url` for the canonical link. */
  path: string;
  currentSection?: string;
  isSectionHome?: boolean;
  noindex?: boolean;
  head?: ComponentChildren;
  children: ComponentChildren;
}

export function Base({ context, meta, title, description, path, currentSection, isSectionHome, noindex, head, children }: BaseProps) {
  const { site } = context;
  const fullTitle = path === "/" ? site.title : `${title} | ${site.title}`;
  return (
    <html lang={site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={`${site.url}${path}`} />
        {(noindex || context.preview) && <meta name="robots" content="noindex" />}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={`${ASSETS_URL}site.css`} />
        <BrandHead brand={context.brand} />
        <PageMetaTags meta={meta} title={title} description={description} />
        {head}
        <Analytics analytics={site.analytics} preview={context.preview} at="head" />
      </head>
      <body id="top">
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader
          site={site}
          logo={context.brand?.logo}
          extraLinks={context.navigation?.header}
          sections={context.sections}
          currentSection={currentSection}
          isSectionHome={isSectionHome}
        />
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <SiteFooter context={context} />
        <Analytics analytics={site.analytics} preview={context.preview} at="body" />
      </body>
    </html>
  );
}
