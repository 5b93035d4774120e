import fc from "fast-check";
import yaml from "js-yaml";

/** Any Unicode text, lone surrogates and control characters included. */
export const anyText = (maxLength = 80) => fc.string({ unit: "binary", maxLength });

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

const scalar = fc.oneof(anyText(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), isoDate);

/** YAML values of any shape, a few levels deep. */
export const anyValue = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(anyText(12), tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** Front matter near the schema: each field right-ish, wrong or missing, plus stray fields. */
export const frontMatterObject = fc
  .tuple(
    fc.record(
      {
        title: fc.oneof(anyText(), fc.string({ unit: "grapheme", minLength: 1000, maxLength: 5000 }), anyValue),
        date: fc.oneof(isoDate, anyValue),
        section: fc.oneof(fc.constant("news"), fc.constant("nowhere"), anyValue),
        summary: fc.oneof(anyText(300), anyValue),
        author: fc.oneof(anyText(), fc.array(anyText(), { maxLength: 3 }), anyValue),
        tags: fc.oneof(fc.array(anyText(20), { maxLength: 5 }), anyValue),
        updated: fc.oneof(isoDate, anyValue),
        slug: fc.oneof(fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), anyText(20)),
        draft: fc.oneof(fc.boolean(), anyValue),
        corrections: fc.oneof(fc.array(fc.record({ date: isoDate, text: anyText() }), { maxLength: 2 }), anyValue),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(anyText(12), anyValue, { maxKeys: 3 }),
  )
  .map(([known, stray]) => ({ ...stray, ...known }));

const yamlish = fc.string({
  unit: fc.constantFrom(...": -[]{},#&*!|>'\"%@`\n\n  \ttitle date section ---\u2028\u0000\uFEFFé漢🙂"),
  maxLength: 200,
});

const deepNesting = fc
  .integer({ min: 1, max: 400 })
  .chain((depth) =>
    fc.constantFrom(
      `title: ${"[".repeat(depth)}${"]".repeat(depth)}`,
      `${Array.from({ length: depth }, (_, level) => `${" ".repeat(level)}a:`).join("\n")} x`,
    ),
  );

/** Markdown bodies: random text, Markdown and raw-HTML fragments, or nothing at all. */
export const anyBody = fc.oneof(
  fc.constant(""),
  anyText(400),
  fc
    .array(
      fc.oneof(
        anyText(40),
        fc.constantFrom(
          "# ",
          "## ",
          "\n\n",
          "* ",
          "1. ",
          "> ",
          "```\n",
          "`",
          "**",
          "_",
          "[x](",
          ")",
          "](javascript:alert(1))",
          "<",
          ">",
          "&",
          "&#x09;",
          '"',
          "'",
          "=",
          "{{ 6 | times: 7 }}",
          "{% raw %}",
        ),
        fc.constantFrom(
          "<script>",
          "</script>",
          "<img src=x onerror=alert(1)>",
          '<a href="javascript:alert(1)">',
          "<svg onload=alert(1)>",
          '<iframe src="https://evil.example">',
          "<style>",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "<math><mtext><table><mglyph><style>",
          '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
          " onmouseover=alert(1) ",
          "javascript:",
          "data:text/html,",
        ),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join("")),
);

/** Front matter that satisfies the schema, with hostile but valid text. */
const validFrontMatter = fc.record({
  title: fc.oneof(anyText(), fc.string({ unit: "grapheme", minLength: 1000, maxLength: 5000 })).filter((title) => title.trim() !== ""),
  date: isoDate,
  section: fc.constant("news"),
  summary: anyText(300),
  author: fc.array(
    anyText(30).filter((name) => name.trim() !== ""),
    { maxLength: 3 },
  ),
  tags: fc.array(
    anyText(20).filter((tag) => tag.trim() !== ""),
    { maxLength: 4 },
  ),
  slug: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/),
});

/** Whole article files: generated front matter dumped as YAML, YAML-ish noise, deep nesting, or no fence at all. */
export const articleSource = fc.oneof(
  fc.tuple(validFrontMatter, anyBody).map(([data, body]) => `---\n${yaml.dump(data, { skipInvalid: true })}---\n${body}`),
  fc.tuple(frontMatterObject, anyBody).map(([data, body]) => `---\n${yaml.dump(data, { skipInvalid: true })}---\n${body}`),
  fc.tuple(yamlish, anyBody).map(([matter, body]) => `---\n${matter}\n---\n${body}`),
  fc.tuple(deepNesting, anyBody).map(([matter, body]) => `---\n${matter}\n---\n${body}`),
  anyText(200),
);
