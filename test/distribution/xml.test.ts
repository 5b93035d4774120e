import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { XML_DECLARATION, xmlElement, xmlText, xmlTextElement } from "../../src/distribution/xml.ts";
import { parseXml } from "../helpers/xml.ts";

const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

describe("XML serialisation", () => {
  it("keeps any text, minus XML-invalid characters, readable by a strict parser", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (text, attribute) => {
        const document = parseXml(`${XML_DECLARATION}${xmlTextElement("t", text, { a: attribute })}`);
        assert.equal(document.text, text.replace(XML_INVALID, ""));
        assert.equal(document.attributes.a, attribute.replace(XML_INVALID, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("never lets a CDATA end or markup through", () => {
    const escaped = xmlText("]]> <script>&amp; \"'");
    assert.ok(!escaped.includes("]]>"));
    assert.ok(!/[<>"']/.test(escaped));
  });

  it("leaves out undefined attributes and closes empty elements", () => {
    assert.equal(xmlElement("link", { rel: "self", title: undefined }), '<link rel="self"/>');
  });
});
