import { z } from "zod";
import { type EditorField, labelFor, OPTIONAL_OBJECT_WIDGET } from "./editor-field.ts";
import { isDateType, rulesOf, shapeOf } from "./zod-rules.ts";

/**
 * Decap CMS fields for every field of a zod object schema, with the schema's rules: a field is
 * required unless it is optional or has a default, strings keep their pattern, enums become
 * selects. A type the editor has no widget for stops the generator, so no field is left out.
 */
export function fieldsOf(schema: z.ZodTypeAny, where = "schema"): EditorField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`${where}: is not an object schema`);
  return Object.entries(shape).map(([name, type]) => fieldFor(name, type, `${where}.${name}`));
}

export function fieldFor(name: string, type: z.ZodTypeAny, where: string): EditorField {
  const rules = rulesOf(type);
  const field: EditorField = { name, label: labelFor(name), widget: "string", required: rules.required };
  const widget = widgetFor(rules.base, name, where);
  Object.assign(field, widget);
  if (rules.patterns.length > 1) throw new Error(`${where}: has more than one pattern, and the editor checks only one`);
  if (rules.patterns[0]) field.pattern = rules.patterns[0];
  if (isPlainDefault(rules.default)) field.default = rules.default;
  if (field.widget === "object" && !field.required) field.widget = OPTIONAL_OBJECT_WIDGET;
  return field;
}

type Widget = Omit<EditorField, "name" | "label" | "required">;

function widgetFor(base: z.ZodTypeAny, name: string, where: string): Widget {
  if (isDateType(base)) return { widget: "datetime" };
  if (base instanceof z.ZodString) return { widget: "string" };
  if (base instanceof z.ZodNumber) return { widget: "number" };
  if (base instanceof z.ZodBoolean) return { widget: "boolean" };
  if (base instanceof z.ZodEnum || base instanceof z.ZodLiteral) return { widget: "select", options: rulesOf(base).choices };
  if (base instanceof z.ZodArray) return listWidget(base, name, where);
  if (base instanceof z.ZodObject) return { widget: "object", fields: fieldsOf(base, where) };
  if (base instanceof z.ZodDiscriminatedUnion) return variantsWidget(base, where);
  if (base instanceof z.ZodUnion) return unionWidget(base, name, where);
  throw new Error(`${where}: has no editor widget for ${base.constructor.name}`);
}

function listWidget(list: z.ZodArray<z.ZodTypeAny>, name: string, where: string): Widget {
  const element = rulesOf(list.element).base;
  const widget: Widget =
    element instanceof z.ZodObject
      ? { widget: "list", fields: fieldsOf(element, `${where}[]`) }
      : { widget: "list", field: fieldFor(singular(name), list.element, `${where}[]`) };
  const min = list._def.minLength?.value;
  if (min) widget.min = min;
  return widget;
}

/** One name or a list of names: the editor always writes the list. Text or a number: text. */
function unionWidget(union: z.ZodUnion<[z.ZodTypeAny, ...z.ZodTypeAny[]]>, name: string, where: string): Widget {
  const options = union.options.map((option) => rulesOf(option).base);
  const list = options.find((option): option is z.ZodArray<z.ZodTypeAny> => option instanceof z.ZodArray);
  if (list) return listWidget(list, name, where);
  if (options.every((option) => option instanceof z.ZodString || option instanceof z.ZodNumber)) return { widget: "string" };
  throw new Error(`${where}: has no editor widget for this union`);
}

/**
 * An object of one of several shapes, told apart by one field (analytics' `provider`): the editor
 * shows that field as a select and every other field as optional, since each belongs to some shapes only.
 */
function variantsWidget(union: z.ZodDiscriminatedUnion<string, z.ZodObject<z.ZodRawShape>[]>, where: string): Widget {
  const key = union.discriminator;
  const choices = union.options.flatMap((option) => rulesOf(option.shape[key] as z.ZodTypeAny).choices ?? []);
  const fields = new Map<string, EditorField>();
  fields.set(key, { name: key, label: labelFor(key), widget: "select", required: true, options: choices });
  for (const option of union.options) {
    for (const { default: _onlyForOneShape, ...field } of fieldsOf(option, where)) {
      if (!fields.has(field.name)) fields.set(field.name, { ...field, required: false });
    }
  }
  return { widget: "object", fields: [...fields.values()] };
}

function singular(name: string): string {
  if (name.endsWith("ses")) return name.slice(0, -2);
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

function isPlainDefault(value: unknown): boolean {
  return typeof value === "boolean" || typeof value === "number" || (typeof value === "string" && value !== "");
}
