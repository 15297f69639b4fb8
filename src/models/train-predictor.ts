import { readDatasetFile, readJsonl } from "../dataset/read-jsonl.js";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { OZ_PIPELINE } from "../passes/pipeline.js";
import { FEATURE_NAMES, irFeatures } from "./features.js";
import { sourcePackage } from "./groups.js";
import { gridSettings, LeaveOneGroupOut, nestedK0 } from "./nested-cv.js";
import { FAILED_GAIN, Predictor, type PredictorData } from "./predictor.js";

/** A dataset module as the trainer sees it. */
export interface DatasetModule {
  hash: string;
  group: string;
  split: string;
  ir: string;
  ozSize: number;
  tunedSize: number;
  bestPipeline: string;
  bestSize: number;
  broadcastSizes: Record<string, number | null>;
}

export interface TrainOptions {
  /** Splits to learn from (default: train). The others are held out. */
  splits?: readonly string[];
  /** Groups (packages, top directories) left out entirely, e.g. to evaluate on them afterwards. */
  excludeGroups?: readonly string[];
  /** Checks every pipeline in the dataset passed (from its manifest). */
  validated?: readonly string[];
  /** Hyper-parameter grid searched by leave-one-group-out cross-validation. */
  grid?: { k: readonly number[]; priorWeight: readonly number[] };
}

/** Leave-one-group-out estimates, from the dataset's measured sizes (no compilation). */
export interface CrossValidation {
  modules: number;
  /** Geomean reduction vs -Oz in %: the top pipeline, the best of the top 1 and 10 with the -Oz fallback, the autotuner, the library's best. */
  k0: number;
  k1: number;
  k10: number;
  /** null when the per-module tuned sizes are not at hand (recomputed from a model file). */
  autotuner: number | null;
  oracle: number;
  chosen: { k: number; priorWeight: number };
  /**
   * K = 0 when k and the prior weight are chosen without the scored group's own results (nested
   * leave-one-group-out over the grid). `k0` is the best of the grid on the same modules it is
   * scored on, so it leans optimistic; this one does not. Absent when no grid was searched.
   */
  k0Nested?: number;
}

export interface TrainedPredictor {
  predictor: Predictor;
  crossValidation: CrossValidation;
  trainingModules: number;
  heldOutModules: number;
}

/** k = 0 ranks by the corpus-wide prior alone: the same pipeline for every module. */
export const DEFAULT_GRID = { k: [0, 1, 3, 5, 10, 20, 40], priorWeight: [0, 0.5, 2, 8] };

/** A row of modules.jsonl, as far as training reads it. */
interface ModuleRow {
  module_hash: string;
  group: string;
  split: string;
  ok: boolean;
  oz_size: number | null;
  tuned_size: number | null;
  best_pipeline: string | null;
  best_size: number | null;
  broadcast_sizes?: Record<string, number | null>;
}

/** Reads a dataset directory written by `passwise dataset build`. */
export async function readDataset(dir: string): Promise<{ modules: DatasetModule[]; llvmVersion: string; validated: string[] }> {
  const manifest = JSON.parse(await readDatasetFile(path.join(dir, "manifest.json"))) as { llvm_version?: string; validation?: string[] };
  const irByHash = new Map<string, string>();
  for (const row of await readJsonl<{ module_hash: string; prompt: string }>(path.join(dir, "flag-tuning.jsonl"))) {
    irByHash.set(row.module_hash, irFromFlagTuningPrompt(row.prompt));
  }
  const modules: DatasetModule[] = [];
  for (const row of await readJsonl<ModuleRow>(path.join(dir, "modules.jsonl"))) {
    const ir = irByHash.get(row.module_hash);
    if (!row.ok || ir === undefined || row.oz_size === null || row.best_pipeline === null || row.best_size === null) continue;
    // A module that -Oz empties entirely (e.g. a lone static function split out of its unit) has no size to learn from.
    if (row.oz_size <= 0 || row.best_size <= 0 || (row.tuned_size ?? row.best_size) <= 0) continue;
    modules.push({
      hash: row.module_hash,
      group: row.group,
      split: row.split,
      ir,
      ozSize: row.oz_size,
      tunedSize: row.tuned_size ?? row.best_size,
      bestPipeline: row.best_pipeline,
      bestSize: row.best_size,
      broadcastSizes: row.broadcast_sizes ?? {},
    });
  }
  if (modules.length === 0) throw new PasswiseError("bad-input", `${dir}: the dataset has no tuned modules`);
  return { modules, llvmVersion: manifest.llvm_version ?? "unknown", validated: manifest.validation ?? [] };
}

