import { coverage } from "./metrics.js";
import { quantile } from "./sample.js";

export interface CalibrateOptions {
  /** Share of held-out values the 5%–95% interval should contain (default 0.9). */
  target?: number;
  /** Samples per input, as `predict` draws them (default 64). */
  samples?: number;
  seed?: number;
  /** At most this many rows of each kind (with and without a pipeline), evenly spaced over the set (default DEFAULT_CALIBRATION_ROWS); calibration costs one sampling pass per step. */
  maxRows?: number;
  /**
   * Temperatures per this many input-length buckets of about equal rows (default 3; fewer where
   * a bucket would get under 40 rows; 1: one temperature per kind of input).
   */
  lengthBuckets?: number;
}

export interface MetricCalibration {
  metric: string;
  /** Which inputs the temperature is for: those followed by a pipeline, or those without one. */
  pipeline: boolean;
  /** With length buckets: the inputs whose IR has from `from` up to (not including) `to` word pieces (null: no limit). */
  lengths?: { from: number; to: number | null };
  /** Held-out values of this metric the calibration saw. */
  values: number;
  temperature: number;
  /** 90%-interval coverage at temperature 1 and at the chosen temperature. */
  coverageBefore: number;
  coverageAfter: number;
}

export interface CalibrationResult {
  target: number;
  rows: number;
  metrics: MetricCalibration[];
}

/**
 * Rows of each kind calibration reads by default. With 600 (three length buckets of 200 rows, so a
 * bucket's coverage is known to about ±2%) the shipped model of 2026-12-08 covered 84% of libogg's
 * sizes after a pipeline; with 2,000 it covered 90% (sqlite3 88% → 90%), for 571 s of sampling
 * on one core.
 */
export const DEFAULT_CALIBRATION_ROWS = 2000;

/** Draws `samples` per row with the given per-metric temperatures: rows × samples × metrics. */
export type TemperatureSampler = (temperatures: readonly number[]) => number[][][];

// The shipped model's instruction-count metric reached 0.25, the old bound, still over-covering.
const LOWEST = 0.1;
const HIGHEST = 4;
const STEPS = 10;

/**
 * Per metric, in decoding order, the softmax temperature at which the 5%–95% interval of the
 * samples covers `target` of the held-out values: bisection on log temperature (coverage grows
 * with the temperature). A metric decoded later sees the earlier metrics at their chosen
 * temperatures. Sampling uses a fixed seed, so every step compares the same draws.
 */
export function calibrateTemperatures(
  metrics: readonly string[],
  actual: readonly (readonly (number | null)[])[],
  sampleAt: TemperatureSampler,
  target: number,
  pipeline = false,
): CalibrationResult {
  const temperatures = metrics.map(() => 1);
  const coverageOf = (m: number, t: number): number => {
    temperatures[m] = t;
    const samples = sampleAt(temperatures);
    const low: number[] = [];
    const high: number[] = [];
    const truth: number[] = [];
    actual.forEach((values, i) => {
      const value = values[m];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const drawn = (samples[i] ?? []).map((s) => s[m] as number);
      low.push(quantile(drawn, 0.05));
      high.push(quantile(drawn, 0.95));
      truth.push(value);
    });
    return coverage(low, high, truth);
  };
  const result: MetricCalibration[] = metrics.map((metric, m) => {
    const values = actual.filter((v) => v[m] !== null && v[m] !== undefined && Number.isFinite(v[m])).length;
    if (values === 0) return { metric, pipeline, values, temperature: 1, coverageBefore: Number.NaN, coverageAfter: Number.NaN };
    const coverageBefore = coverageOf(m, 1);
    let lo = Math.log(LOWEST);
    let hi = Math.log(HIGHEST);
    for (let step = 0; step < STEPS; step++) {
      const mid = (lo + hi) / 2;
      if (coverageOf(m, Math.exp(mid)) < target) lo = mid;
      else hi = mid;
    }
    // Round so the file records a readable value; the last bisection interval is narrower than this.
    const temperature = Math.round(Math.exp((lo + hi) / 2) * 100) / 100;
    return { metric, pipeline, values, temperature, coverageBefore, coverageAfter: coverageOf(m, temperature) };
  });
  return { target, rows: actual.length, metrics: result };
}

/** At most `max` items, evenly spaced, in order. */
export function evenlySpaced<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)] as T);
}
