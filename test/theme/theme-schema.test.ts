import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { themeCss } from "../../src/theme/theme-css.ts";
import { themeSchema } from "../../src/theme/theme-schema.ts";

function messages(theme: unknown): string[] {
  const result = themeSchema.safeParse(theme);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the theme schema", () => {
  it("accepts colours that read well on the site's light and dark backgrounds", () => {
    assert.deepEqual(
      messages({ accent: "#7a1c1c", headerBackground: "#f5ecd9", dark: { accent: "#f4a6a6", headerBackground: "#2a1d1d" } }),
      [],
    );
  });

  it("refuses a link colour below 4.5:1, naming the pair, the colours and the ratio", () => {
    assert.deepEqual(messages({ link: "#9a9a9a" }), [
      "link: links on the page background (#9a9a9a on #fdfdfb): contrast 2.76:1 in the light scheme (expected at least 4.5:1, WCAG AA)",
      "link: section links on the header background (#9a9a9a on #fdfdfb): contrast 2.76:1 in the light scheme (expected at least 4.5:1, WCAG AA)",
    ]);
  });

  it("checks the dark scheme's colours against the dark background", () => {
    const found = messages({ dark: { headerBackground: "#e0e0e0" } });
    assert.ok(
      found.some((message) =>
        message.startsWith(
          "dark.headerBackground: the site title on the header background (#ecebe7 on #e0e0e0): contrast 1.1:1 in the dark scheme",
        ),
      ),
      found.join("\n"),
    );
  });

  it("refuses a colour that would carry more CSS, and unknown fields", () => {
    assert.match(
      messages({ accent: "red;}body{display:none" })[0] ?? "",
      /^accent: "red;}body{display:none" is not a colour this site accepts \(expected a colour such as/,
    );
    assert.match(messages({ background: "#fff" })[0] ?? "", /background/);
  });

  it("reaches the page only as #rrggbb custom properties, the light ones restored in the dark scheme", () => {
    const theme = themeSchema.parse({ accent: "rgb(122 28 28)", headerBackground: "hsl(40 60% 92%)", dark: { accent: "#F4A6A6" } });
    assert.equal(
      themeCss(theme),
      ":root{--accent:#7a1c1c;--header-background:#f7efde;}@media (prefers-color-scheme:dark){:root{--accent:#f4a6a6;--header-background:transparent;}}",
    );
    assert.equal(themeCss(undefined), "");
  });
});
