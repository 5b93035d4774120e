/**
 * `npm run bench:encoders`: bytes, encode CPU time and quality of a grid of encoder settings per
 * format, to choose the settings in src/images/encoder-settings.ts. Deterministic photo-like images
 * (bench/photos.ts) are resized to the build's widths as the build does, then encoded with each
 * setting; quality is SSIM of the decoded file against the resized original, on luma (ssim.js),
 * at full resolution (no downsampling, so fine texture lost to compression counts). Encodes run one
 * at a time and CPU time is the process's user + system time around each, so other work on the
 * machine barely moves it; garbage is collected before each (the script runs with --expose-gc), so
 * that V8's background threads sweeping the last SSIM's arrays are not counted as encoding. Results print as Markdown tables and go to bench/results/encoders.json.
 * Flags: --photos=3 (how many of the photos, 1-3) --formats=jpeg,webp,avif --only=<text> (the
 * settings whose label contains it, e.g. --only="effort 3 4:2:0")
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { ssim } from "ssim.js";
import { IMAGE_WIDTHS } from "../src/images/responsive.ts";
import { ENCODER_SETTINGS } from "../src/images/encoder-settings.ts";
import { photo, PHOTO_SIZES } from "./encoder-photos.ts";

type Format = "jpeg" | "webp" | "avif";

interface Setting {
  format: Format;
  label: string;
  options: Record<string, unknown>;
}

interface Sample {
  width: number;
  height: number;
  /** The resized original, raw RGB. */
  rgb: Buffer;
  /** The same as RGBA, as ssim.js reads it. */
  rgba: Uint8ClampedArray;
}

interface Result {
  format: Format;
  label: string;
  options: Record<string, unknown>;
  bytes: number;
  cpuMs: number;
  ssim: number;
  /** sharp's own defaults, which the build used before settings were chosen. */
  sharpDefault: boolean;
  chosen: boolean;
}

const QUALITIES = { jpeg: [60, 70, 75, 80, 85], webp: [60, 70, 75, 80, 85], avif: [40, 50, 52, 55, 60, 65] };
/** sharp's defaults: JPEG quality 80 baseline, WebP quality 80 effort 4, AVIF quality 50 effort 4 in 4:4:4. */
const SHARP_DEFAULTS: Record<Format, string> = { jpeg: "q80 baseline", webp: "q80 effort 4", avif: "q50 effort 4 4:4:4" };

function grid(formats: readonly Format[]): Setting[] {
  const settings: Setting[] = [];
  const add = (format: Format, label: string, options: Record<string, unknown>) => {
    if (formats.includes(format)) settings.push({ format, label, options });
  };
  for (const quality of QUALITIES.jpeg) {
    add("jpeg", `q${quality} baseline`, { quality });
    add("jpeg", `q${quality} progressive`, { quality, progressive: true });
    add("jpeg", `q${quality} mozjpeg`, { quality, mozjpeg: true });
  }
  for (const quality of QUALITIES.webp) {
    for (const effort of [2, 4, 6]) add("webp", `q${quality} effort ${effort}`, { quality, effort });
  }
  for (const quality of QUALITIES.avif) {
    for (const effort of [0, 2, 3, 4, 6]) {
      for (const chromaSubsampling of ["4:2:0", "4:4:4"]) {
        add("avif", `q${quality} effort ${effort} ${chromaSubsampling}`, { quality, effort, chromaSubsampling });
      }
    }
  }
  return settings;
}

/** Each photo at each of the build's widths, resized as eleventy-img does (sharp's default kernel). */
async function samples(count: number): Promise<Sample[]> {
  const result: Sample[] = [];
  for (const [index, [width, height]] of PHOTO_SIZES.slice(0, count).entries()) {
    const source = await photo(index + 1, width, height);
    for (const target of IMAGE_WIDTHS) {
      const { data, info } = await sharp(source.pixels, { raw: { width, height, channels: 3 } })
        .resize({ width: target })
        .raw()
        .toBuffer({ resolveWithObject: true });
      result.push({ width: info.width, height: info.height, rgb: data, rgba: await rgbaOf(data, info.width, info.height) });
    }
  }
  return result;
}

async function rgbaOf(input: Buffer, width: number, height: number, encoded = false): Promise<Uint8ClampedArray> {
  const image = encoded ? sharp(input) : sharp(input, { raw: { width, height, channels: 3 } });
  const data = await image.ensureAlpha().raw().toBuffer();
  return new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
}

async function measure(setting: Setting, all: readonly Sample[]): Promise<Omit<Result, "sharpDefault" | "chosen">> {
  let bytes = 0;
  let cpuMs = 0;
  let quality = 0;
  for (const sample of all) {
    const image = sharp(sample.rgb, { raw: { width: sample.width, height: sample.height, channels: 3 } }).toFormat(
      setting.format,
      setting.options,
    );
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.cpuUsage();
    const encoded = await image.toBuffer();
    const used = process.cpuUsage(before);
    cpuMs += (used.user + used.system) / 1000;
    bytes += encoded.length;
    const decoded = await rgbaOf(encoded, sample.width, sample.height, true);
    const score = ssim(
      { data: sample.rgba, width: sample.width, height: sample.height },
      { data: decoded, width: sample.width, height: sample.height },
      { downsample: false },
    );
    quality += score.mssim;
  }
  return { format: setting.format, label: setting.label, options: setting.options, bytes, cpuMs, ssim: quality / all.length };
}

function isChosen(result: Omit<Result, "sharpDefault" | "chosen">): boolean {
  const chosen: Record<string, unknown> = ENCODER_SETTINGS[result.format];
  const keys = new Set([...Object.keys(chosen), ...Object.keys(result.options)]);
  return [...keys].every((key) => chosen[key] === result.options[key]);
}

function table(results: readonly Result[]): string {
  const base = results.find((result) => result.sharpDefault);
  const percent = (value: number, of: number | undefined) => (of ? `${Math.round((value / of - 1) * 100)}%` : "");
  const lines = [
    "| setting | KB | vs default | CPU ms | vs default | SSIM | |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...results.map(
      (result) =>
        `| ${result.label} | ${Math.round(result.bytes / 1024)} | ${percent(result.bytes, base?.bytes)} | ${Math.round(result.cpuMs)} | ${percent(result.cpuMs, base?.cpuMs)} | ${result.ssim.toFixed(4)} | ${[result.sharpDefault ? "sharp default" : "", result.chosen ? "**chosen**" : ""].filter(Boolean).join(", ")} |`,
    ),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      photos: { type: "string", default: "3" },
      formats: { type: "string", default: "jpeg,webp,avif" },
      only: { type: "string", default: "" },
    },
  });
  const formats = (values.formats ?? "").split(",") as Format[];
  const all = await samples(Number(values.photos));
  console.log(
    `${all.length} images (${all.map((sample) => `${sample.width}x${sample.height}`).join(", ")}), sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}`,
  );
  const results: Result[] = [];
  for (const setting of grid(formats).filter((candidate) => candidate.label.includes(values.only ?? ""))) {
    const measured = await measure(setting, all);
    results.push({ ...measured, sharpDefault: SHARP_DEFAULTS[setting.format] === setting.label, chosen: isChosen(measured) });
    process.stderr.write(
      `${setting.format} ${setting.label}: ${measured.bytes} B, ${Math.round(measured.cpuMs)} ms, SSIM ${measured.ssim.toFixed(4)}\n`,
    );
  }
  for (const format of formats) console.log(`\n### ${format}\n\n${table(results.filter((result) => result.format === format))}`);
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "encoders.json"), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
