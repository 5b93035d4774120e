import { createHash } from "node:crypto";
import type { BuildCache } from "./build-cache.ts";

/**
 * What the last successful build of one output folder wrote, kept so that a build with nothing
 * to change can leave that folder as it is. Written only once the build's output is in place;
 * what goes into it (the key, the time window) is the build's own knowledge.
 */
export interface BuildManifest {
  /** A hash of everything the output is made from, besides the build time. */
  key: string;
  /** The output folder, absolute. */
  output: string;
  /** The build time of the build that wrote the output, in milliseconds. */
  builtAt: number;
  /** The first instant after `builtAt` at which a build of the same inputs writes something else. */
  validUntil: number;
  /** A stamp of every file of the output as that build left it (`stampDigest`). */
  stamps: string;
  /** The number of files that build reported. */
  fileCount: number;
}

export interface ManifestStore {
  read(output: string): Promise<BuildManifest | undefined>;
  write(manifest: BuildManifest): Promise<void>;
  /** Deletes the manifest of `output`: from now until it is written again, nothing is skipped. */
  forget(output: string): Promise<void>;
}

/** The manifests of a content folder's builds, one per output folder, in the cache's `manifest` store. */
export function manifestStore(cache: BuildCache): ManifestStore {
  const name = (output: string) => `${createHash("sha256").update(output).digest("hex").slice(0, 16)}.json`;
  return {
    async read(output) {
      const bytes = await cache.readFile("manifest", name(output));
      if (!bytes) return undefined;
      try {
        const manifest = JSON.parse(bytes.toString("utf8")) as Partial<BuildManifest>;
        return isManifest(manifest) && manifest.output === output ? manifest : undefined;
      } catch {
        return undefined;
      }
    },
    async write(manifest) {
      if (await cache.writeFile("manifest", name(manifest.output), JSON.stringify(manifest))) await cache.removeOtherVersions("manifest");
    },
    forget: (output) => cache.removeFile("manifest", name(output)),
  };
}

function isManifest(value: Partial<BuildManifest>): value is BuildManifest {
  return (
    typeof value.key === "string" &&
    typeof value.output === "string" &&
    typeof value.stamps === "string" &&
    Number.isFinite(value.builtAt) &&
    Number.isFinite(value.validUntil) &&
    Number.isInteger(value.fileCount)
  );
}
