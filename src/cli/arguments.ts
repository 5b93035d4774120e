import { parseArgs } from "node:util";

type StringOptions = Record<string, { type: "string"; default: string }>;

/**
 * The command's `--name=value` flags; a mistyped or unknown one ends the command with one line and
 * its usage instead of Node's stack trace, before anything is read or written.
 */
export function readArguments<T extends StringOptions>(command: string, options: T): { [K in keyof T]: string } {
  try {
    const values = parseArgs({ options }).values as Record<string, string | undefined>;
    const read = {} as { [K in keyof T]: string };
    for (const name of Object.keys(options) as (keyof T)[]) read[name] = values[name as string] ?? options[name]!.default;
    return read;
  } catch (error) {
    const reason = (error as Error).message.split(". ")[0];
    const usage = Object.entries(options)
      .map(([name, option]) => `[--${name}=${option.default}]`)
      .join(" ");
    console.error(`npm run ${command}: ${reason} (usage: npm run ${command} -- ${usage})`);
    process.exit(2);
  }
}
