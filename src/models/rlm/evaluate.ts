import { PasswiseError } from "../../errors.js";
import { instructionCount, InstructionCountBaseline } from "./baseline.js";
import { toExample, type RegressionDataRow } from "./data.js";
import { scoreRegression, type RegressionScores } from "./metrics.js";
import type { RegressionLM } from "./regression-lm.js";
import type { MetricSummary } from "./sample.js";

export interface RlmEvalOptions {
  /** Rows of this split are evaluated (default "test"; "all" for every row). */
  split?: string;
  samples?: number;
  seed?: number;
  /** Sampling temperature (default: the model's calibrated one). */
  temperature?: number;
  onProgress?: (done: number, total: number) => void;
  /** Each held-out row with its summary per metric, as it is scored (for breakdowns of the error). */
  onPrediction?: (row: RegressionDataRow, summary: readonly MetricSummary[]) => void;
}

export interface RlmEvalLine {
  metric: string;
  task: string;
  rlm: RegressionScores;
  baseline: RegressionScores;
}

export interface RlmEvalResult {
  split: string;
  rows: number;
  samples: number;
  lines: RlmEvalLine[];
  /** True when the file had no training rows, so the baseline was fitted on the rows it is scored on. */
  baselineInSample: boolean;
  /** Mean wall time of one input's samples (encode + decode). */
  msPerInput: number;
}

/**
 * Scores the RLM's median and 5%–95% interval per metric and task on held-out rows, next to the
 * instruction-count baseline fitted on the file's training rows.
 */
export function evaluateRlm(model: RegressionLM, rows: readonly RegressionDataRow[], options: RlmEvalOptions = {}): RlmEvalResult {
  const split = options.split ?? "test";
  const held = split === "all" ? rows : rows.filter((r) => r.split === split);
  if (held.length === 0) throw new PasswiseError("bad-input", `no rows with split '${split}' (use --split all to score every row)`);
  const metrics = model.metricNames;
  const training = rows.filter((r) => r.split === "train");
  const baselineInSample = training.length === 0 || split === "all";
  const counts = new Map<string, number>();
  const countOf = (ir: string) => {
    let n = counts.get(ir);
    if (n === undefined) counts.set(ir, (n = instructionCount(ir)));
    return n;
  };
  const fitRows = (baselineInSample ? held : training).map((r) => ({ instructions: countOf(r.x), hasPipeline: r.pipeline !== null, y: metrics.map((m) => r.y[m] ?? null) }));
  const baseline = InstructionCountBaseline.fit(fitRows, metrics.length);
  const samples = options.samples ?? 64;
  const started = performance.now();
  const predictions = held.map((row, i) => {
    const summary = model.predict([toExample(row, metrics)], samples, { seed: (options.seed ?? 1) + i, ...(options.temperature === undefined ? {} : { temperature: options.temperature }) })[0];
    options.onProgress?.(i + 1, held.length);
    options.onPrediction?.(row, summary ?? []);
    return summary ?? [];
  });
  const msPerInput = (performance.now() - started) / held.length;
  const lines: RlmEvalLine[] = [];
  const tasks = [...new Set(held.map((r) => r.task))].sort();
  metrics.forEach((metric, m) => {
    for (const task of [...tasks, ...(tasks.length > 1 ? ["all"] : [])]) {
      const rlmPoints = [];
      const basePoints = [];
      for (let i = 0; i < held.length; i++) {
        const row = held[i] as RegressionDataRow;
        const actual = row.y[metric];
        if ((task !== "all" && row.task !== task) || actual === null || actual === undefined) continue;
        const p = predictions[i]?.[m];
        if (p === undefined) continue;
        rlmPoints.push({ ...p, actual });
        basePoints.push({ ...baseline.predict(countOf(row.x), row.pipeline !== null, m), actual });
      }
      if (rlmPoints.length > 0) lines.push({ metric, task, rlm: scoreRegression(rlmPoints), baseline: scoreRegression(basePoints) });
    }
  });
  return { split, rows: held.length, samples, lines, baselineInSample, msPerInput };
}
