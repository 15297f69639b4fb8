import type { IrModule } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { OZ_PIPELINE } from "../passes/pipeline.js";
import { predictPipeline } from "../models/predict.js";
import type { Predictor } from "../models/predictor.js";
import { tune } from "../search/tune.js";
import type { PipelineValidator } from "../verify/validator.js";
import type { LlmBackend } from "../llm/backend.js";
import { llmTune } from "../llm/llm-tune.js";

/** One unit of the evaluation: a module (or one function split out of a module over the token budget). */
export interface EvalUnit {
  name: string;
  module: IrModule | undefined;
  /** Why the unit could not be evaluated (it then counts as -Oz for every method). */
  skipped?: string;
}

export interface UnitOutcome {
  size: number;
  compilations: number;
  pipeline: string;
  /** The method's answer did not compile or failed validation; -Oz's size is counted. */
  failed?: boolean;
}

export interface MethodSummary {
  method: string;
  units: number;
  /** Mean of (oz − size)/oz, in %. */
  meanReduction: number;
  /** Geometric mean of oz/size − 1, in % (the paper's headline figure). */
  geomeanReduction: number;
  smallerShare: number;
  largerShare: number;
  compilations: number;
  failed: number;
  /** geomeanReduction / the autotuner's, in % (null without an autotuner run). */
  shareOfAutotunerGain: number | null;
}

export interface FlagTuningEvaluation {
  units: { name: string; ozSize: number | null; skipped?: string; results: Record<string, UnitOutcome> }[];
  methods: MethodSummary[];
  autotunerBudget: number | null;
  /** With an LLM: how well it states binary sizes before and after its list (the paper's MAPE). */
  sizePrediction?: SizePredictionSummary;
}

export interface SizePredictionSummary {
  /** Mean absolute percentage error (0–1) of the stated unoptimized size, and over how many answers. */
  unoptimizedMape: number | null;
  unoptimizedCount: number;
  /** Of the stated size after the model's list, where the list compiled. */
  optimizedMape: number | null;
  optimizedCount: number;
}

export interface FlagTuningEvalOptions {
  toolchain: Toolchain;
  evaluator: Evaluator;
  catalog: readonly CatalogEntry[];
  predictor?: Predictor;
  validator?: PipelineValidator;
  /** Predictor settings to compare (default 0, 1, 10). */
  verifyLevels?: readonly number[];
  /** Evaluations per unit for the autotuner; 0 leaves it out. */
  autotunerBudget: number;
  jobs?: number;
  seed?: number;
  onUnit?: (done: number, total: number, name: string) => void;
  /** An LLM flag-tuning model: adds the rows "llm" (its list alone) and "llm+Oz" (the -Oz fallback). */
  llm?: { backend: LlmBackend; grammar?: boolean };
}

