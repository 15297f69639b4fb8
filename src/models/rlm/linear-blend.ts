import { median } from "./sample.js";
import { PIPELINE_MARKER, textPieces } from "./vocabulary.js";

/**
 * One metric's linear estimate for one kind of input (with or without a pipeline): Σ count × c
 * over the blend's word pieces plus an intercept (the last coefficient), and how far the RLM's
 * samples move towards it (weight 0: not at all; 0.5: their median becomes the geometric mean of
 * the two).
 */
export interface LinearHead {
  metric: number;
  withPipeline: boolean;
  weight: number;
  coefficients: number[];
}

/** Weights tried when the blend is tuned on validation rows. */
export const BLEND_WEIGHTS = [0, 0.25, 0.5, 0.75] as const;

/** Relative strength of the ridge penalty (a share of each feature's own weighted sum of squares). */
const RIDGE = 1e-3;

/**
 * A linear model on word-piece counts blended into the RLM's samples. The RLM and such a model
 * err on different rows, so moving the samples part of the way towards the linear estimate
 * lowers the error where validation rows say it does; the samples' spread is kept (they are
 * scaled, not replaced), and each weight is chosen on validation rows.
 */
export class LinearBlend {
  private readonly index: Map<string, number>;

  constructor(
    readonly pieces: readonly string[],
    readonly heads: readonly LinearHead[],
  ) {
    this.index = new Map(pieces.map((p, i) => [p, i]));
    for (const head of heads) {
      if (head.coefficients.length !== pieces.length + 1) throw new RangeError(`a linear-blend head has ${head.coefficients.length} coefficients for ${pieces.length} pieces (expected ${pieces.length + 1})`);
    }
  }

  /**
   * Fits one head per non-negative metric and kind of input: weighted least squares of the value
   * on the counts of the `pieceCount` most frequent word pieces of the texts, weights 1/y² (so it
   * minimises relative error), with a small ridge. Every weight starts at 0.
   */
  static fit(texts: readonly string[], values: readonly (readonly (number | null)[])[], nonNegative: readonly boolean[], pieceCount: number): LinearBlend {
    const piecesOf = texts.map((t) => textPieces(t));
    const frequency = new Map<string, number>();
    for (const list of piecesOf) for (const p of list) frequency.set(p, (frequency.get(p) ?? 0) + 1);
    const pieces = [...frequency.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, pieceCount)
      .map(([p]) => p);
    const blend = new LinearBlend(pieces, []);
    const counts = piecesOf.map((list) => blend.countsOf(list));
    const heads: LinearHead[] = [];
    nonNegative.forEach((positive, metric) => {
      if (!positive) return;
      for (const withPipeline of [false, true]) {
        const rows = texts.flatMap((text, i) => {
          const y = values[i]?.[metric];
          return y === null || y === undefined || !Number.isFinite(y) || text.includes(PIPELINE_MARKER) !== withPipeline ? [] : [{ counts: counts[i] as Map<number, number>, y }];
        });
        if (rows.length === 0) continue;
        heads.push({ metric, withPipeline, weight: 0, coefficients: [...weightedRidge(rows, pieces.length + 1)] });
      }
    });
    return new LinearBlend(pieces, heads);
  }

  /** The same heads with other weights ("metric:withPipeline" → weight; others unchanged). */
  withWeights(weights: ReadonlyMap<string, number>): LinearBlend {
    return new LinearBlend(
      this.pieces,
      this.heads.map((h) => ({ ...h, weight: weights.get(headKey(h.metric, h.withPipeline)) ?? h.weight })),
    );
  }

  /** The linear estimate of every metric that has a head for this kind of input (at least 1). */
  estimates(text: string, metrics: number): (number | undefined)[] {
    const withPipeline = text.includes(PIPELINE_MARKER);
    const out: (number | undefined)[] = new Array(metrics).fill(undefined);
    let counts: Map<number, number> | undefined;
    for (const head of this.heads) {
      if (head.withPipeline !== withPipeline) continue;
      counts ??= this.countsOf(textPieces(text));
      let value = 0;
      for (const [j, c] of counts) value += c * (head.coefficients[j] as number);
      out[head.metric] = Math.max(value, 1);
    }
    return out;
  }

  /** The weight of a metric's head for this kind of input (0 without one). */
  weight(metric: number, withPipeline: boolean): number {
    return this.heads.find((h) => h.metric === metric && h.withPipeline === withPipeline)?.weight ?? 0;
  }

  /**
   * Moves one input's samples towards the estimates, in place: every sample of metric m is scaled
   * by (estimate / median)^weight, so the median becomes median^(1−w) × estimate^w.
   */
  apply(samples: number[][], estimates: readonly (number | undefined)[], withPipeline: boolean): void {
    estimates.forEach((estimate, metric) => {
      const w = this.weight(metric, withPipeline);
      if (estimate === undefined || w === 0 || samples.length === 0) return;
      const middle = median(samples.map((s) => s[metric] as number));
      if (!(middle > 0)) return;
      const factor = (estimate / middle) ** w;
      for (const sample of samples) sample[metric] = (sample[metric] as number) * factor;
    });
  }

  private countsOf(pieces: readonly string[]): Map<number, number> {
    const counts = new Map<number, number>([[this.pieces.length, 1]]);
    for (const p of pieces) {
      const j = this.index.get(p);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    return counts;
  }
}

export function headKey(metric: number, withPipeline: boolean): string {
  return `${metric}:${withPipeline}`;
}

/** Solves Σ w·f·fᵀ (+ ridge) β = Σ w·f·y with w = 1/max(y,1)² by Cholesky; f are sparse counts. */
function weightedRidge(rows: readonly { counts: Map<number, number>; y: number }[], n: number): Float64Array {
  const A = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (const { counts, y } of rows) {
    const w = 1 / Math.max(y, 1) ** 2;
    const entries = [...counts];
    for (const [i, ci] of entries) {
      b[i] = (b[i] as number) + w * ci * y;
      for (const [j, cj] of entries) A[i * n + j] = (A[i * n + j] as number) + w * ci * cj;
    }
  }
  for (let j = 0; j < n; j++) A[j * n + j] = (A[j * n + j] as number) + RIDGE * ((A[j * n + j] as number) || 1) + 1e-12;
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (L[i * n + k] as number) * (L[j * n + k] as number);
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / (L[j * n + j] as number);
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (L[i * n + k] as number) * (z[k] as number);
    z[i] = s / (L[i * n + i] as number);
  }
  const beta = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < n; k++) s -= (L[k * n + i] as number) * (beta[k] as number);
    beta[i] = s / (L[i * n + i] as number);
  }
  return beta;
}
