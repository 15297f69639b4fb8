import type { Rng } from "../../search/rng.js";
import type { NumberTokenizer } from "./number-tokenizer.js";
import { addTokenEmbedding, hintBasis, stepLogits, type EncoderState } from "./network.js";
import type { Params } from "./params.js";
import type { NumericVocabulary } from "./vocabulary.js";

export interface SampleOptions {
  /** Softmax temperature, one for all metrics or one per metric (1: the network's own distribution). */
  temperature?: number | readonly number[];
}

/**
 * Draws `n` samples for one encoded input. Every position is sampled among the tokens the number
 * tokenizer allows after the prefix, so every sample decodes to a valid number; the metrics are
 * decoded in order and each sees the tokens of the ones before.
 */
export function sampleEncoded(
  params: Params,
  state: EncoderState,
  tokenizer: NumberTokenizer,
  vocab: NumericVocabulary,
  metrics: readonly { nonNegative: boolean }[],
  n: number,
  rng: Rng,
  options: SampleOptions = {},
): number[][] {
  const temperatureOf = (m: number): number => {
    const t = options.temperature ?? 1;
    return typeof t === "number" ? t : (t[m] ?? 1);
  };
  const D = params.shapes.dec;
  const acc = new Float32Array(D);
  const hidden = new Float32Array(D);
  const logits = new Float64Array(vocab.size);
  const allowedCache = new Map<string, number[]>();
  const allowedIds = (prefix: readonly string[], nonNegative: boolean): number[] => {
    const key = `${nonNegative ? 1 : 0}${prefix.join("")}`;
    let ids = allowedCache.get(key);
    if (ids === undefined) {
      ids = tokenizer.allowedNext(prefix, { nonNegative }).map((t) => vocab.id(t));
      allowedCache.set(key, ids);
    }
    return ids;
  };
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    acc.fill(0);
    const values: number[] = [];
    let k = 0;
    for (const [m, metric] of metrics.entries()) {
      const prefix: string[] = [];
      const temperature = temperatureOf(m);
      const estimate = m < params.shapes.hintedMetrics ? state.z[m] : undefined;
      for (let t = 0; t < tokenizer.length; t++, k++) {
        const allowed = allowedIds(prefix, metric.nonNegative);
        const hint = estimate === undefined || allowed.length === 1 ? undefined : hintBasis(estimate, tokenizer.digitHint(prefix));
        const id = allowed.length === 1 ? (allowed[0] as number) : pick(allowed, logits, temperature, rng, (ids) => stepLogits(params, state.u, acc, k, ids, logits, hidden, hint));
        prefix.push(vocab.token(id));
        addTokenEmbedding(params, acc, k, id);
      }
      values.push(tokenizer.decode(prefix));
    }
    out.push(values);
  }
  return out;
}

function pick(allowed: readonly number[], logits: Float64Array, temperature: number, rng: Rng, score: (ids: readonly number[]) => void): number {
  score(allowed);
  let max = Number.NEGATIVE_INFINITY;
  for (const v of allowed) max = Math.max(max, logits[v] as number);
  let total = 0;
  for (const v of allowed) {
    const e = Math.exp(((logits[v] as number) - max) / temperature);
    logits[v] = e;
    total += e;
  }
  let r = rng.float() * total;
  for (const v of allowed) {
    r -= logits[v] as number;
    if (r <= 0) return v;
  }
  return allowed[allowed.length - 1] as number;
}

/** Summaries of samples: the paper's point estimate is the median. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Linear-interpolated quantile (q in [0, 1]). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export interface MetricSummary {
  median: number;
  mean: number;
  q05: number;
  q95: number;
}

/** Per metric: median, mean, 5% and 95% quantiles of one input's samples. */
export function summarizeSamples(samples: readonly (readonly number[])[], metrics: number): MetricSummary[] {
  return Array.from({ length: metrics }, (_, m) => {
    const values = samples.map((s) => s[m] as number);
    return { median: median(values), mean: mean(values), q05: quantile(values, 0.05), q95: quantile(values, 0.95) };
  });
}
