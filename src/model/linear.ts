/**
 * One-vs-rest logistic regression over hashed sentence features: one linear
 * model per category, stored sparsely. The trainer (train.ts) writes it, the
 * engine reads it; both score with this file, so what is measured is what
 * ships.
 */
import type { Word } from '../engine/parse';
import { DIM, featuresOf, hash, vectorOf, vectorize, type Feature, type Vector } from './features';

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
  /** Per category: sorted buckets, delta-encoded, and their quantised weights. */
  sparse: { idx: number[]; val: number[] }[];
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
    // Two passes over the file: number the buckets, then fill in their weights.
    const index = new Int32Array(DIM);
    let n = 0;
    for (const { idx } of f.sparse) {
      let at = 0;
      for (let i = 0; i < idx.length; i++) {
        at += idx[i];
        if (!index[at]) index[at] = ++n;
      }
    }
    const weights = new Float32Array(n * C);
    f.sparse.forEach(({ idx, val }, c) => {
      let at = 0;
      for (let i = 0; i < idx.length; i++) {
        at += idx[i];
        weights[(index[at] - 1) * C + c] = val[i] * f.quantum;
      }
    });
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

  /**
   * From dense trained weights (`w[c * dim + bucket]`), keeping the weights
   * whose size is at least `prune`, quantised to `quantum`.
   */
  static fromDense(categories: readonly string[], w: Float32Array, dim: number, bias: ArrayLike<number>, prune: number, quantum: number): LinearModel {
    const C = categories.length;
    const rows = new Map<number, Float32Array>();
    for (let c = 0; c < C; c++) {
      for (let j = 0; j < dim; j++) {
        const v = w[c * dim + j];
        if (Math.abs(v) < prune) continue;
        let row = rows.get(j);
        if (!row) rows.set(j, (row = new Float32Array(C)));
        row[c] = Math.round(v / quantum) * quantum;
      }
    }
    return LinearModel.fromRows(categories, Float64Array.from(bias), rows, new Float64Array(C).fill(0.5));
  }

  withThresholds(t: ArrayLike<number>): LinearModel {
    return new LinearModel(this.categories, this.bias, this.index, this.weights, Float64Array.from(t));
  }

  toFile(about: string, trainedOn: string[], quantum: number): WeightsFile {
    const sparse = this.categories.map((_, c) => {
      const idx: number[] = [];
      const val: number[] = [];
      let last = 0;
      for (const [j, row] of this.rows()) {
        const q = Math.round(row[c] / quantum);
        if (!q) continue;
        idx.push(j - last);
        val.push(q);
        last = j;
      }
      return { idx, val };
    });
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return { about, trainedOn, categories: [...this.categories], bias: [...this.bias].map(round), threshold: [...this.threshold].map(round), quantum, sparse };
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
