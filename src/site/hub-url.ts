import { z } from "zod";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A WebSub hub (https://www.w3.org/TR/websub/): published in every feed and sent each changed
 * feed's URL. Only https, so that neither the feeds nor the pings ever point at a plain-text
 * endpoint; plain http is accepted for a hub on this machine alone, as a test hub runs.
 */
export const hubUrl = z.string().superRefine((value, context) => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const loopbackHttp = url?.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (!url || /\s/.test(value) || (url.protocol !== "https:" && !loopbackHttp) || url.username !== "" || url.password !== "") {
    context.addIssue({
      code: "custom",
      message: `"${value}" is not an https:// URL (expected the hub's address, e.g. https://pubsubhubbub.appspot.com/)`,
    });
  }
});
