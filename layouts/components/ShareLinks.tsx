import { shareLinks } from "../../src/distribution/share-links.ts";

/** Plain links to each service's share page: no script, no request to any of them until followed. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <nav class="share-links" aria-label="Share this article">
      <h2 class="share-links-title">Share</h2>
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
