import { z } from "zod";
import type { EditorField } from "./editor-field.ts";
import { rulesOf, shapeOf } from "./zod-rules.ts";

/** How an editor's fields may differ from the schema on purpose. */
export interface ParityAllowances {
  /** Fields the editor has and the schema does not (the Markdown body). */
  extraFields?: readonly string[];
  /** Fields whose choices come from a data file (section slugs), which the schema checks otherwise. */
  dataChoices?: readonly string[];
}

/**
 * Every difference between an object schema and the editor's fields for it: a field on one side
 * only, or a field whose rules (required, pattern, choices) differ. Empty when they agree.
 */
export function parityProblems(
  schema: z.ZodTypeAny,
  fields: readonly EditorField[],
  allowances: ParityAllowances = {},
  where = "",
): string[] {
  const shape = shapeOf(schema) ?? variantShape(schema);
  if (!shape) return [`${where || "schema"}: is not an object in the schema`];
  const problems: string[] = [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const name of Object.keys(shape)) {
    if (!byName.has(name)) problems.push(`${where}${name}: is in the schema but has no editor field`);
  }
  for (const field of fields) {
    const type = shape[field.name];
    if (type) problems.push(...fieldProblems(type, field, allowances, `${where}${field.name}`, schema));
    else if (!(where === "" && allowances.extraFields?.includes(field.name))) {
      problems.push(`${where}${field.name}: is an editor field the schema does not have`);
    }
  }
  return problems;
}

function fieldProblems(type: z.ZodTypeAny, field: EditorField, allowances: ParityAllowances, path: string, parent: z.ZodTypeAny): string[] {
  const rules = rulesOf(type);
  const problems: string[] = [];
  // A field of one shape of several is optional in the editor, whatever that shape says.
  const required = rulesOf(parent).base instanceof z.ZodDiscriminatedUnion ? isDiscriminator(parent, path) : rules.required;
  if (field.required !== required) problems.push(`${path}: required is ${field.required} in the editor, ${required} in the schema`);
  const pattern = rules.patterns[0]?.[0];
  if (field.pattern?.[0] !== pattern) problems.push(`${path}: pattern is ${field.pattern?.[0]} in the editor, ${pattern} in the schema`);
  const dataChoices = allowances.dataChoices?.includes(path) ?? false;
  if (!dataChoices && !sameChoices(field.options, rules.choices)) {
    problems.push(`${path}: choices are ${field.options?.join(", ")} in the editor, ${rules.choices?.join(", ")} in the schema`);
  }
  return [...problems, ...innerProblems(rules.base, field, allowances, path)];
}

/** The fields inside an object, a list of objects or a list of single values. */
function innerProblems(base: z.ZodTypeAny, field: EditorField, allowances: ParityAllowances, path: string): string[] {
  const list = listOf(base);
  const element = list ? list.element : base;
  if (field.fields) return parityProblems(element, field.fields, allowances, `${path}.`);
  if (field.field && list) return fieldProblems(list.element, field.field, allowances, `${path}[]`, list);
  if (shapeOf(element) || variantShape(element)) return [`${path}: is an object in the schema but not in the editor`];
  return [];
}

function listOf(base: z.ZodTypeAny): z.ZodArray<z.ZodTypeAny> | undefined {
  if (base instanceof z.ZodArray) return base;
  if (base instanceof z.ZodUnion) {
    const option = (base.options as z.ZodTypeAny[]).map((inner) => rulesOf(inner).base).find((inner) => inner instanceof z.ZodArray);
    return option as z.ZodArray<z.ZodTypeAny> | undefined;
  }
  return undefined;
}

/** Every field of every shape of a discriminated union; the discriminator's choices are all its shapes' values. */
function variantShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> | undefined {
  const base = rulesOf(schema).base;
  if (!(base instanceof z.ZodDiscriminatedUnion)) return undefined;
  const key = base.discriminator as string;
  const options = base.options as z.ZodObject<z.ZodRawShape>[];
  const shape: Record<string, z.ZodTypeAny> = Object.assign({}, ...options.map((option) => option.shape));
  const choices = options.flatMap((option) => rulesOf(option.shape[key] as z.ZodTypeAny).choices ?? []);
  shape[key] = z.enum(choices as [string, ...string[]]);
  return shape;
}

function isDiscriminator(parent: z.ZodTypeAny, path: string): boolean {
  const base = rulesOf(parent).base as z.ZodDiscriminatedUnion<string, z.ZodObject<z.ZodRawShape>[]>;
  return path.split(".").at(-1) === base.discriminator;
}

function sameChoices(editor: readonly string[] | undefined, schema: readonly string[] | undefined): boolean {
  if (!editor || !schema) return !editor && !schema;
  return editor.length === schema.length && editor.every((choice, index) => choice === schema[index]);
}
