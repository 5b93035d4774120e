/**
 * Deterministic press-size photos for the newsroom corpus: smooth gradients, soft low-frequency
 * shapes and sensor-like noise, so that a JPEG of one compresses (and resizes) like a photograph
 * rather than like a flat test card. Pixels come from the seeded PRNG alone; sharp only encodes.
 */
import { mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { prng } from "./corpus.ts";

/** Press aspect ratios: 3:2 (most DSLRs), 4:3, 16:9. */
const ASPECTS = [
  [3, 2],
  [3, 2],
  [4, 3],
  [16, 9],
] as const;
/** Names the photos' generation: a change to how pixels are made must change it. */
export const PHOTO_VERSION = "1";
export const PHOTO_QUALITY = 85;
const GRID = 9;
const NOISE_TABLE = 1 << 16;
/** Out of 128: the noise spreads over ±36 levels at most, about 14 levels standard deviation. */
const NOISE_STRENGTH = 18;

export interface PhotoSpec {
  /** Path under the content folder, e.g. `images/world/harbour-quay-12.jpg`. */
  relative: string;
  seed: number;
  width: number;
  height: number;
}

type Random = () => number;
type Colour = [number, number, number];

/** Width 2,000–4,000 px in steps of 8, one of the press aspect ratios. */
export function photoSize(random: Random): { width: number; height: number } {
  const width = 2000 + 8 * Math.floor(random() * 251);
  const [across, down] = ASPECTS[Math.floor(random() * ASPECTS.length)] ?? [3, 2];
  return { width, height: Math.round((width * down) / across) };
}

function colour(random: Random, base: Colour, spread: number): Colour {
  return base.map((channel) => Math.max(0, Math.min(255, channel + (random() - 0.5) * spread))) as Colour;
}

/** A coarse grid of colours, sky-like at the top and ground-like at the bottom, interpolated later. */
function lightGrid(random: Random): Float32Array {
  const sky = colour(random, [150, 170, 195], 70);
  const ground = colour(random, [95, 88, 75], 60);
  const grid = new Float32Array(GRID * GRID * 3);
  for (let y = 0; y < GRID; y += 1) {
    const mix = y / (GRID - 1);
    for (let x = 0; x < GRID; x += 1) {
      for (let c = 0; c < 3; c += 1) {
        const value = (sky[c] ?? 0) * (1 - mix) + (ground[c] ?? 0) * mix + (random() - 0.5) * 36;
        grid[(y * GRID + x) * 3 + c] = value;
      }
    }
  }
  return grid;
}

/**
 * Bilinear interpolation of the grid over the whole image, the smooth light of a scene: per row the
 * grid is interpolated once, then each pixel adds a constant step within its grid cell.
 */
function paintGradient(pixels: Uint8ClampedArray, width: number, height: number, grid: Float32Array): void {
  const row = new Float32Array(GRID * 3);
  const cell = (width - 1) / (GRID - 1);
  for (let y = 0; y < height; y += 1) {
    const gy = (y * (GRID - 1)) / (height - 1);
    const y0 = Math.min(GRID - 2, Math.floor(gy));
    const fy = gy - y0;
    for (let i = 0; i < GRID * 3; i += 1) {
      row[i] = (grid[y0 * GRID * 3 + i] as number) * (1 - fy) + (grid[(y0 + 1) * GRID * 3 + i] as number) * fy;
    }
    let at = y * width * 3;
    for (let x0 = 0; x0 < GRID - 1; x0 += 1) {
      const from = Math.round(x0 * cell);
      const to = x0 === GRID - 2 ? width : Math.round((x0 + 1) * cell);
      let r = row[x0 * 3] as number;
      let g = row[x0 * 3 + 1] as number;
      let b = row[x0 * 3 + 2] as number;
      const dr = ((row[x0 * 3 + 3] as number) - r) / (to - from);
      const dg = ((row[x0 * 3 + 4] as number) - g) / (to - from);
      const db = ((row[x0 * 3 + 5] as number) - b) / (to - from);
      for (let x = from; x < to; x += 1) {
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
        at += 3;
        r += dr;
        g += dg;
        b += db;
      }
    }
  }
}

/** Soft-edged ellipses and upright blocks (people, buildings, boats), blended over the light. */
function paintShapes(pixels: Uint8ClampedArray, width: number, height: number, random: Random): void {
  const count = 5 + Math.floor(random() * 8);
  for (let shape = 0; shape < count; shape += 1) {
    const [red, green, blue] = colour(random, [105, 100, 95], 130);
    const cx = random() * width;
    const cy = height * (0.3 + random() * 0.7);
    const rx = width * (0.02 + random() * 0.08);
    const ry = rx * (random() < 0.5 ? 0.6 + random() : 1.5 + random() * 1.5);
    const ellipse = random() < 0.5;
    const left = Math.max(0, Math.floor(cx - rx));
    const right = Math.min(width, Math.ceil(cx + rx));
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, Math.ceil(cy + ry)); y += 1) {
      const dy = (y - cy) / ry;
      // Lit from above: the top of a shape is lighter than its foot.
      const light = 1.1 - 0.2 * dy;
      for (let x = left; x < right; x += 1) {
        const dx = (x - cx) / rx;
        const distance = ellipse ? dx * dx + dy * dy : Math.max(dx * dx, dy * dy);
        if (distance >= 1) continue;
        // Opaque inside, fading over the outer fifth: an edge a lens would blur.
        const alpha = Math.min(1, (1 - distance) * 5);
        const keep = 1 - alpha;
        const at = (y * width + x) * 3;
        pixels[at] = (pixels[at] as number) * keep + red * alpha * light;
        pixels[at + 1] = (pixels[at + 1] as number) * keep + green * alpha * light;
        pixels[at + 2] = (pixels[at + 2] as number) * keep + blue * alpha * light;
      }
    }
  }
}

