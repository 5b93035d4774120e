// Ends a test run with one line that people and CI read alike: `N passed, N failed[, N skipped]`.
// Node's runner reports its totals as diagnostics once every test file has finished.
const TOTAL = /^(pass|fail|cancelled|skipped|todo) (\d+)$/;

/** @param {AsyncIterable<{ type: string, data: { message?: string } }>} events */
export default async function* summary(events) {
  /** @type {Record<string, number>} */
  const totals = {};
  for await (const event of events) {
    if (event.type !== "test:diagnostic") continue;
    const match = TOTAL.exec(event.data.message ?? "");
    if (match?.[1]) totals[match[1]] = Number(match[2]);
  }
  const failed = (totals.fail ?? 0) + (totals.cancelled ?? 0);
  const skipped = (totals.skipped ?? 0) + (totals.todo ?? 0);
  yield `${totals.pass ?? 0} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`;
}
