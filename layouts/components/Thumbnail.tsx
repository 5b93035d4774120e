import type { LeadImage } from "../../src/images/article-images.ts";

export interface ThumbnailProps {
  image: LeadImage;
  /** How wide the image is shown, for the browser to pick a file from the srcset. */
  sizes: string;
  /** The first image a reader sees: fetched at once and first, never lazily. */
  priority?: boolean;
}

/** A listing's picture of an article: the article's lead image, its alt text, sized to avoid layout shift. */
export function Thumbnail({ image, sizes, priority = false }: ThumbnailProps) {
  const { source } = image;
  const loading = priority ? "eager" : "lazy";
  const fetchpriority = priority ? "high" : undefined;
  if (source.kind === "remote") {
    return <img class="teaser-image" src={source.src} alt={image.alt} loading={loading} decoding="async" fetchpriority={fetchpriority} />;
  }
  const { picture } = source;
  return (
    <picture class="teaser-image">
      {picture.sources.map((candidate) => (
        <source key={candidate.type} type={candidate.type} srcset={candidate.srcset} sizes={sizes} />
      ))}
      <img
        src={picture.src}
        srcset={picture.srcset}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={image.alt}
        loading={loading}
        decoding="async"
        fetchpriority={fetchpriority}
      />
    </picture>
  );
}
