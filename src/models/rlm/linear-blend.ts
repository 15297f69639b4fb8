import { median } from "./sample.js";
import { CODEGEN_KEYS, codegenFeatures } from "./codegen-features.js";
import { PIPELINE_MARKER, readInput, textPieces, type InputPieces } from "./vocabulary.js";

/**
 * One metric's linear estimate for one kind of input (with or without a pipeline): Σ count × c
 * over the head's feature keys plus an intercept (the last coefficient), and how far the RLM's
 * samples move towards it (weight 0: not at all; 0.5: their median becomes the geometric mean of
 * the two).
 */
export interface LinearHead {
  metric: number;
  withPipeline: boolean;
  weight: number;
  /** What the head counts (see BlendFeatures); `keys` name its coefficients, in order. */
  features: BlendFeatures;
  keys: string[];
  coefficients: number[];
}

/** Weights tried when the blend is tuned on validation rows. */
export const BLEND_WEIGHTS = [0, 0.25, 0.5, 0.75] as const;

/** Relative strength of the ridge penalty (a share of each feature's own weighted sum of squares). */
const RIDGE = 1e-3;

/**
 * What a head counts. "segments": word pieces keyed by the part of the IR they are in — function
 * bodies as they are, the rest as `D:piece` (a declaration costs no code) — plus adjacent pairs
 * of the function bodies' pieces (`a b`: a byte load, shift and or that llc folds into one load
 * costs less than its parts). "pieces": the word pieces of the whole text, pipeline included.
 * Measured on the validation split (sqlite3): segments and pairs lower the error without a
 * pipeline (16-sample medians 0.077 → 0.067), while after a pipeline whole-text pieces do better
 * (0.117 against 0.121 with segments); triples of pieces as well did not help (0.069).
 * "code": the function bodies' pieces and pairs without the declarations' pieces (the whole
 * text's when it has no function bodies, as C or assembly has not), plus the features of
 * codegen-features.ts (data bytes, callee-saved registers, far stack slots, immediates, jump
 * tables), which replaced "segments" without a pipeline (ridge alone on sqlite3: 0.068 → 0.062;
 * on libogg 0.057 → 0.051).
 * "scaled" (after a pipeline): the IR's "code" features plus each pipeline piece counted as the
 * metric's estimate without a pipeline (the head without a pipeline's), so a pass's effect grows
 * with the module instead of being a constant number of bytes.
 */
export type BlendFeatures = "pieces" | "segments" | "code" | "scaled";

/** What a head counts of the text itself: a "scaled" head counts the IR as "code" does (its pipeline part is apart). */
type TextFeatures = Exclude<BlendFeatures, "scaled">;

function textFeaturesOf(features: BlendFeatures): TextFeatures {
  return features === "scaled" ? "code" : features;
}

/** Which features the heads for each kind of input count when a blend is fitted. */
function featuresFor(withPipeline: boolean, counts: BlendFeatureCounts): BlendFeatures {
  if (withPipeline) return counts.scaled ? "scaled" : "pieces";
  return counts.codegen ? "code" : "segments";
}

interface FeatureKeys {
  single: string[];
  /** Adjacent pairs of code pieces ("segments" and "code"). */
  pairs: string[];
}

/** The feature keys of a text, each occurrence once (see BlendFeatures). */
export function blendFeatureKeys(text: string, features: TextFeatures): FeatureKeys {
  return keysOfPieces(readInput(text), features);
}

const MARKER_PIECES = textPieces(PIPELINE_MARKER);

/** The feature keys of an input already read into pieces (the fit reads IR texts, estimates read pieces). */
function keysOfPieces(input: InputPieces, features: TextFeatures): FeatureKeys {
  if (features === "segments") return segmentKeys(input.code, input.declarations);
  // Text without function bodies (C, assembly, anything but IR) is all code.
  if (features === "code") return segmentKeys(input.code.length > 0 ? input.code : input.declarations, []);
  // The whole text's pieces: pieces never span a line break, so the IR's are its segments' pieces.
  return { single: [...input.code, ...input.declarations, ...(input.pipeline === null ? [] : [...MARKER_PIECES, ...input.pipeline])], pairs: [] };
}

