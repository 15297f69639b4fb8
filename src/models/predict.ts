import { createHash } from "node:crypto";
import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { OZ_PIPELINE, splitPipeline } from "../passes/pipeline.js";
import type { PipelineValidator } from "../verify/validator.js";
import type { Predictor, RankedPipeline } from "./predictor.js";

export interface PredictOptions {
  predictor: Predictor;
  /** Usable catalog: candidates with a pass it lacks are skipped. */
  catalog: readonly CatalogEntry[];
  /** 0: no compilation, return the top candidate; K ≥ 1: compile the top K valid candidates and -Oz, keep the smallest. */
  verify: number;
  evaluator?: Evaluator;
  /** Checks candidates before they are compiled (PassListEval; verdicts are cached). */
  validator?: PipelineValidator;
}

export interface Prediction {
  pipeline: string;
  /** Measured size of the returned pipeline (null with K = 0). */
  size: number | null;
  ozSize: number | null;
  improvementOverOz: number | null;
  /** Compilations of the input module (K candidates plus -Oz; 0 with K = 0). */
  compilations: number;
  /** Checks the returned pipeline passed, and whether they ran now or when the model's dataset was built. */
  validated: { checks: string[]; when: "now" | "dataset" | "reference" } | null;
  expectedGain: number;
  candidates: { pipeline: string; expectedGain: number; size: number | null; skipped?: string }[];
  predictMs: number;
}

/**
 * The pipelines of the model that the installed LLVM can run, best first: for a single answer
 * ("top", K = 0) by expected gain on this module, for the best of several compiled candidates
 * ("best-of-several", K ≥ 1 and search seeds) in the model's coverage order.
 */
export function usableRanking(module: IrModule, options: Pick<PredictOptions, "predictor" | "catalog">, use: "top" | "best-of-several" = "top"): RankedPipeline[] {
  const known = new Set(options.catalog.map((entry) => entry.pipeline));
  const ranking = use === "top" ? options.predictor.rank(module.ir) : options.predictor.rankForVerification();
  return ranking.filter((r) => splitPipeline(r.pipeline).every((pass) => known.has(pass)));
}

/** Seeds a search takes from the model: at least this many, and up to this share of its budget. */
const MIN_SEEDS = 16;
const SEED_SHARE_OF_BUDGET = 0.5;

/**
 * The model's candidates as seeds of a search, in its best-of-several order. Its lists are where
 * most of a short search's gain comes from, and no ranking picks the right one reliably (on
 * crc32.c the list that gives 5.96% over -Oz is 22nd in that order, 70th by expected gain), so
 * with a budget to spare the search takes the whole library — up to half of its evaluations.
 */
export function seedPipelines(module: IrModule, options: Pick<PredictOptions, "predictor" | "catalog"> & { budget?: number }): string[] {
  const count = options.budget === undefined ? MIN_SEEDS : Math.max(MIN_SEEDS, Math.floor(options.budget * SEED_SHARE_OF_BUDGET));
  return usableRanking(module, options, "best-of-several")
    .slice(0, count)
    .map((r) => r.pipeline);
}

/**
 * LLM Compiler's use of a flag-tuning model, with passwise's predictor: K = 0 returns the top
 * candidate without compiling anything; K ≥ 1 compiles the top K candidates that pass
 * validation plus -Oz and returns the smallest (K = 1 is the paper's "-Oz fallback").
 */
export async function predictPipeline(module: IrModule, options: PredictOptions): Promise<Prediction> {
  const started = performance.now();
  const ranking = usableRanking(module, options, options.verify === 0 ? "top" : "best-of-several");
  const predictMs = performance.now() - started;
  if (options.verify === 0) {
    const top = ranking.find((r) => r.validated.length > 0) ?? ranking[0];
    const pipeline = top?.pipeline ?? OZ_PIPELINE;
    return {
      pipeline,
      size: null,
      ozSize: null,
      improvementOverOz: null,
      compilations: 0,
      validated: pipeline === OZ_PIPELINE ? { checks: ["oz-reference"], when: "reference" } : top && top.validated.length > 0 ? { checks: top.validated, when: "dataset" } : null,
      expectedGain: top?.expectedGain ?? 0,
      candidates: ranking.slice(0, 10).map((r) => ({ pipeline: r.pipeline, expectedGain: r.expectedGain, size: null })),
      predictMs,
    };
  }
  const evaluator = options.evaluator;
  if (evaluator === undefined) throw new Error("predictPipeline: verify ≥ 1 needs an evaluator");
  const oz = await evaluator.evaluate(module, OZ_PIPELINE);
  let compilations = 1;
  let best: { pipeline: string; size: number; checks: string[]; gain: number } | undefined = oz.ok ? { pipeline: OZ_PIPELINE, size: oz.binarySize, checks: ["oz-reference"], gain: 0 } : undefined;
  const candidates: Prediction["candidates"] = [];
  let compiled = 0;
  for (const candidate of ranking) {
    if (compiled >= options.verify) break;
    if (candidate.pipeline === OZ_PIPELINE) continue;
    if (options.validator) {
      const outcome = await options.validator.validate(candidate.pipeline);
      if (!outcome.valid) {
        candidates.push({ pipeline: candidate.pipeline, expectedGain: candidate.expectedGain, size: null, skipped: `invalid: ${outcome.reasons[0] ?? "rejected"}` });
        continue;
      }
    }
    const evaluation = await evaluator.evaluate(module, candidate.pipeline);
    compiled++;
    compilations++;
    candidates.push({ pipeline: candidate.pipeline, expectedGain: candidate.expectedGain, size: evaluation.ok ? evaluation.binarySize : null, ...(evaluation.ok ? {} : { skipped: `${evaluation.failure.kind}` }) });
    if (evaluation.ok && (best === undefined || evaluation.binarySize < best.size)) {
      best = { pipeline: candidate.pipeline, size: evaluation.binarySize, checks: [...(options.validator?.checks ?? [])], gain: candidate.expectedGain };
    }
  }
  const ozSize = oz.ok ? oz.binarySize : null;
  const chosen = best ?? { pipeline: OZ_PIPELINE, size: Number.NaN, checks: ["oz-reference"], gain: 0 };
  return {
    pipeline: chosen.pipeline,
    size: Number.isNaN(chosen.size) ? null : chosen.size,
    ozSize,
    improvementOverOz: ozSize === null || Number.isNaN(chosen.size) ? null : (100 * (ozSize - chosen.size)) / ozSize,
    compilations,
    validated: chosen.pipeline === OZ_PIPELINE ? { checks: ["oz-reference"], when: "reference" } : chosen.checks.length > 0 ? { checks: chosen.checks, when: "now" } : null,
    expectedGain: chosen.gain,
    candidates,
    predictMs,
  };
}

/** Identifies the catalog a model was trained with. */
export function catalogHash(catalog: readonly CatalogEntry[]): string {
  return createHash("sha256").update(catalog.map((e) => e.pipeline).sort().join("\n")).digest("hex").slice(0, 16);
}