/**
 * Luminance and a little chroma noise, roughly Gaussian, as a sensor at a newsroom's ISO adds (the
 * array clamps). Read from a seeded table at a random offset per row: drawing three numbers per
 * pixel would be most of the time, and JPEG codes each 8×8 block alone, so a repeating table costs
 * as many bytes as noise that never repeats.
 */
function addNoise(pixels: Uint8ClampedArray, width: number, random: Random): void {
  const table = noiseTable(Math.floor(random() * 2 ** 31));
  const mask = table.length - 1;
  const rowLength = width * 3;
  for (let start = 0; start < pixels.length; start += rowLength) {
    let index = Math.floor(random() * table.length);
    const end = start + rowLength;
    for (let at = start; at < end; at += 3) {
      const luma = table[index & mask] as number;
      const chroma = table[(index + 4099) & mask] as number;
      pixels[at] = (pixels[at] as number) + luma + (chroma >> 3);
      pixels[at + 1] = (pixels[at + 1] as number) + luma;
      pixels[at + 2] = (pixels[at + 2] as number) + luma - (chroma >> 3);
      index += 1;
    }
  }
}

function noiseTable(seed: number): Int8Array {
  const table = new Int8Array(NOISE_TABLE);
  let state = seed | 1;
  for (let index = 0; index < table.length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    // Sum of two uniform bytes: triangular, close enough to a sensor's Gaussian.
    table[index] = (((state & 255) + ((state >>> 8) & 255) - 255) * NOISE_STRENGTH) >> 7;
  }
  return table;
}

/** The raw RGB pixels of one photo. */
export function photoPixels(spec: PhotoSpec): Uint8ClampedArray {
  const random = prng(spec.seed);
  const pixels = new Uint8ClampedArray(spec.width * spec.height * 3);
  paintGradient(pixels, spec.width, spec.height, lightGrid(random));
  paintShapes(pixels, spec.width, spec.height, random);
  addNoise(pixels, spec.width, random);
  return pixels;
}

/**
 * Writes one photo as a baseline JPEG of press quality, under a temporary name first: a stopped
 * run leaves no half-written photo that a later run would take for a finished one.
 */
export async function writePhoto(dir: string, spec: PhotoSpec): Promise<number> {
  const file = path.join(dir, spec.relative);
  mkdirSync(path.dirname(file), { recursive: true });
  const raw = { width: spec.width, height: spec.height, channels: 3 as const };
  const partial = `${file}.partial`;
  const written = await sharp(photoPixels(spec), { raw }).jpeg({ quality: PHOTO_QUALITY }).toFile(partial);
  renameSync(partial, file);
  return written.size;
}
