import type { LiveState } from "../../src/articles/live-body.ts";

/** The words readers see: the state is said in text, never by colour alone. */
const WORDS: Record<LiveState, string> = {
  upcoming: "Live coverage starts soon",
  live: "Live",
  ended: "Live coverage ended",
};

/**
 * A live blog's state as of the build: a red "Live" badge inside the coverage window, a quiet one
 * before and after it. Drawn wherever the type label is (TypeLabel.tsx): article pages and every
 * teaser. Static, as the rest of the page: the next build redraws it.
 */
export function LiveBadge({ state }: { state: LiveState }) {
  return <span class={`live-badge live-badge-${state}`}>{WORDS[state]}</span>;
}
