import type { SiteContext } from "../../src/pages/types.ts";
import { policyLinks } from "../../src/trust/policies.ts";
import { CORRECTIONS_URL, feedUrls } from "../../src/urls/urls.ts";

/**
 * The footer: the newsroom's groups of links (`_data/navigation.json`), the site's feeds, and the
 * copyright line. Every URL here was checked by the schema and the link check.
 */
export function SiteFooter({ context }: { context: SiteContext }) {
  const { site } = context;
  const policies = [...policyLinks(site.policies), ...(context.hasCorrections ? [{ text: "All corrections", url: CORRECTIONS_URL }] : [])];
  const groups = [...(context.navigation?.footer ?? []), ...(policies.length > 0 ? [{ title: "Our standards", links: policies }] : [])];
  const feeds = feedUrls();
  return (
    <footer class="site-footer">
      <nav class="footer-nav" aria-label="Site">
        {groups.map((group) => (
          <section class="footer-group" key={group.title}>
            <h2>{group.title}</h2>
            <ul>
              {group.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url}>{link.text}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section class="footer-group">
          <h2>Follow</h2>
          <ul>
            <li>
              <a href={feeds.atomPath} type="application/atom+xml">
                Atom feed
              </a>
            </li>
            <li>
              <a href={feeds.jsonPath} type="application/feed+json">
                JSON feed
              </a>
            </li>
          </ul>
        </section>
      </nav>
      <p class="copyright">
        © {context.buildTime.getUTCFullYear()} {site.title}
      </p>
    </footer>
  );
}