/** The paper's Table 3 on a set of units: -Oz, the predictor at several K, and the autotuner. */
export async function evaluateFlagTuning(units: readonly EvalUnit[], options: FlagTuningEvalOptions): Promise<FlagTuningEvaluation> {
  const levels = options.verifyLevels ?? [0, 1, 10];
  const methods = ["-Oz", ...(options.predictor ? levels.map((k) => `predictor K=${k}`) : []), ...(options.autotunerBudget > 0 ? ["autotuner"] : []), ...(options.llm ? ["llm", "llm+Oz"] : [])];
  const sizeErrors = { unoptimized: [] as number[], optimized: [] as number[] };
  const rows: FlagTuningEvaluation["units"] = [];
  let done = 0;
  for (const unit of units) {
    options.onUnit?.(done++, units.length, unit.name);
    const oz = unit.module ? await options.evaluator.evaluate(unit.module, OZ_PIPELINE) : undefined;
    if (unit.module === undefined || oz === undefined || !oz.ok) {
      rows.push({ name: unit.name, ozSize: null, skipped: unit.skipped ?? "-Oz does not compile", results: {} });
      continue;
    }
    const module = unit.module;
    const ozSize = oz.binarySize;
    const results: Record<string, UnitOutcome> = { "-Oz": { size: ozSize, compilations: 1, pipeline: OZ_PIPELINE } };
    if (options.predictor) {
      for (const verify of levels) {
        const prediction = await predictPipeline(module, {
          predictor: options.predictor,
          catalog: options.catalog,
          verify,
          evaluator: options.evaluator,
          ...(options.validator ? { validator: options.validator } : {}),
        });
        let size = prediction.size;
        if (size === null) {
          // K = 0 compiles nothing; the harness measures what it proposed.
          const measured = await options.evaluator.evaluate(module, prediction.pipeline);
          size = measured.ok ? measured.binarySize : null;
        }
        results[`predictor K=${verify}`] = size === null ? { size: ozSize, compilations: prediction.compilations, pipeline: prediction.pipeline, failed: true } : { size, compilations: prediction.compilations, pipeline: prediction.pipeline };
      }
    }
    if (options.autotunerBudget > 0) {
      const tuned = await tune(module, {
        evaluator: options.evaluator,
        catalog: options.catalog,
        budget: { evaluations: options.autotunerBudget },
        jobs: options.jobs ?? 2,
        seed: options.seed ?? 1,
        minimize: { insertion: false },
        ...(options.validator ? { validator: options.validator } : {}),
      });
      results.autotuner = { size: tuned.bestSize, compilations: tuned.evaluations + tuned.minimizeEvaluations, pipeline: tuned.bestPipeline };
    }
    if (options.llm) {
      const answer = await llmTune(module, {
        backend: options.llm.backend,
        evaluator: options.evaluator,
        catalog: options.catalog,
        ...(options.llm.grammar === undefined ? {} : { grammar: options.llm.grammar }),
        ...(options.validator ? { validator: options.validator } : {}),
      });
      const unusable = answer.notFitting === undefined && answer.zeroShot.pipeline === OZ_PIPELINE;
      results.llm = { size: answer.zeroShot.size ?? ozSize, compilations: 1, pipeline: answer.zeroShot.pipeline, ...(unusable ? { failed: true } : {}) };
      results["llm+Oz"] = { size: answer.chosen.size ?? ozSize, compilations: 2, pipeline: answer.chosen.pipeline, ...(unusable ? { failed: true } : {}) };
      const { predicted, actual } = answer;
      if (predicted.sizeBefore !== null && actual.sizeBefore) sizeErrors.unoptimized.push(Math.abs(predicted.sizeBefore - actual.sizeBefore) / actual.sizeBefore);
      if (predicted.sizeAfter !== null && actual.sizeAfter) sizeErrors.optimized.push(Math.abs(predicted.sizeAfter - actual.sizeAfter) / actual.sizeAfter);
    }
    rows.push({ name: unit.name, ozSize, results });
  }
  options.onUnit?.(done, units.length, "");
  const summaries = methods.map((method) => summarize(method, rows));
  const autotuner = summaries.find((s) => s.method === "autotuner");
  for (const summary of summaries) {
    summary.shareOfAutotunerGain = autotuner && autotuner.geomeanReduction > 0 ? (100 * summary.geomeanReduction) / autotuner.geomeanReduction : null;
  }
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    units: rows,
    methods: summaries,
    autotunerBudget: options.autotunerBudget > 0 ? options.autotunerBudget : null,
    ...(options.llm
      ? { sizePrediction: { unoptimizedMape: mean(sizeErrors.unoptimized), unoptimizedCount: sizeErrors.unoptimized.length, optimizedMape: mean(sizeErrors.optimized), optimizedCount: sizeErrors.optimized.length } }
      : {}),
  };
}

/** Units that could not be evaluated count as -Oz (ratio 1), as in the paper. */
export function summarize(method: string, rows: FlagTuningEvaluation["units"]): MethodSummary {
  let sumReduction = 0;
  let sumLog = 0;
  let smaller = 0;
  let larger = 0;
  let compilations = 0;
  let failed = 0;
  for (const row of rows) {
    const outcome = row.results[method];
    // Units -Oz empties entirely have nothing to reduce: they count as -Oz too.
    if (row.ozSize === null || row.ozSize <= 0 || outcome === undefined) continue;
    sumReduction += (row.ozSize - outcome.size) / row.ozSize;
    sumLog += Math.log(row.ozSize / outcome.size);
    if (outcome.size < row.ozSize) smaller++;
    if (outcome.size > row.ozSize) larger++;
    compilations += outcome.compilations;
    if (outcome.failed) failed++;
  }
  const n = rows.length;
  return {
    method,
    units: n,
    meanReduction: n === 0 ? 0 : (100 * sumReduction) / n,
    geomeanReduction: n === 0 ? 0 : (Math.exp(sumLog / n) - 1) * 100,
    smallerShare: n === 0 ? 0 : (100 * smaller) / n,
    largerShare: n === 0 ? 0 : (100 * larger) / n,
    compilations,
    failed,
    shareOfAutotunerGain: null,
  };
}
