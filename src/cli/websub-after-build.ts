import path from "node:path";
import { changedFeeds } from "../distribution/websub-changes.ts";
import { pingChangedFeeds, PING_TIMEOUT_MS } from "../distribution/websub-ping.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { loadSiteData } from "../site/load-data.ts";

/**
 * `npm run build -- --ping`: notes which feeds the build changed (before the new site replaces the
 * old one) and, after the build, tells `site.json`'s WebSub hub about each. Never fails the build:
 * every problem is one warning line.
 */
export function websubPinger(input: string) {
  let changed: string[] = [];
  return {
    beforeSwap: async (staging: string, output: string) => {
      // A feed that cannot be compared is left unpinged: the ping must never fail the build.
      changed = await changedFeeds(output, staging).catch(() => []);
    },
    async ping(print: (line: string) => void): Promise<void> {
      await pingAbout(changed, input, print).catch((error: Error) => print(`warning: --ping: no hub was told: ${error.message}`));
    },
  };
}

async function pingAbout(changed: readonly string[], input: string, print: (line: string) => void): Promise<void> {
  const loaded = await loadSiteData(path.resolve(input, "_data"), (absolute) => path.relative(process.cwd(), absolute));
  const site = loaded.data?.site;
  if (!site?.websub) return print('warning: --ping: site.json has no websub hub (expected "websub": "https://…"); no hub was told');
  if (changed.length === 0) return print("No feed changed: no hub pinged.");
  const timeout = Number(process.env.NEWSROOM_PING_TIMEOUT_MS) || PING_TIMEOUT_MS;
  const urls = changed.map((url) => absoluteUrl(site.url, url));
  const warnings = await pingChangedFeeds(site.websub, urls, timeout);
  warnings.forEach(print);
  print(`Pinged ${site.websub} about ${urls.length - warnings.length} of ${urls.length} changed ${urls.length === 1 ? "feed" : "feeds"}.`);
}
