import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { renderInParallel } from "../../src/markdown/render-pool.ts";

const embedHosts = ["www.youtube-nocookie.com"];
const bodies = Array.from(
  { length: 40 },
  (_, index) =>
    `## Results ${index % 3}\n\nThe harbour *council* met ${index} times.\n\n## Results ${index % 3}\n\n` +
    `<iframe src="https://www.youtube-nocookie.com/embed/${index}"></iframe>\n\n<script>alert(${index})</script>\n` +
    "word ".repeat(index * 500),
);

describe("rendering Markdown on worker threads", () => {
  it("gives each body, in order, exactly what this thread's renderer gives, sanitised with the same embed hosts", async () => {
    const rendered = await renderInParallel(bodies, { embedHosts, threads: 2, threshold: 0 });
    const render = createMarkdownRenderer({ embedHosts });
    assert.ok(rendered);
    assert.equal(rendered.length, bodies.length);
    assert.deepEqual(rendered, bodies.map(render));
    assert.ok(rendered.every((body) => !body.html.includes("<script")));
    assert.ok(rendered[3]?.html.includes('src="https://www.youtube-nocookie.com/embed/3"'));
  });

  it("leaves fewer bodies than its threshold to the caller", async () => {
    assert.equal(await renderInParallel(bodies.slice(0, 3), { embedHosts, threshold: 10 }), undefined);
  });
});
