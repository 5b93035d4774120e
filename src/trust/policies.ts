import { z } from "zod";
import { absoluteUrl } from "../urls/absolute.ts";
import { linkUrl } from "../navigation/schema.ts";

/**
 * `site.json`'s `policies`: the pages that tell readers who runs the newsroom and how it works, each
 * a path on this site (checked like navigation links) or an https:// address.
 */
export const policiesSchema = z
  .object({
    about: linkUrl,
    masthead: linkUrl,
    ethics: linkUrl,
    corrections: linkUrl,
    diversity: linkUrl,
    ownership: linkUrl,
    feedback: linkUrl,
  })
  .partial()
  .strict();

export type Policies = z.output<typeof policiesSchema>;
export type PolicyName = keyof Policies;

/** The footer's words for each policy, in the order it lists them. */
export const POLICY_LINK_TEXT: Record<PolicyName, string> = {
  about: "About us",
  masthead: "Masthead",
  ethics: "Ethics policy",
  corrections: "Corrections policy",
  diversity: "Diversity policy",
  ownership: "Ownership and funding",
  feedback: "Feedback",
};

/** schema.org's NewsMediaOrganization properties for each policy; `about` has none. */
const SCHEMA_ORG: Partial<Record<PolicyName, string>> = {
  masthead: "masthead",
  ethics: "ethicsPolicy",
  corrections: "correctionsPolicy",
  diversity: "diversityPolicy",
  ownership: "ownershipFundingInfo",
  feedback: "actionableFeedbackPolicy",
};

export function policyLinks(policies: Policies | undefined): { name: PolicyName; text: string; url: string }[] {
  return (Object.keys(POLICY_LINK_TEXT) as PolicyName[]).flatMap((name) => {
    const url = policies?.[name];
    return url ? [{ name, text: POLICY_LINK_TEXT[name], url }] : [];
  });
}

/** The publisher's policy properties as absolute URLs, with its type made NewsMediaOrganization when it has any. */
export function policiesLd(policies: Policies | undefined, siteUrl: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const { name, url } of policyLinks(policies)) {
    const property = SCHEMA_ORG[name];
    if (property) properties[property] = absoluteUrl(siteUrl, url);
  }
  return Object.keys(properties).length > 0 ? { "@type": "NewsMediaOrganization", ...properties } : {};
}

/** The internal policy URLs with their fields, for the link check. */
export function internalPolicyLinks(policies: Policies | undefined): { field: string; url: string }[] {
  return policyLinks(policies)
    .filter((link) => link.url.startsWith("/"))
    .map((link) => ({ field: `policies.${link.name}`, url: link.url }));
}
