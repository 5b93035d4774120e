import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import { ELEVENTY_CONFIG } from "../../src/build/eleventy-config.ts";
import { WRITE_SETTLE_MS } from "../../src/plugins/newsroom.ts";
import { fixture, temporaryFolder } from "../helpers/site.ts";

interface WatcherConfig {
  followSymlinks?: boolean;
  awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number };
}

describe("the newsroom plugin's watcher settings", () => {
  it("report a saved file once it has kept its size for WRITE_SETTLE_MS, without following symbolic links", async () => {
    // Eleventy's types leave out the methods its own watcher calls.
    const eleventy = new Eleventy(fixture("basic"), temporaryFolder(), { configPath: ELEVENTY_CONFIG, quietMode: true }) as unknown as {
      init(): Promise<void>;
      getChokidarConfig(): WatcherConfig;
    };
    await eleventy.init();
    const config = eleventy.getChokidarConfig();
    assert.equal(config.followSymlinks, false);
    assert.deepEqual(config.awaitWriteFinish, { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 10 });
    assert.ok(WRITE_SETTLE_MS < 150, "shorter than Eleventy's own wait, which is most of the preview's latency");
  });
});