/**
 * Keys counted other than once per occurrence, with their counts: codegenFeatures' ("code" only).
 * Apart from blendFeatureKeys because a fit ranks keys by frequency first, and these keys are
 * always all of CODEGEN_KEYS, so it reads them only when it counts.
 */
function weightedKeys(ir: string, features: TextFeatures): [string, number][] {
  return features === "code" ? [...codegenFeatures(ir)] : [];
}

/** An input's IR and the rest: the pipeline marker and the pipeline ("" without one). */
function splitAtMarker(text: string): { ir: string; tail: string } {
  const at = text.indexOf(PIPELINE_MARKER);
  return at < 0 ? { ir: text, tail: "" } : { ir: text.slice(0, at), tail: text.slice(at) };
}

/**
 * The keys of the marker and pipeline: none for "segments"; for "pieces" their word pieces, which
 * follow the IR's in the whole text's (pieces never span whitespace and the marker starts with a
 * newline).
 */
function tailKeys(tail: string, features: TextFeatures): string[] {
  return tail === "" || features !== "pieces" ? [] : textPieces(tail);
}

function segmentKeys(codePieces: readonly string[], declarationPieces: readonly string[]): FeatureKeys {
  return {
    single: [...codePieces, ...declarationPieces.map((p) => `D:${p}`)],
    pairs: codePieces.slice(1).map((p, i) => `${codePieces[i] as string} ${p}`),
  };
}

/**
 * A linear model on word-piece counts blended into the RLM's samples. The RLM and such a model
 * err on different rows, so moving the samples part of the way towards the linear estimate
 * lowers the error where validation rows say it does; the samples' spread is kept (they are
 * scaled, not replaced), and each weight is chosen on validation rows.
 */
export class LinearBlend {
  private readonly indexes: Map<string, number>[];

  constructor(readonly heads: readonly LinearHead[]) {
    for (const head of heads) {
      if (head.coefficients.length !== head.keys.length + 1) throw new RangeError(`a linear-blend head has ${head.coefficients.length} coefficients for ${head.keys.length} features (expected ${head.keys.length + 1})`);
    }
    this.indexes = heads.map((h) => new Map(h.keys.map((k, i) => [k, i])));
  }

  /**
   * Fits one head per non-negative metric and kind of input: weighted least squares of the value
   * on the counts of the `pieces` most frequent word pieces (and, for "segments" and "code"
   * features, the `pairs` most frequent pairs; for "code", the codegen features too) of that
   * kind's texts, weights 1/y² (so it minimises relative error), with a small ridge. Every weight
   * starts at 0.
   */
  static fit(texts: readonly string[], values: readonly (readonly (number | null)[])[], nonNegative: readonly boolean[], counts: BlendFeatureCounts): LinearBlend {
    const heads: LinearHead[] = [];
    for (const withPipeline of [false, true]) {
      let features = featuresFor(withPipeline, counts);
      // "scaled" counts pipeline pieces as each metric's estimate without a pipeline: it needs those heads.
      const scalable = nonNegative.every((positive, metric) => !positive || heads.some((h) => !h.withPipeline && h.metric === metric));
      if (features === "scaled" && !scalable) features = "pieces";
      const rows = texts.flatMap((text, i) => (text.includes(PIPELINE_MARKER) === withPipeline ? [i] : []));
      if (rows.length === 0) continue;
      const rowTexts = rows.map((i) => texts[i] as string);
      const table = featureTable(rowTexts, textFeaturesOf(features), counts);
      const scaling = features === "scaled" ? scaledPipelines(rowTexts, new LinearBlend(heads), nonNegative.length) : undefined;
      nonNegative.forEach((positive, metric) => {
        if (!positive) return;
        const { keys, countsOf } = scaling === undefined ? table : withScaledPipeline(table, scaling, metric);
        const fitted = rows.flatMap((i, r) => {
          const y = values[i]?.[metric];
          return y === null || y === undefined || !Number.isFinite(y) ? [] : [{ counts: countsOf[r] as Map<number, number>, y }];
        });
        if (fitted.length > 0) heads.push({ metric, withPipeline, weight: 0, features, keys, coefficients: [...weightedRidge(fitted, keys.length + 1)] });
      });
    }
    return new LinearBlend(heads);
  }

