import { resolveBuildTime } from "../articles/dates.ts";

/**
 * The build time from `BUILD_NOW`, read before any work starts; an invalid value ends the command
 * with the one line that names it and the format expected, rather than a stack trace from deep inside a build.
 */
export function buildTimeOrExit(): Date {
  try {
    return resolveBuildTime(process.env.BUILD_NOW);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
