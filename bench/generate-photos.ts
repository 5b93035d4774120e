/**
 * `tsx bench/generate-photos.ts <corpus folder> <size>`: writes the newsroom corpus's lead photos
 * that are not there yet. A child process of ensureNewsroomCorpus, which stays synchronous like
 * ensureCorpus. Two photos are in flight: while sharp encodes one on its own threads, JavaScript
 * paints the next, so both cores work.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { newsroomPhotos } from "./newsroom-corpus.ts";
import { writePhoto } from "./photos.ts";

const IN_FLIGHT = 2;

async function main(): Promise<void> {
  const [dir, size] = process.argv.slice(2);
  if (!dir || !size) throw new Error("usage: generate-photos.ts <corpus folder> <size>");
  const missing = newsroomPhotos(Number(size)).filter((photo) => !existsSync(path.join(dir, photo.relative)));
  if (missing.length === 0) return;
  console.log(`Generating ${missing.length} photos in ${dir} (once; reused by later runs)`);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < missing.length) {
      const photo = missing[next] as (typeof missing)[number];
      next += 1;
      const written = await writePhoto(dir, photo);
      bytes += written;
      if (next % 100 === 0) console.log(`  ${next}/${missing.length}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const perPhoto = (value: number) => ((value * 1000) / missing.length).toFixed(0);
  console.log(
    `${missing.length} photos in ${seconds.toFixed(1)} s wall (${perPhoto(seconds)} ms each), ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (${perPhoto((cpu.user + cpu.system) / 1e6)} ms each), ` +
      `${(bytes / 2 ** 20).toFixed(0)} MiB (${((bytes * 1000) / missing.length / 2 ** 30).toFixed(2)} GiB per 1,000)`,
  );
}

await main();
