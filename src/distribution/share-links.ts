/**
 * Share links as plain addresses: no script, and nothing is fetched from another site until the
 * reader follows one. Each service's documented share address takes the article's URL and title.
 */
export interface ShareLink {
  name: string;
  href: string;
}

/**
 * Mastodon has no single address: each reader's server differs. Share₂Fedi
 * (https://github.com/kytta/share2fedi, open source, documented at s2f.kytta.dev) asks for the
 * reader's instance and forwards to its share page; a page of this site could do so only with a
 * script, since a form cannot send to a host the reader types.
 */
const MASTODON_SHARE = "https://s2f.kytta.dev/";

export function shareLinks(url: string, title: string): ShareLink[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const text = `${title} ${url}`;
  return [
    { name: "Email", href: `mailto:?${q({ subject: title, body: url }).replaceAll("+", "%20")}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?${q({ text })}` },
    { name: "Mastodon", href: `${MASTODON_SHARE}?${q({ text })}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { name: "X", href: `https://x.com/intent/tweet?${q({ text: title, url })}` },
    { name: "WhatsApp", href: `https://wa.me/?${q({ text })}` },
  ];
}
