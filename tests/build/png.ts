import { readFileSync } from 'node:fs';

/** A PNG's width and height, from its IHDR chunk; throws on a file that is not a PNG. */
export function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  if (b.subarray(1, 4).toString() !== 'PNG') throw new Error(`${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}
