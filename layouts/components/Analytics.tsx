import type { Analytics as AnalyticsSettings } from "../../src/site/analytics.ts";

/**
 * The one place analytics reach a page: a fixed tag per provider, every value set as an attribute
 * (escaped by Preact) from fields that src/site/analytics.ts has already held to strict patterns.
 * Nothing in the preview. Matomo's documented tracker is an inline script, which pages never carry,
 * so Matomo counts through its image tracker instead, at the end of the body.
 */
export function Analytics({ analytics, preview, at }: { analytics: AnalyticsSettings | undefined; preview: boolean; at: "head" | "body" }) {
  if (!analytics || preview) return null;
  // An image belongs in the body (in the head, parsers would end the head there); scripts in the head.
  if ((analytics.provider === "matomo") !== (at === "body")) return null;
  switch (analytics.provider) {
    case "plausible":
      return <script defer data-domain={analytics.domain} src={`${analytics.host}/js/script.js`} />;
    case "goatcounter":
      return <script data-goatcounter={`https://${analytics.code}.goatcounter.com/count`} async src="https://gc.zgo.at/count.js" />;
    case "matomo":
      return <img src={`${analytics.host}/matomo.php?idsite=${analytics.siteId}&rec=1`} alt="" width={1} height={1} />;
    case "cloudflare":
      return <script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon={`{"token": "${analytics.token}"}`} />;
  }
}
