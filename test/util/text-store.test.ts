import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { EncodedText, TextInRange, textHash, textsInFile, textsInMemory, type TextStore } from "../../src/util/text-store.ts";
import { temporaryFolder } from "../helpers/site.ts";

const TEXTS = ["<p>Plain ASCII.</p>", "", "<p>Zoë’s café — 東京 🚢</p>", `<p>${"Long body. ".repeat(20_000)}</p>`];

function roundTrip(store: TextStore): void {
  const kept = TEXTS.map((text) => store.put(text));
  // Read in another order than written, and twice, as pages and feeds read them.
  for (const index of [3, 0, 2, 1, 3]) assert.equal(kept[index]?.text(), TEXTS[index]);
}

describe("textsInFile", () => {
  it("gives back every text exactly as it was put, whatever its characters and length", () => {
    const store = textsInFile(temporaryFolder());
    roundTrip(store);
    store.close();
  });

  it("leaves no file in its folder, even before it is closed", () => {
    const folder = temporaryFolder();
    const store = textsInFile(folder);
    store.put("<p>Kept.</p>");
    assert.deepEqual(readdirSync(folder), []);
    store.close();
  });

  it("refuses to read a text once closed", () => {
    const store = textsInFile(temporaryFolder());
    const kept = store.put("<p>Kept.</p>");
    store.close();
    assert.throws(() => kept.text(), /closed/);
  });
});

describe("StoredText in JSON", () => {
  it("is its text's hash, the same in memory and in a file, and differs when the text does", () => {
    const file = textsInFile(temporaryFolder());
    const memory = textsInMemory();
    const inFile = JSON.stringify({ html: file.put("<p>A.</p>") });
    assert.equal(inFile, JSON.stringify({ html: memory.put("<p>A.</p>") }));
    assert.notEqual(inFile, JSON.stringify({ html: memory.put("<p>B.</p>") }));
    assert.doesNotMatch(inFile, /<p>/);
    file.close();
  });
});

describe("textsInMemory", () => {
  it("gives back every text exactly as it was put", () => {
    roundTrip(textsInMemory());
  });
});

describe("a text put that is already stored", () => {
  const encoded = (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    return new EncodedText(textHash(bytes), bytes);
  };

  it("keeps an encoded text's bytes and hash, in a file and in memory, and gives back its text", () => {
    for (const store of [textsInFile(temporaryFolder()), textsInMemory()]) {
      const kept = TEXTS.map((text) => store.put(encoded(text)));
      for (const [index, text] of TEXTS.entries()) {
        assert.equal(kept[index]?.text(), text);
        assert.equal(kept[index]?.hash, store.put(text).hash);
      }
      store.close();
    }
  });

  it("copies from another store the text and its hash, which is what hashing the text gives", () => {
    const first = textsInFile(temporaryFolder());
    const second = textsInFile(temporaryFolder());
    const copied = second.put(first.put(TEXTS[2] ?? ""));
    first.close();
    assert.equal(copied.text(), TEXTS[2]);
    assert.equal(copied.hash, textHash(TEXTS[2] ?? ""));
    second.close();
  });

  it("keeps a text that lies in a range of a file where it is, in a file store, and copies it in memory", () => {
    const bytes = Buffer.from(`head${TEXTS[2]}tail`, "utf8");
    let reads = 0;
    const range = {
      length: bytes.length,
      read: (start: number, length: number) => {
        reads++;
        return bytes.subarray(start, start + length);
      },
    };
    const inRange = new TextInRange(textHash(TEXTS[2] ?? ""), range, 4, bytes.length - 8);
    const files = textsInFile(temporaryFolder());
    assert.equal(files.put(inRange), inRange);
    assert.equal(reads, 0, "nothing is read to keep it");
    assert.equal(inRange.text(), TEXTS[2]);
    const memory = textsInMemory().put(inRange);
    bytes.fill(0);
    assert.equal(memory.text(), TEXTS[2], "the memory store's copy does not depend on the file");
    files.close();
  });

  it("hashes a string and its UTF-8 bytes alike", () => {
    for (const text of TEXTS) assert.equal(textHash(text), textHash(Buffer.from(text, "utf8")));
  });
});
