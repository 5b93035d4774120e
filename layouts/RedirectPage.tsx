/** What a redirect page needs: the article's new path, its absolute URL and headline, and the site's language. */
export interface RedirectPageProps {
  language: string;
  title: string;
  /** The article's URL as a path on this site (`/world/new-slug/`): made by the build, never by an editor. */
  path: string;
  /** The same URL, absolute, for the canonical link. */
  canonical: string;
}

/**
 * The page left at an article's old URL: browsers follow the refresh at once, search engines the
 * canonical link, and anyone else the visible link. No stylesheet or script: it is never shown long.
 */
export function RedirectPage({ language, title, path, canonical }: RedirectPageProps) {
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Moved: ${title}`}</title>
        <meta name="robots" content="noindex" />
        <meta http-equiv="refresh" content={`0; url=${path}`} />
        <link rel="canonical" href={canonical} />
      </head>
      <body>
        <main>
          <h1>This article has moved</h1>
          <p>
            It is now at <a href={path}>{title}</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
