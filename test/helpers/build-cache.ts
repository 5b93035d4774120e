import { buildCacheAt, openBuildCache, type BuildCache, type BuildMode } from "../../src/cache/build-cache.ts";
import { PROJECT_ROOT } from "./site.ts";

/** The build cache kept in `dir`, for the content folder `contentDir`. */
export function cacheIn(dir: string, contentDir = "content", mode: BuildMode = "once"): BuildCache {
  return buildCacheAt({ dir, contentDir, projectRoot: PROJECT_ROOT, mode, without: [] });
}

/** The build cache this test process's environment asks for (`NEWSROOM_CACHE_DIR`), as a build opens it. */
export function cacheFromEnvironment(contentDir = "content"): BuildCache | undefined {
  return openBuildCache({ env: process.env, projectRoot: PROJECT_ROOT, contentDir, mode: "once" });
}
