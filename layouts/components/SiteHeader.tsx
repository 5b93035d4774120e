import type { Section, Site } from "../../src/site/schema.ts";
import { SEARCH_URL, sectionUrl } from "../../src/urls/urls.ts";

export interface SiteHeaderProps {
  site: Site;
  /** The newsroom's logo, published from its content folder; the title in text without one. */
  logo?: string;
  /** Links after the sections (`header` in `_data/navigation.json`). */
  extraLinks?: readonly { text: string; url: string }[];
  sections: readonly Section[];
  currentSection?: string;
  /** True on the section's own first page, where the link points at the page itself. */
  isSectionHome?: boolean;
}

export function SiteHeader({ site, logo, extraLinks = [], sections, currentSection, isSectionHome }: SiteHeaderProps) {
  return (
    <header class="site-header">
      <a class={logo ? "site-title site-logo" : "site-title"} href="/">
        {logo ? <img src={logo} alt={site.title} /> : site.title}
      </a>
      <nav class="section-nav" aria-label="Sections">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <a
                href={sectionUrl(section.slug)}
                aria-current={section.slug === currentSection ? (isSectionHome ? "page" : "true") : undefined}
              >
                {section.title}
              </a>
            </li>
          ))}
          {extraLinks.map((link) => (
            <li key={link.url}>
              <a href={link.url}>{link.text}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* A plain GET form: without JavaScript it still reaches /search/, which says what to do instead. */}
      <form class="site-search" action={SEARCH_URL} method="get" role="search">
        <label for="site-search-query" class="visually-hidden">
          Search articles
        </label>
        <input id="site-search-query" type="search" name="q" placeholder="Search" />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}
