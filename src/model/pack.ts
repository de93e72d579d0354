/**
 * Whole numbers as text, for the weights file. Written as JSON numbers the
 * weights cost about 1.9 bytes each gzipped; written this way, bucket by
 * bucket (linear.ts), about 1.2, so the 1 MB limit holds half as many again.
 *
 * A number is a little-endian varint in base 45 over printable ASCII
 * characters (`#` onwards, without the backslash, so JSON needs no escapes):
 * the first 45 are a last digit, the next 45 a digit with more to come
 * (`~`, the 91st, is never written).
 * Signed numbers are zigzagged first (0, -1, 1, -2 … → 0, 1, 2, 3 …).
 */
const DIGITS = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i))
  .filter((c) => c !== '\\')
  .join('');
const BASE = 45;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

export const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
export const unzigzag = (z: number) => (z & 1 ? -(z + 1) / 2 : z / 2);

/** Non-negative whole numbers as one string. */
export function pack(numbers: Iterable<number>): string {
  const out: string[] = [];
  for (let n of numbers) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pack takes whole numbers from 0 up, not ${n}`);
    while (n >= BASE) {
      out.push(DIGITS[BASE + (n % BASE)]);
      n = Math.floor(n / BASE);
    }
    out.push(DIGITS[n]);
  }
  return out.join('');
}

/** The numbers of `pack`. Throws on a character `pack` never writes. */
export function unpack(text: string): Float64Array {
  // Counted first, so the numbers go straight into one array (the weights file holds 1.2 million).
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const d = VALUE[text.charCodeAt(i)] ?? -1;
    if (d < 0 || d >= 2 * BASE) throw new Error(`not a packed number at ${i}`);
    if (d < BASE) count++;
  }
  if (text.length && (VALUE[text.charCodeAt(text.length - 1)] ?? -1) >= BASE) throw new Error('packed numbers end in the middle of one');
  const out = new Float64Array(count);
  let n = 0;
  let place = 1;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const d = VALUE[text.charCodeAt(i)];
    if (d < BASE) {
      out[k++] = n + d * place;
      n = 0;
      place = 1;
    } else {
      n += (d - BASE) * place;
      place *= BASE;
    }
  }
  return out;
}
