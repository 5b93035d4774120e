import type { Article } from "../../src/articles/article.ts";
import { shortReadingTimeLabel } from "../../src/articles/reading-time.ts";
import type { LeadImage } from "../../src/images/article-images.ts";
import { DateTime } from "./DateTime.tsx";
import { Thumbnail } from "./Thumbnail.tsx";
import { TypeLabel } from "./TypeLabel.tsx";

/** Where a teaser stands in the page's hierarchy; its headline size and image width follow. */
export type TeaserVariant = "lead" | "top" | "block" | "list";

/** The width each variant shows its image at (layouts/assets/site.css, "Front page and listings"). */
const IMAGE_SIZES: Record<TeaserVariant, string> = {
  lead: "(min-width: 72rem) 42rem, (min-width: 48rem) 58vw, 100vw",
  top: "(min-width: 60rem) 14rem, 7rem",
  block: "(min-width: 48rem) 22rem, 7rem",
  list: "(min-width: 48rem) 12rem, 7rem",
};

export interface TeaserProps {
  article: Article;
  variant: TeaserVariant;
  headingLevel: 2 | 3;
  language: string;
  timeZone: string;
  image?: LeadImage;
  priority?: boolean;
  showSummary?: boolean;
  showSection?: boolean;
}

export function Teaser({
  article,
  variant,
  headingLevel,
  language,
  timeZone,
  image,
  priority,
  showSummary = true,
  showSection = false,
}: TeaserProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const classes = ["article-card", `teaser-${variant}`, image ? "has-image" : "no-image", `teaser-type-${article.type}`];
  return (
    <div class={classes.join(" ")}>
      <div class="teaser-text">
        <TypeLabel type={article.type} live={article.live?.state} />
        <Heading class="article-card-title">
          <a href={article.url}>{article.title}</a>
        </Heading>
        {showSummary && <p class="article-card-summary">{article.description}</p>}
        <p class="article-card-meta">
          {showSection && <span class="article-card-section">{article.sectionTitle} · </span>}
          <DateTime date={article.date} language={language} timeZone={timeZone} />
          <span> · {shortReadingTimeLabel(article.readingMinutes)}</span>
        </p>
      </div>
      {image && <Thumbnail image={image} sizes={IMAGE_SIZES[variant]} priority={priority} />}
    </div>
  );
}
