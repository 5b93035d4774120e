import { PARSE_TASK } from "../articles/parse-task.ts";
import { RENDER_TASK } from "../markdown/render-task.ts";
import { servePool } from "../util/pool-thread.ts";

/**
 * The compiled entry of a thread of the build's pool: every task the pool runs, bundled, so that
 * the thread loads no TypeScript. A task's module is known by the URL the task names (its source
 * file, in the bundle as from source).
 */
const TASKS = [PARSE_TASK, RENDER_TASK];

servePool(async (module) => {
  const tasks = TASKS.filter((task) => task.module === module);
  if (tasks.length === 0) throw new Error(`${module} is not a module of the build's pool tasks (src/build/pool-tasks.ts)`);
  return Object.fromEntries(tasks.map((task) => [task.name, task.run]));
});
