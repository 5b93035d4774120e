import { parseArgs } from "node:util";

type Option = { type: "string"; default: string } | { type: "boolean" } | { type: "string"; optional: true };
type Value<O extends Option> = O extends { type: "boolean" } ? boolean : O extends { optional: true } ? string | undefined : string;
type Values<T extends Record<string, Option>> = { [K in keyof T]: Value<T[K]> };

/** The words a command takes besides its flags, for its usage line, and how many it needs. */
export interface Positionals {
  usage: string;
  count: { min: number; max: number };
}

/**
 * The command's `--name=value` flags, `--name` switches and plain words; a mistyped or unknown flag,
 * or the wrong number of words, ends the command with one line and its usage instead of Node's
 * stack trace, before anything is read or written.
 */
export function readCommandLine<T extends Record<string, Option>>(
  command: string,
  options: T,
  positionals?: Positionals,
): { values: Values<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ options, allowPositionals: positionals !== undefined });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const read: Record<string, string | boolean | undefined> = {};
    for (const [name, option] of Object.entries(options)) read[name] = values[name] ?? defaultOf(option);
    const words = parsed.positionals;
    if (positionals && (words.length < positionals.count.min || words.length > positionals.count.max)) {
      throw new Error(
        `expected ${positionals.usage}, got ${words.length === 0 ? "nothing" : words.map((word) => JSON.stringify(word)).join(" ")}`,
      );
    }
    return { values: read as Values<T>, positionals: words };
  } catch (error) {
    const reason = (error as Error).message.split(". ")[0];
    console.error(`npm run ${command}: ${reason} (usage: npm run ${command} -- ${usageOf(options, positionals)})`);
    process.exit(2);
  }
}

/** `readCommandLine` for commands that take flags only. */
export function readArguments<T extends Record<string, Option>>(command: string, options: T): Values<T> {
  return readCommandLine(command, options).values;
}

function defaultOf(option: Option): string | boolean | undefined {
  if (option.type === "boolean") return false;
  return "default" in option ? option.default : undefined;
}

function usageOf(options: Record<string, Option>, positionals?: Positionals): string {
  const flags = Object.entries(options).map(([name, option]) => {
    if (option.type === "boolean") return `[--${name}]`;
    return "default" in option ? `[--${name}=${option.default}]` : `[--${name}=${name}]`;
  });
  return [...(positionals ? [positionals.usage] : []), ...flags].join(" ");
}
