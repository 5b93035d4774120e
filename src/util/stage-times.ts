/**
 * How long each stage of one build took, for `npm run build -- --timings`: the stages mark their
 * end (`stageDone`) in the order docs/architecture.md draws them, and each is timed from the
 * mark before it. Nothing is kept unless a build asked for it (`timeStages`), so the preview
 * server, which loads again and again, keeps nothing.
 */
export interface StageTime {
  stage: string;
  seconds: number;
}

let marks: { stage: string; at: number }[] | undefined;

/** Starts timing this process's build from now. */
export function timeStages(): void {
  marks = [{ stage: "start", at: performance.now() }];
}

/** Notes that `stage` has ended: the time since the previous mark is its time. */
export function stageDone(stage: string): void {
  marks?.push({ stage, at: performance.now() });
}

/** The stages marked since `timeStages`, each with its time; empty when no build asked. */
export function stageTimes(): StageTime[] {
  if (!marks) return [];
  return marks.slice(1).map((mark, index) => ({ stage: mark.stage, seconds: (mark.at - (marks?.[index]?.at ?? mark.at)) / 1000 }));
}

/** The times as the build prints them: one stage a line, its seconds aligned. */
export function formatStageTimes(times: readonly StageTime[]): string[] {
  const width = Math.max(0, ...times.map((time) => time.stage.length));
  return times.map((time) => `  ${time.stage.padEnd(width)}  ${time.seconds.toFixed(2).padStart(6)} s`);
}
