import { escapeForTerminal } from "../articles/terminal-text.ts";

/** How long a hub may take to answer: a slow hub delays the end of the build, never fails it. */
export const PING_TIMEOUT_MS = 10_000;

/**
 * Tells a WebSub hub that a feed changed (WebSub §7, the publish ping the common hubs accept):
 * a form-encoded POST of `hub.mode=publish` and `hub.url`. Resolves to a one-line warning when the
 * hub refuses, fails or does not answer in time, and to undefined when it accepted.
 */
export async function pingHub(hub: string, feedUrl: string, timeoutMs = PING_TIMEOUT_MS): Promise<string | undefined> {
  const problem = await fetch(hub, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ "hub.mode": "publish", "hub.url": feedUrl }).toString(),
    redirect: "error",
    signal: AbortSignal.timeout(timeoutMs),
  }).then(
    async (response) => {
      await response.body?.cancel();
      return response.ok ? undefined : `it answered HTTP ${response.status}`;
    },
    (error: Error) =>
      error.name === "TimeoutError"
        ? `it did not answer within ${timeoutMs / 1000} s`
        : `it could not be reached (${error.cause instanceof Error ? error.cause.message : error.message})`,
  );
  return (
    problem &&
    escapeForTerminal(
      `warning: --ping: the WebSub hub ${hub} was not told about ${feedUrl}: ${problem}; the build is done, and subscribers see the change at their next poll`,
    )
  );
}

/** Pings the hub about every changed feed at once, so that a slow hub costs one timeout, not one per feed. */
export async function pingChangedFeeds(hub: string, feedUrls: readonly string[], timeoutMs = PING_TIMEOUT_MS): Promise<string[]> {
  const warnings = await Promise.all(feedUrls.map((url) => pingHub(hub, url, timeoutMs)));
  return warnings.filter((warning): warning is string => warning !== undefined);
}
