import type { LeadImage } from "../../src/images/article-images.ts";

/** The article page lets its lead image run wider than the text: layouts/assets/site.css, `.lead-figure`. */
const LEAD_FIGURE_SIZES = "(min-width: 66rem) 62rem, 100vw";

/** The lead image: eager, since it is above the fold; body images are lazy (src/images/body-images.ts). */
export function Figure({ image }: { image: LeadImage }) {
  const { source } = image;
  return (
    <figure class="lead-figure">
      {source.kind === "picture" ? (
        <picture>
          {source.picture.sources.map((candidate) => (
            <source key={candidate.type} type={candidate.type} srcset={candidate.srcset} sizes={LEAD_FIGURE_SIZES} />
          ))}
          <img
            src={source.picture.src}
            srcset={source.picture.srcset}
            sizes={LEAD_FIGURE_SIZES}
            width={source.picture.width}
            height={source.picture.height}
            alt={image.alt}
            loading="eager"
            decoding="async"
            fetchpriority="high"
          />
        </picture>
      ) : (
        <img src={source.src} alt={image.alt} loading="eager" decoding="async" />
      )}
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.caption && image.credit && " "}
          {image.credit && <span class="credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