/**
 * Reads several datasets as one training set. They must come from the same LLVM version; a
 * pipeline one dataset never tried on another's modules is simply unknown there.
 */
export async function readDatasets(dirs: readonly string[]): Promise<{ modules: DatasetModule[]; llvmVersion: string; validated: string[] }> {
  const datasets = await Promise.all(dirs.map((dir) => readDataset(dir)));
  const [first] = datasets;
  if (first === undefined) throw new PasswiseError("bad-option", "no dataset given");
  const other = datasets.find((d) => d.llvmVersion !== first.llvmVersion);
  if (other !== undefined) throw new PasswiseError("bad-input", `the datasets were built with different LLVM versions (${first.llvmVersion} and ${other.llvmVersion})`);
  const seen = new Set<string>();
  const modules = datasets.flatMap((d) => d.modules).filter((m) => !seen.has(m.hash) && seen.add(m.hash));
  return { modules, llvmVersion: first.llvmVersion, validated: first.validated.filter((check) => datasets.every((d) => d.validated.includes(check))) };
}

const PROMPT_HEAD = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>";
const PROMPT_TAIL = "</code> [/INST]";

function irFromFlagTuningPrompt(prompt: string): string {
  if (!prompt.startsWith(PROMPT_HEAD) || !prompt.endsWith(PROMPT_TAIL)) throw new PasswiseError("bad-input", "flag-tuning.jsonl: a prompt does not follow the flag-tuning template");
  return prompt.slice(PROMPT_HEAD.length, prompt.length - PROMPT_TAIL.length);
}


/**
 * Trains the predictor on the chosen splits: the library is every pipeline broadcast to the
 * modules plus each module's own best, and each module's row holds its measured gain for them.
 * k and the prior weight are chosen by leave-one-group-out cross-validation.
 */
export function trainPredictor(all: readonly DatasetModule[], options: TrainOptions = {}): TrainedPredictor {
  const splits = new Set(options.splits ?? ["train"]);
  const excluded = new Set((options.excludeGroups ?? []).map(sourcePackage));
  // Datasets from different corpora split independently, so one package can be train in one and
  // held out in another: a package held out anywhere is held out everywhere.
  for (const module of all) if (!splits.has(module.split)) excluded.add(sourcePackage(module.group));
  const training = all.filter((m) => splits.has(m.split) && !excluded.has(sourcePackage(m.group))).sort((a, b) => a.hash.localeCompare(b.hash));
  if (training.length === 0) throw new PasswiseError("bad-input", `no modules in split(s) ${[...splits].join(", ")} to train on`);
  const librarySet = new Set<string>([OZ_PIPELINE]);
  for (const module of training) {
    librarySet.add(module.bestPipeline);
    for (const pipeline of Object.keys(module.broadcastSizes)) librarySet.add(pipeline);
  }
  const library = [...librarySet].sort();
  const rawFeatures = training.map((m) => irFeatures(m.ir));
  const mean = FEATURE_NAMES.map((_, i) => average(rawFeatures.map((f) => f[i] ?? 0)));
  const std = FEATURE_NAMES.map((_, i) => Math.sqrt(average(rawFeatures.map((f) => ((f[i] ?? 0) - (mean[i] ?? 0)) ** 2))) || 1);
  const modules = training.map((module, index) => ({
    hash: module.hash,
    group: sourcePackage(module.group),
    features: (rawFeatures[index] as number[]).map((v, i) => round((v - (mean[i] ?? 0)) / (std[i] ?? 1))),
    gains: library.map((pipeline) => gainOf(module, pipeline)),
  }));
  const base: PredictorData = {
    featureNames: [...FEATURE_NAMES],
    mean: mean.map(round),
    std: std.map(round),
    library: library.map((pipeline) => ({ pipeline, validated: pipeline === OZ_PIPELINE ? ["oz-reference"] : [...(options.validated ?? [])] })),
    modules,
    k: 5,
    priorWeight: 2,
  };
  const autotunerGains = training.map((m) => Math.log(m.ozSize / m.tunedSize));
  const { predictor, crossValidation } = chooseHyperparameters(base, { autotunerGains, ...(options.grid ? { grid: options.grid } : {}) });
  return { predictor, crossValidation, trainingModules: training.length, heldOutModules: all.length - training.length };
}

/**
 * Chooses k and the prior's weight for a gains matrix by leave-one-group-out cross-validation
 * over the grid; the data's own k and prior weight are ignored. Returns the predictor with the
 * chosen pair and its cross-validation, including the nested K = 0 estimate.
 */
