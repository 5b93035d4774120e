import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";

const MODULE = JSON.stringify(path.resolve("src/util/process-folder.ts"));

/** A Node process that makes two folders with a file each, prints their paths, then runs `then`. */
function script(then: string): string {
  return [
    `import { writeFileSync } from "node:fs";`,
    `import { processFolder } from ${MODULE};`,
    `const folders = [processFolder("newsroom-test-process-"), processFolder("newsroom-test-process-")];`,
    `for (const folder of folders) writeFileSync(folder + "/file", "kept until the end");`,
    "console.log(JSON.stringify(folders));",
    then,
  ].join("\n");
}

describe("processFolder", () => {
  it("makes folders in the system's temporary folder that are removed when the process exits", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script("")], { encoding: "utf8" });
    assert.equal(child.status, 0, child.stderr);
    const folders = JSON.parse(child.stdout) as string[];
    assert.equal(folders.length, 2);
    for (const folder of folders) {
      assert.equal(path.dirname(folder), tmpdir());
      assert.equal(existsSync(folder), false, folder);
    }
  });

  for (const signal of ["SIGTERM", "SIGHUP"] as const) {
    it(`removes them when the process is stopped by ${signal}, which still ends it`, async () => {
      // The child waits for ever: only the signal ends it.
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script("setInterval(() => {}, 1000);")], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const folders = await new Promise<string[]>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("\n")) resolve(JSON.parse(output) as string[]);
        });
        child.once("exit", () => reject(new Error(`the child ended before printing its folders: ${output}`)));
      });
      assert.ok(folders.every((folder) => existsSync(folder)));
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, ended) => resolve(ended)));
      child.kill(signal);
      // Were the signal swallowed, the child would run on: it is killed after a while, and the test fails.
      const stuck = setTimeout(() => child.kill("SIGKILL"), 20_000);
      assert.equal(await ended, signal);
      clearTimeout(stuck);
      for (const folder of folders) assert.equal(existsSync(folder), false, folder);
    });
  }
});
