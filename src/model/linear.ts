/**
 * One-vs-rest logistic regression over hashed sentence features: one linear
 * model per category, stored sparsely. The trainer (train.ts) writes it, the
 * engine reads it; both score with this file, so what is measured is what
 * ships.
 */
import type { Word } from '../engine/parse';
import { DIM, featuresOf, hash, vectorOf, vectorize, type Feature, type Vector } from './features';
import { pack, unpack, unzigzag, zigzag } from './pack';

/** The committed weights file (src/model/weights.json). */
export interface WeightsFile {
  /** What it was trained on, and how; the file's header (STYLE.md). */
  about: string;
  /** The labelled sets it was trained on, in order. */
  trainedOn: string[];
  categories: string[];
  bias: number[];
  /** Per category, the probability above which a sentence counts (from cross-validation). */
  threshold: number[];
  /** Weights are stored as integers: multiply by this. */
  quantum: number;
  /**
   * The stored buckets in order, as packed numbers (pack.ts): each bucket's
   * distance from the one before, which categories it has a weight for (a bit
   * each), and those weights, quantised and zigzagged, bucket after bucket.
   */
  rows: { gaps: string; categories: string; weights: string };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class LinearModel {
  private constructor(
    readonly categories: readonly string[],
    readonly bias: Float64Array,
    /**
     * bucket → 1 + its row in `weights`, 0 for a bucket with no weight: one
     * array read a feature. (A Map of one Float32Array a bucket cost a hash
     * look-up a feature and some 75,000 small objects to build.)
     */
    private readonly index: Int32Array,
    /** One weight per category for each stored bucket, row after row. */
    private readonly weights: Float32Array,
    readonly threshold: Float64Array,
  ) {}

  /** From rows of weights by bucket. */
  private static fromRows(categories: readonly string[], bias: Float64Array, rows: Map<number, Float32Array>, threshold: Float64Array): LinearModel {
    const C = categories.length;
    const index = new Int32Array(DIM);
    const weights = new Float32Array(rows.size * C);
    let n = 0;
    for (const [j, row] of rows) {
      weights.set(row, n * C);
      index[j] = ++n;
    }
    return new LinearModel(categories, bias, index, weights, threshold);
  }

  static fromFile(f: WeightsFile): LinearModel {
    const C = f.categories.length;
    const gaps = unpack(f.rows.gaps);
    const masks = unpack(f.rows.categories);
    const values = unpack(f.rows.weights);
    const index = new Int32Array(DIM);
    const weights = new Float32Array(gaps.length * C);
    let at = 0;
    let v = 0;
    for (let r = 0; r < gaps.length; r++) {
      at += gaps[r];
      index[at] = r + 1;
      for (let c = 0; c < C; c++) if ((masks[r] >> c) & 1) weights[r * C + c] = unzigzag(values[v++]) * f.quantum;
    }
    if (masks.length !== gaps.length || v !== values.length) throw new Error('weights file: its rows do not match their weights');
    return new LinearModel(f.categories, Float64Array.from(f.bias), index, weights, Float64Array.from(f.threshold));
  }

  /** The weights of one bucket (a view, no copy), or undefined. */
  private row(j: number): Float32Array | undefined {
    const r = this.index[j];
    if (!r) return undefined;
    const C = this.categories.length;
    return this.weights.subarray((r - 1) * C, r * C);
  }

  /** Every stored bucket with its weights, in bucket order. */
  private *rows(): Generator<[number, Float32Array]> {
    for (let j = 0; j < DIM; j++) if (this.index[j]) yield [j, this.row(j)!];
  }

  /** From dense trained weights (`w[c * dim + bucket]`), already pruned and quantised (fit.ts): the non-zero ones. */
  static fromDense(categories: readonly string[], w: Float32Array, dim: number, bias: ArrayLike<number>): LinearModel {
    const C = categories.length;
    const rows = new Map<number, Float32Array>();
    for (let c = 0; c < C; c++) {
      for (let j = 0; j < dim; j++) {
        const v = w[c * dim + j];
        if (!v) continue;
        let row = rows.get(j);
        if (!row) rows.set(j, (row = new Float32Array(C)));
        row[c] = v;
      }
    }
    return LinearModel.fromRows(categories, Float64Array.from(bias), rows, new Float64Array(C).fill(0.5));
  }

  withThresholds(t: ArrayLike<number>): LinearModel {
    return new LinearModel(this.categories, this.bias, this.index, this.weights, Float64Array.from(t));
  }

  toFile(about: string, trainedOn: string[], quantum: number): WeightsFile {
    const gaps: number[] = [];
    const masks: number[] = [];
    const values: number[] = [];
    let last = 0;
    for (const [j, row] of this.rows()) {
      const q = [...row].map((w) => Math.round(w / quantum));
      if (q.every((x) => !x)) continue;
      gaps.push(j - last);
      masks.push(q.reduce((m, x, c) => (x ? m | (1 << c) : m), 0));
      values.push(...q.filter((x) => x).map(zigzag));
      last = j;
    }
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return {
      about,
      trainedOn,
      categories: [...this.categories],
      bias: [...this.bias].map(round),
      threshold: [...this.threshold].map(round),
      quantum,
      rows: { gaps: pack(gaps), categories: pack(masks), weights: pack(values) },
    };
  }

  /** The number of stored weights (for the header and the tests). */
  get size(): number {
    let n = 0;
    for (const v of this.weights) if (v) n++;
    return n;
  }

  /** The probability of each category for one vector. */
  probabilities(v: Vector): Float64Array {
    const z = Float64Array.from(this.bias);
    const C = z.length;
    const { index, weights } = this;
    for (const j of v.idx) {
      const r = index[j];
      if (!r) continue;
      const at = (r - 1) * C;
      for (let c = 0; c < C; c++) z[c] += weights[at + c] * v.scale;
    }
    for (let c = 0; c < z.length; c++) z[c] = sigmoid(z[c]);
    return z;
  }

  /** Probabilities of one sentence. */
  score(text: string, words: readonly Word[], context: string): Float64Array {
    return this.probabilities(vectorOf(text, words, context));
  }

  /**
   * How much each word pushed the sentence towards category `c`: every
   * feature's weight is shared among the words it came from.
   */
  wordWeights(text: string, words: readonly Word[], context: string, c: number): number[] {
    const features: Feature[] = featuresOf(text, words, context);
    const scale = vectorize(features).scale;
    const seen = new Set<number>();
    const out = new Array<number>(words.length).fill(0);
    for (const f of features) {
      const j = hash(f.key);
      if (seen.has(j) || !f.words.length) continue;
      seen.add(j);
      const w = this.row(j)?.[c] ?? 0;
      for (const i of f.words) out[i] += (w * scale) / f.words.length;
    }
    return out;
  }
}
