import { renderToString } from "preact-render-to-string";
import { Base } from "../../layouts/Base.tsx";
import { websitePageMeta } from "../distribution/page-meta.ts";
import type { SiteContext } from "../pages/types.ts";

/** The name developer pages give as `layout`. */
export const NEWSROOM_LAYOUT = "newsroom";

/** What the layout reads from the page's data cascade. */
interface LayoutData {
  /** The page's rendered HTML: Eleventy's own output, inserted as it is. */
  content?: unknown;
  title?: unknown;
  description?: unknown;
  /** A section slug: its link in the header is marked as the current one. */
  section?: unknown;
  noindex?: unknown;
  page?: { url?: unknown };
  /** The global data: the layout reads the site from it, as Eleventy keeps layouts across builds in one process. */
  newsroom: SiteContext;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/**
 * An Eleventy layout (a virtual `.11ty.js` template) that puts a developer page into the site's
 * Base layout, so that it has the header, the sections, the footer and the stylesheet of every
 * other page. The title and description are text and escaped by Preact; the content is already HTML.
 */
export function newsroomLayout() {
  return {
    render(data: LayoutData): string {
      const { site, sections, authors, brand, navigation, buildTime, preview } = data.newsroom;
      const context: SiteContext = { site, sections, authors, brand, navigation, buildTime, preview };
      const url = text(data.page?.url) ?? "/";
      const title = text(data.title) ?? context.site.title;
      const description = text(data.description) ?? context.site.description;
      const html = typeof data.content === "string" ? data.content : "";
      const page = (
        <Base
          meta={websitePageMeta(url, context)}
          context={context}
          title={title}
          description={description}
          path={url}
          currentSection={text(data.section)}
          noindex={data.noindex === true}
        >
          <div class="page-body" dangerouslySetInnerHTML={{ __html: html }} />
        </Base>
      );
      return `<!doctype html>\n${renderToString(page)}\n`;
    },
  };
}