  /** The same heads with other weights (headKey → weight; others unchanged). */
  withWeights(weights: ReadonlyMap<string, number>): LinearBlend {
    return new LinearBlend(this.heads.map((h) => ({ ...h, weight: weights.get(headKey(h.metric, h.withPipeline)) ?? h.weight })));
  }

  /** The linear estimate of every metric that has a head for this kind of input (at least 1). */
  estimates(text: string, metrics: number): (number | undefined)[] {
    return this.estimatesOf(readInput(text), metrics);
  }

  /** `estimates` of an input already read into pieces (the RLM reads each input once). */
  estimatesOf(input: InputPieces, metrics: number): (number | undefined)[] {
    const withPipeline = input.pipeline !== null;
    const out: (number | undefined)[] = new Array(metrics).fill(undefined);
    const keysOf = new Map<TextFeatures, FeatureKeys & { weighted: [string, number][] }>();
    this.heads.forEach((head, h) => {
      if (head.withPipeline === withPipeline) out[head.metric] = this.headEstimate(h, input, keysOf);
    });
    return out;
  }

  /** The weight of a metric's head for this kind of input (0 without one). */
  weight(metric: number, withPipeline: boolean): number {
    return this.heads.find((h) => h.metric === metric && h.withPipeline === withPipeline)?.weight ?? 0;
  }

