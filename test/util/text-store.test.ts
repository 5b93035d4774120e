import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { EncodedText, SpillFile, textHash, textsInFile, textsInMemory, type TextStore } from "../../src/util/text-store.ts";
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

describe("SpillFile", () => {
  it("gives back bytes still waiting to be written, bytes across its buffer's end and bytes longer than its buffer", () => {
    const file = new SpillFile(temporaryFolder());
    const sizes = [10, SpillFile.BUFFER_BYTES - 15, 40, SpillFile.BUFFER_BYTES * 2 + 3, 7, 0, 1_000];
    const kept = sizes.map((size, index) => {
      const bytes = Buffer.alloc(size, index + 1);
      const offset = file.append(bytes);
      // Read at once, before anything after it is appended: it may still be in the buffer.
      assert.deepEqual(file.read(offset, size), bytes);
      return { bytes, offset };
    });
    for (const { bytes, offset } of kept.reverse()) assert.deepEqual(file.read(offset, bytes.length), bytes);
    file.close();
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

  it("hashes a string and its UTF-8 bytes alike", () => {
    for (const text of TEXTS) assert.equal(textHash(text), textHash(Buffer.from(text, "utf8")));
  });
});
