import { parseArgs } from "node:util";

type Option = { type: "string"; default: string } | { type: "boolean" };
type Values<T extends Record<string, Option>> = { [K in keyof T]: T[K] extends { type: "boolean" } ? boolean : string };

/**
 * The command's `--name=value` flags and `--name` switches; a mistyped or unknown one ends the
 * command with one line and its usage instead of Node's stack trace, before anything is read or written.
 */
export function readArguments<T extends Record<string, Option>>(command: string, options: T): Values<T> {
  try {
    const values = parseArgs({ options }).values as Record<string, string | boolean | undefined>;
    const read: Record<string, string | boolean> = {};
    for (const [name, option] of Object.entries(options)) read[name] = values[name] ?? (option.type === "boolean" ? false : option.default);
    return read as Values<T>;
  } catch (error) {
    const reason = (error as Error).message.split(". ")[0];
    const usage = Object.entries(options)
      .map(([name, option]) => (option.type === "boolean" ? `[--${name}]` : `[--${name}=${option.default}]`))
      .join(" ");
    console.error(`npm run ${command}: ${reason} (usage: npm run ${command} -- ${usage})`);
    process.exit(2);
  }
}
