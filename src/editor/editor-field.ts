/** One field of Decap CMS's `config.yml`, as far as this project writes them. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  default?: unknown;
  /** Decap checks a value against one regular expression and shows the message when it fails. */
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  /** A list of objects: their fields. An object: its fields. */
  fields?: EditorField[];
  /** A list of single values: the widget of one value. */
  field?: EditorField;
  hint?: string;
  /** The relation widget's options. */
  collection?: string;
  file?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
}

/**
 * Decap's object widget for an optional group, registered by admin-script.js: Decap's own checks
 * the group's required fields even when the group is left empty.
 */
export const OPTIONAL_OBJECT_WIDGET = "optional-object";

/** `coverageStart` → "Coverage start". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