  /** One head's estimate (at least 1); `keysOf` keeps the input's keys per kind of features between heads. */
  private headEstimate(h: number, input: InputPieces, keysOf: Map<TextFeatures, FeatureKeys & { weighted: [string, number][] }>): number {
    const head = this.heads[h] as LinearHead;
    // A "scaled" head's pipeline pieces are counted below.
    const kind = textFeaturesOf(head.features);
    let keys = keysOf.get(kind);
    if (keys === undefined) keysOf.set(kind, (keys = { ...keysOfPieces(input, kind), weighted: weightedKeys(input.ir, kind) }));
    let value = head.coefficients[head.keys.length] as number;
    const index = this.indexes[h] as Map<string, number>;
    for (const list of [keys.single, keys.pairs]) {
      for (const key of list) {
        const j = index.get(key);
        if (j !== undefined) value += head.coefficients[j] as number;
      }
    }
    for (const [key, count] of keys.weighted) {
      const j = index.get(key);
      if (j !== undefined) value += count * (head.coefficients[j] as number);
    }
    if (head.features === "scaled" && input.pipeline !== null) {
      const base = this.heads.findIndex((b) => !b.withPipeline && b.metric === head.metric);
      const scale = base < 0 ? 1 : this.headEstimate(base, input, keysOf);
      for (const piece of input.pipeline) {
        const j = index.get(`${SCALED}${piece}`);
        if (j !== undefined) value += scale * (head.coefficients[j] as number);
      }
    }
    return Math.max(value, 1);
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
}

/**
 * How many of the most frequent word pieces and of their pairs a blend counts, and whether its
 * heads without a pipeline count "code" features (else "segments").
 */
export interface BlendFeatureCounts {
  pieces: number;
  pairs: number;
  codegen: boolean;
  /** After a pipeline, count "scaled" features instead of whole-text pieces. */
  scaled?: boolean;
}

/** Key prefix of a pipeline piece counted as the estimate without a pipeline ("scaled"). */
const SCALED = "S:";

/** What "scaled" heads count beyond the IR's features: each text's pipeline pieces and its IR's estimates without a pipeline. */
interface ScaledPipelines {
  /** Every pipeline piece of the texts, most frequent first. */
  pieces: string[];
  pipelines: string[][];
  /** Per text, each metric's estimate without a pipeline (1 where there is none). */
  scales: number[][];
}

/** Reads the texts' pipelines, and estimates each distinct IR once with `base` (the heads without a pipeline). */
function scaledPipelines(texts: readonly string[], base: LinearBlend, metrics: number): ScaledPipelines {
  const parts = texts.map(splitAtMarker);
  const pipelines = parts.map(({ tail }) => textPieces(tail.slice(PIPELINE_MARKER.length)));
  const frequency = new Map<string, number>();
  for (const pieces of pipelines) for (const piece of pieces) frequency.set(piece, (frequency.get(piece) ?? 0) + 1);
  const byIr = new Map<string, number[]>();
  const scales = parts.map(({ ir }) => {
    let scale = byIr.get(ir);
    if (scale === undefined) byIr.set(ir, (scale = base.estimates(ir, metrics).map((estimate) => estimate ?? 1)));
    return scale;
  });
  return { pieces: mostFrequent(frequency, frequency.size), pipelines, scales };
}

/**
 * A "scaled" head's table for one metric: the IR's features, then every pipeline piece counted as
 * the metric's estimate of the text's IR without a pipeline, once per occurrence.
 */
function withScaledPipeline(table: { keys: string[]; countsOf: Map<number, number>[] }, scaling: ScaledPipelines, metric: number): { keys: string[]; countsOf: Map<number, number>[] } {
  const extra = scaling.pieces.map((piece) => `${SCALED}${piece}`);
  const keys = [...table.keys, ...extra];
  // The intercept stays the last coefficient: move it behind the new keys.
  const intercept = table.keys.length;
  const index = new Map(scaling.pieces.map((piece, j) => [piece, intercept + j]));
  const countsOf = table.countsOf.map((own, r) => {
    const scale = scaling.scales[r]?.[metric] ?? 1;
    const counts = new Map<number, number>();
    for (const [j, count] of own) counts.set(j === intercept ? keys.length : j, count);
    for (const piece of scaling.pipelines[r] as string[]) {
      const j = index.get(piece) as number;
      counts.set(j, (counts.get(j) ?? 0) + scale);
    }
    return counts;
  });
  return { keys, countsOf };
}

/**
 * The feature keys the texts' heads count (the most frequent single keys, then pairs) and each
 * text's sparse counts of them, the intercept's 1 included. Texts share their IR (unoptimized and
 * after several pipelines), so each IR is read once and counted as often as it occurs; keys are
 * read twice (frequencies, then counts) rather than kept.
 */
function featureTable(texts: readonly string[], features: TextFeatures, counts: BlendFeatureCounts): { keys: string[]; countsOf: Map<number, number>[] } {
  const parts = texts.map(splitAtMarker);
  const irUses = new Map<string, number>();
  for (const { ir } of parts) irUses.set(ir, (irUses.get(ir) ?? 0) + 1);
  const singleFrequency = new Map<string, number>();
  const pairFrequency = new Map<string, number>();
  const tally = (frequency: Map<string, number>, keys: readonly string[], times: number) => {
    for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + times);
  };
  for (const [ir, uses] of irUses) {
    const keys = blendFeatureKeys(ir, features);
    tally(singleFrequency, keys.single, uses);
    tally(pairFrequency, keys.pairs, uses);
  }
  for (const { tail } of parts) tally(singleFrequency, tailKeys(tail, features), 1);
  const keys = [...mostFrequent(singleFrequency, counts.pieces), ...mostFrequent(pairFrequency, counts.pairs), ...(features === "code" ? CODEGEN_KEYS : [])];
  const index = new Map(keys.map((k, i) => [k, i]));
  const add = (target: Map<number, number>, list: readonly string[], weighted: readonly [string, number][] = []) => {
    for (const key of list) {
      const j = index.get(key);
      if (j !== undefined) target.set(j, (target.get(j) ?? 0) + 1);
    }
    for (const [key, count] of weighted) {
      const j = index.get(key);
      if (j !== undefined) target.set(j, (target.get(j) ?? 0) + count);
    }
  };
  const irCounts = new Map<string, Map<number, number>>();
  for (const ir of irUses.keys()) {
    const own = new Map<number, number>([[keys.length, 1]]);
    const irFeatureKeys = blendFeatureKeys(ir, features);
    add(own, irFeatureKeys.single, weightedKeys(ir, features));
    add(own, irFeatureKeys.pairs);
    irCounts.set(ir, own);
  }
  const countsOf = parts.map(({ ir, tail }) => {
    const own = new Map(irCounts.get(ir));
    add(own, tailKeys(tail, features));
    return own;
  });
  return { keys, countsOf };
}

/** The `n` most frequent keys (ties by key, so a fit is deterministic). */
function mostFrequent(frequency: ReadonlyMap<string, number>, n: number): string[] {
  return [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([key]) => key);
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
