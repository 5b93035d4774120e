import { parse } from "node-html-parser";

export const TOKEN = "0123456789abcdef0123456789abcdef";

/** Each provider's settings and the documented tag it must produce, attribute for attribute. */
export const PROVIDERS = [
  {
    name: "plausible",
    analytics: { provider: "plausible", domain: "news.example.org" },
    where: "head",
    tag: '<script defer data-domain="news.example.org" src="https://plausible.io/js/script.js"></script>',
  },
  {
    name: "plausible on its own host",
    analytics: { provider: "plausible", domain: "news.example.org", host: "https://stats.example.org:8443" },
    where: "head",
    tag: '<script defer data-domain="news.example.org" src="https://stats.example.org:8443/js/script.js"></script>',
  },
  {
    name: "goatcounter",
    analytics: { provider: "goatcounter", code: "gazette" },
    where: "head",
    tag: '<script data-goatcounter="https://gazette.goatcounter.com/count" async src="https://gc.zgo.at/count.js"></script>',
  },
  {
    name: "matomo",
    analytics: { provider: "matomo", host: "https://matomo.example.org", siteId: "7" },
    where: "body",
    tag: '<img src="https://matomo.example.org/matomo.php?idsite=7&rec=1" alt="" width="1" height="1">',
  },
  {
    name: "cloudflare",
    analytics: { provider: "cloudflare", token: TOKEN },
    where: "head",
    tag: `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "${TOKEN}"}'></script>`,
  },
] as const;

/** An element as its tag name and attributes, so that quoting and attribute order do not matter. */
export function shape(html: string) {
  const element = parse(html).firstChild as unknown as { rawTagName: string; attributes: Record<string, string> };
  return { tag: element.rawTagName, attributes: element.attributes };
}
