/**
 * Deterministic photo-like test images for the image benchmarks: nothing is downloaded, and the
 * same seed gives the same pixels. A photo's bytes come from smooth areas (sky, walls), texture
 * at several scales (water, foliage), hard edges (buildings, masts) and sensor grain; each of
 * these is drawn here, since pure noise or flat colour would reward the wrong encoder settings.
 */
import sharp from "sharp";
import { prng } from "./corpus.ts";

export interface Photo {
  name: string;
  width: number;
  height: number;
  /** Raw RGB, 3 bytes a pixel. */
  pixels: Buffer;
}

/**
 * Smooth noise in [0, 1): random values on a coarse lattice, enlarged by libvips' bicubic resize
 * (fast, and smooth like interpolated noise), summed over octaves of halving cell size.
 */
async function valueNoise(width: number, height: number, cell: number, octaves: number, next: () => number): Promise<Float32Array> {
  const out = new Float32Array(width * height);
  let amplitude = 1;
  let total = 0;
  for (let octave = 0; octave < octaves; octave += 1) {
    const size = Math.max(2, cell >> octave);
    const columns = Math.ceil(width / size) + 1;
    const rows = Math.ceil(height / size) + 1;
    const lattice = Buffer.from(Array.from({ length: columns * rows }, () => Math.floor(next() * 256)));
    const layer = await sharp(lattice, { raw: { width: columns, height: rows, channels: 1 } })
      .resize(columns * size, rows * size, { kernel: "cubic" })
      .extract({ left: 0, top: 0, width, height })
      .raw()
      .toBuffer();
    for (let index = 0; index < out.length; index += 1) out[index] = (out[index] ?? 0) + ((layer[index] ?? 0) / 256) * amplitude;
    total += amplitude;
    amplitude *= 0.55;
  }
  for (let index = 0; index < out.length; index += 1) out[index] = (out[index] ?? 0) / total;
  return out;
}

interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  round: boolean;
  colour: [number, number, number];
}

function shapesOf(width: number, height: number, next: () => number): Shape[] {
  return Array.from({ length: 14 }, () => ({
    x: next() * width,
    y: height * (0.35 + next() * 0.5),
    w: width * (0.03 + next() * 0.15),
    h: height * (0.05 + next() * 0.3),
    round: next() < 0.4,
    colour: [40 + next() * 180, 40 + next() * 160, 40 + next() * 140],
  }));
}

function inside(shape: Shape, x: number, y: number): boolean {
  if (!shape.round) return x >= shape.x && x < shape.x + shape.w && y >= shape.y && y < shape.y + shape.h;
  const dx = (x - shape.x) / shape.w;
  const dy = (y - shape.y) / shape.h;
  return dx * dx + dy * dy < 0.25;
}

/** The last-drawn shape at the point, which hides those drawn before it. */
function topmost(shapes: readonly Shape[], x: number, y: number): Shape | undefined {
  for (let index = shapes.length - 1; index >= 0; index -= 1) {
    const shape = shapes[index];
    if (shape && inside(shape, x, y)) return shape;
  }
  return undefined;
}

/** A scene: sky gradient above a textured ground, shapes with hard edges, and grain. */
export async function photo(seed: number, width: number, height: number): Promise<Photo> {
  const next = prng(seed);
  const coarse = await valueNoise(width, height, 256, 5, next);
  const fine = await valueNoise(width, height, 24, 3, next);
  const shapes = shapesOf(width, height, next);
  const horizon = height * (0.3 + next() * 0.2);
  const sky: [number, number, number] = [90 + next() * 60, 130 + next() * 60, 190 + next() * 50];
  const ground: [number, number, number] = [60 + next() * 80, 70 + next() * 70, 40 + next() * 60];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    const onRow = shapes.filter((shape) => (shape.round ? Math.abs(y - shape.y) < shape.h / 2 : y >= shape.y && y < shape.y + shape.h));
    for (let x = 0; x < width; x += 1) {
      const index = y * width + x;
      const texture = (coarse[index] ?? 0) - 0.5;
      const detail = (fine[index] ?? 0) - 0.5;
      const grain = (next() + next() + next() - 1.5) * 6;
      const shape = topmost(onRow, x, y);
      for (let channel = 0; channel < 3; channel += 1) {
        let value: number;
        if (shape) value = shape.colour[channel]! * (1 + detail * 0.6) + texture * 30;
        else if (y < horizon) value = sky[channel]! * (0.75 + (0.35 * y) / horizon) + texture * 25;
        else value = ground[channel]! * (1 + texture * 0.9) + detail * 70;
        pixels[index * 3 + channel] = Math.max(0, Math.min(255, Math.round(value + grain)));
      }
    }
  }
  return { name: `photo-${seed}-${width}x${height}`, width, height, pixels };
}

/** The photos both image benchmarks use: landscape and portrait, 2,000 to 4,000 pixels wide. */
export const PHOTO_SIZES: readonly [number, number][] = [
  [3000, 2000],
  [4000, 2667],
  [2000, 3000],
];

/** A photo as a camera JPEG (quality 92), the kind of file editors upload. */
export async function photoJpeg(seed: number, width: number, height: number): Promise<Buffer> {
  const { pixels } = await photo(seed, width, height);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}