export function chooseHyperparameters(
  data: PredictorData,
  options: { grid?: TrainOptions["grid"]; autotunerGains?: readonly number[] } = {},
): { predictor: Predictor; crossValidation: CrossValidation } {
  const grid = options.grid ?? DEFAULT_GRID;
  const table = new LeaveOneGroupOut(data);
  const autotunerGains = options.autotunerGains;
  const settings = gridSettings(grid);
  // Every setting's leave-one-group-out K = 0 from one walk per module (the same sums, in the same
  // order, as crossValidate per setting).
  const sums = new Float64Array(settings.length);
  data.modules.forEach((module, index) => {
    const tops = table.topsForSettings(index, settings);
    for (let s = 0; s < settings.length; s++) sums[s] = (sums[s] as number) + (module.gains[tops[s] as number] ?? 0);
  });
  let chosen: { k: number; priorWeight: number } | undefined;
  let chosenK0 = Number.NEGATIVE_INFINITY;
  settings.forEach((setting, s) => {
    const k0 = (Math.exp((sums[s] as number) / data.modules.length) - 1) * 100;
    // Choose by the zero-compilation result; ties go to the simpler setting (fewer neighbours).
    if (chosen === undefined || k0 > chosenK0 + 1e-9) {
      chosen = setting;
      chosenK0 = k0;
    }
  });
  if (chosen === undefined) throw new PasswiseError("bad-option", "the hyper-parameter grid is empty");
  const best = crossValidate(new Predictor({ ...data, ...chosen }), { table, ...(autotunerGains ? { autotunerGains } : {}) });
  const crossValidation = { ...best, k0Nested: nestedK0(data, grid, table) };
  return { predictor: new Predictor({ ...data, k: best.chosen.k, priorWeight: best.chosen.priorWeight }), crossValidation };
}

/** The nested leave-one-group-out K = 0 estimate of a gains matrix over the trainer's grid. */
export function nestedK0CrossValidation(data: PredictorData, table?: LeaveOneGroupOut): number {
  return nestedK0(data, DEFAULT_GRID, table);
}

/** log(ozSize / size) of a pipeline on a module, when the dataset measured it. */
function gainOf(module: DatasetModule, pipeline: string): number | null {
  if (pipeline === OZ_PIPELINE) return 0;
  if (pipeline === module.bestPipeline) return measuredGain(module.ozSize, module.bestSize);
  if (!(pipeline in module.broadcastSizes)) return null;
  return measuredGain(module.ozSize, module.broadcastSizes[pipeline] ?? null);
}

/** A gains-matrix cell from measured sizes: log(ozSize / size) to 4 decimals; a failed pipeline (no size) is FAILED_GAIN. */
export function measuredGain(ozSize: number, size: number | null): number {
  return size === null ? FAILED_GAIN : round(Math.log(ozSize / size));
}

/**
 * Leave-one-group-out estimates from the predictor's own gains matrix (no compilation): K = 0
 * from the kNN ranking, K = 1 and 10 from the held-out group's best-of-several order. A model
 * file holds the matrix, so `model info` recomputes these instead of trusting stored figures.
 * The autotuner's figure needs each module's tuned size, which only the dataset has.
 */
export function crossValidate(
  predictor: Predictor,
  options: { autotunerGains?: readonly number[]; table?: LeaveOneGroupOut } = {},
): CrossValidation {
  const modules = predictor.data.modules;
  const table = options.table ?? new LeaveOneGroupOut(predictor.data);
  const setting = { k: predictor.data.k, priorWeight: predictor.data.priorWeight };
  const pipelineIndex = new Map(predictor.data.library.map((e, i) => [e.pipeline, i]));
  const totals = { k0: 0, k1: 0, k10: 0, oracle: 0 };
  modules.forEach((module, index) => {
    const realized = (pipeline: string) => module.gains[pipelineIndex.get(pipeline) ?? -1] ?? 0;
    const bestOf = table.bestOfSeveral(module.group).map(realized);
    totals.k0 += module.gains[table.top(index, setting)] ?? 0;
    totals.k1 += Math.max(0, bestOf[0] ?? 0);
    totals.k10 += Math.max(0, ...bestOf.slice(0, 10));
    totals.oracle += Math.max(0, ...module.gains.map((g) => g ?? 0));
  });
  const pct = (sum: number) => (Math.exp(sum / modules.length) - 1) * 100;
  const autotuner = options.autotunerGains;
  return {
    modules: modules.length,
    k0: pct(totals.k0),
    k1: pct(totals.k1),
    k10: pct(totals.k10),
    autotuner: autotuner === undefined || autotuner.length !== modules.length ? null : pct(autotuner.reduce((a, b) => a + b, 0)),
    oracle: pct(totals.oracle),
    chosen: { k: predictor.data.k, priorWeight: predictor.data.priorWeight },
  };
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
