import { z } from "zod";

/**
 * What an editor form can enforce of a zod type: whether the value is required, its patterns and
 * its choices. The config generator and the parity check both read the schema through here, so the
 * editor's rules are the build's rules.
 */
export interface ZodRules {
  /** The type under `.optional()`, `.default()`, refinements and transforms. */
  base: z.ZodTypeAny;
  required: boolean;
  default?: unknown;
  /** The `.regex()` checks of a string, as [source, message]. */
  patterns: [string, string][];
  /** The values of an enum, or of a literal. */
  choices?: string[];
}

export function rulesOf(type: z.ZodTypeAny): ZodRules {
  let current = type;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      required = false;
      current = current.unwrap();
    } else if (current instanceof z.ZodDefault) {
      required = false;
      defaultValue = current._def.defaultValue();
      current = current.removeDefault();
    } else if (current instanceof z.ZodEffects) {
      current = current.innerType();
    } else break;
  }
  return { base: current, required, default: defaultValue, patterns: patternsOf(current), choices: choicesOf(current) };
}

function patternsOf(type: z.ZodTypeAny): [string, string][] {
  if (!(type instanceof z.ZodString)) return [];
  return type._def.checks.flatMap((check) => (check.kind === "regex" ? [[check.regex.source, check.message ?? "is not valid"]] : []));
}

function choicesOf(type: z.ZodTypeAny): string[] | undefined {
  if (type instanceof z.ZodEnum) return [...(type.options as string[])];
  if (type instanceof z.ZodLiteral) return [String(type.value)];
  return undefined;
}

/** The fields of an object type (through refinements and `.default({})`), or undefined for any other type. */
export function shapeOf(type: z.ZodTypeAny): Record<string, z.ZodTypeAny> | undefined {
  const { base } = rulesOf(type);
  return base instanceof z.ZodObject ? (base.shape as Record<string, z.ZodTypeAny>) : undefined;
}

/** True for the project's date fields (`isoDate`): a union that accepts a Date. */
export function isDateType(type: z.ZodTypeAny): boolean {
  return type instanceof z.ZodUnion && (type.options as z.ZodTypeAny[]).some((option) => option instanceof z.ZodDate);
}
