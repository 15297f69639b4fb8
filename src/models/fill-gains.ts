import { PasswiseError } from "../errors.js";
import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluation, Evaluator } from "../measure/evaluation.js";
import { OZ_PIPELINE, canonicalPipeline } from "../passes/pipeline.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import type { ResultsStore } from "../store/results-store.js";
import { assignSplits } from "../dataset/splits.js";
import { sampleEntries } from "../dataset/build.js";
import { irFeatures } from "./features.js";
import { Predictor, type PredictorData } from "./predictor.js";
import { sourcePackage } from "./groups.js";
import { chooseHyperparameters, crossValidate, measuredGain, type CrossValidation } from "./train-predictor.js";

type TrainingModule = PredictorData["modules"][number];

export interface FillGainsOptions {
  /** Evaluator for the missing cells; give it the store's evaluation cache so reruns compile nothing. */
  evaluator: Evaluator;
  /** Holds the training modules' unoptimized IR (module_texts), by the hashes the model file uses. */
  store: ResultsStore;
  /** Evaluations in flight at once (default 2). */
  jobs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: FillProgress) => void;
}

export interface FillProgress {
  /** Evaluations finished and planned (-Oz per module, then one per unknown cell). */
  done: number;
  total: number;
  /** Evaluations that ran opt and llc (the rest came from the store). */
  compiled: number;
  module: string;
}

export interface FillGainsResult {
  /** The same model data with the unknown cells measured; k and the prior weight are left as they were. */
  data: PredictorData;
  /** Unknown cells (null gains) before and after. */
  unknownBefore: number;
  unknownAfter: number;
  /** Modules that had unknown cells, and how many of them were filled. */
  modulesWithUnknowns: number;
  modulesFilled: number;
  /** Modules left as they were because their IR is not in the store, by group. */
  missingIr: { modules: number; byGroup: Record<string, number> };
  /** Modules left as they were because -Oz gave no reference size. */
  ozFailed: { hash: string; group: string; reason: string }[];
  cellsFilled: number;
  /** Filled cells whose pipeline failed (or emptied the module): they hold FAILED_GAIN. */
  cellsFailed: number;
  evaluations: number;
  /** Evaluations not served from the evaluator's cache. */
  compilations: number;
}

/**
 * Measures every unknown cell of a predictor's gains matrix by compiling the library pipeline on
 * the training module: gain = log(ozSize / size), -Oz measured alongside by the same evaluator.
 */
export async function fillGains(data: PredictorData, options: FillGainsOptions): Promise<FillGainsResult> {
  const jobs = options.jobs ?? 2;
  const ozIndex = data.library.findIndex((entry) => entry.pipeline === OZ_PIPELINE);
  const rows = data.modules.map((module) => ({ ...module, gains: module.gains.map((gain, p) => (gain === null && p === ozIndex ? 0 : gain)) }));
  const unknownCells = (module: TrainingModule) => module.gains.flatMap((gain, p) => (gain === null ? [p] : []));

  const missingIr: FillGainsResult["missingIr"] = { modules: 0, byGroup: {} };
  const toFill: { row: number; module: IrModule; cells: number[] }[] = [];
  rows.forEach((row, index) => {
    const cells = unknownCells(row);
    if (cells.length === 0) return;
    const module = options.store.corpus.module({ moduleHash: row.hash, name: `${row.group}:${row.hash.slice(0, 12)}` });
    if (module === undefined) {
      missingIr.modules++;
      missingIr.byGroup[row.group] = (missingIr.byGroup[row.group] ?? 0) + 1;
    } else {
      toFill.push({ row: index, module, cells });
    }
  });

  let total = toFill.reduce((sum, entry) => sum + 1 + entry.cells.length, 0);
  let done = 0;
  let compilations = 0;
  const evaluate = async (module: IrModule, pipeline: string): Promise<Evaluation> => {
    if (options.signal?.aborted) throw interrupted();
    const evaluation = await options.evaluator.evaluate(module, pipeline, options.signal ? { signal: options.signal } : {});
    // An evaluation cut short by the signal failed for no reason of its own: it must not become a gain.
    if (options.signal?.aborted) throw interrupted();
    if (!evaluation.fromCache) compilations++;
    options.onProgress?.({ done: ++done, total, compiled: compilations, module: module.name });
    return evaluation;
  };

  const ozEvaluations = await mapWithConcurrency(toFill, jobs, async ({ module }) => await evaluate(module, OZ_PIPELINE));
  const ozFailed: FillGainsResult["ozFailed"] = [];
  const cells: { entry: (typeof toFill)[number]; ozSize: number; p: number }[] = [];
  toFill.forEach((entry, i) => {
    const oz = ozEvaluations[i] as Evaluation;
    const row = rows[entry.row] as TrainingModule;
    if (!oz.ok || oz.binarySize <= 0) {
      ozFailed.push({ hash: row.hash, group: row.group, reason: oz.ok ? "-Oz leaves no code" : `${oz.failure.kind}: ${oz.failure.diagnostic.split("\n")[0] ?? ""}` });
      total -= entry.cells.length;
      return;
    }
    for (const p of entry.cells) cells.push({ entry, ozSize: oz.binarySize, p });
  });

  let cellsFailed = 0;
  await mapWithConcurrency(cells, jobs, async ({ entry, ozSize, p }) => {
    const evaluation = await evaluate(entry.module, (data.library[p] as PredictorData["library"][number]).pipeline);
    // Emptying a module that -Oz leaves code in means the pipeline dropped code the program needs.
    const size = evaluation.ok && evaluation.binarySize > 0 ? evaluation.binarySize : null;
    if (size === null) cellsFailed++;
    (rows[entry.row] as TrainingModule).gains[p] = measuredGain(ozSize, size);
  });

  const countUnknown = (modules: readonly TrainingModule[]) => modules.reduce((sum, module) => sum + unknownCells(module).length, 0);
  return {
    data: { ...data, modules: rows },
    unknownBefore: countUnknown(data.modules),
    unknownAfter: countUnknown(rows),
    modulesWithUnknowns: toFill.length + missingIr.modules,
    modulesFilled: toFill.length - ozFailed.length,
    missingIr,
    ozFailed,
    cellsFilled: cells.length,
    cellsFailed,
    evaluations: done,
    compilations,
  };
}

export interface AddedModules {
  corpus: string;
  /** Modules asked for, and added (a module whose -Oz gives no size is dropped again). */
  requested: number;
  added: number;
  byGroup: Record<string, number>;
}

/** Modules of larger units are capped like the regression rows: beyond this, one module costs as much as dozens. */
const MAX_ADDED_IR_CHARS = 200_000;

/**
 * Appends `count` modules of a corpus to the training modules, with every gain unknown (fill
 * measures them). Only groups the corpus's own split assignment puts in `train` are sampled
 * (evenly over groups, as dataset build samples), so held-out packages stay held out; modules
 * already in the model are skipped. Features are standardized with the model's own mean and
 * standard deviation.
 */
export function addCorpusModules(predictor: Predictor, store: ResultsStore, corpus: string, count: number): { data: PredictorData; hashes: Set<string> } {
  const all = store.corpus.entries(corpus);
  if (all.length === 0) throw new PasswiseError("bad-input", `corpus '${corpus}' is empty or does not exist in the store (add sources with: passwise corpus add <dir> --name ${corpus})`);
  const groupSizes = new Map<string, number>();
  for (const entry of all) groupSizes.set(entry.groupKey, (groupSizes.get(entry.groupKey) ?? 0) + 1);
  const splits = assignSplits(groupSizes);
  const known = new Set(predictor.data.modules.map((m) => m.hash));
  const eligible = all.filter((e) => splits.get(e.groupKey) === "train" && !known.has(e.moduleHash) && e.irBytes <= MAX_ADDED_IR_CHARS);
  const chosen = sampleEntries(eligible, count);
  const rows: TrainingModule[] = [];
  const seen = new Set<string>();
  for (const entry of chosen) {
    if (seen.has(entry.moduleHash)) continue;
    const module = store.corpus.module(entry);
    if (module === undefined) continue;
    seen.add(entry.moduleHash);
    rows.push({
      hash: entry.moduleHash,
      group: sourcePackage(entry.groupKey),
      features: predictor.standardize(irFeatures(module.ir)).map((v) => Math.round(v * 10_000) / 10_000),
      gains: predictor.data.library.map(() => null),
    });
  }
  return { data: { ...predictor.data, modules: [...predictor.data.modules, ...rows] }, hashes: seen };
}

/**
 * Appends pipelines to a model's library with every module's gain unknown (fill measures them).
 * `validated` names the checks each passed (predict's K = 0 only returns validated pipelines).
 * A pipeline already in the library, or given twice, is a `bad-input` error.
 */
export function addLibraryPipelines(data: PredictorData, pipelines: readonly { pipeline: string; validated: readonly string[] }[]): PredictorData {
  const known = new Set(data.library.map((entry) => canonicalPipeline(entry.pipeline)));
  for (const { pipeline } of pipelines) {
    const canonical = canonicalPipeline(pipeline);
    if (known.has(canonical)) throw new PasswiseError("bad-input", `pipeline already in the model's library: ${pipeline}`);
    known.add(canonical);
  }
  return {
    ...data,
    library: [...data.library, ...pipelines.map(({ pipeline, validated }) => ({ pipeline: canonicalPipeline(pipeline), validated: [...validated] }))],
    modules: data.modules.map((module) => ({ ...module, gains: [...module.gains, ...pipelines.map(() => null)] })),
  };
}

export interface FilledPredictor {
  /** The filled matrix with k and the prior weight chosen again by leave-one-group-out cross-validation. */
  predictor: Predictor;
  fill: FillGainsResult;
  /** Cross-validation of the model as it was, and of the filled one (autotuner: null; the matrix does not hold tuned sizes). */
  before: CrossValidation;
  after: CrossValidation;
  /** Present when modules of a corpus were added first. */
  added?: AddedModules;
}

/**
 * Fills the unknown cells (after adding `addModules.count` modules of a corpus, when asked), then
 * chooses k and the prior weight again over the now complete matrix.
 */
export async function fillPredictor(
  predictor: Predictor,
  options: FillGainsOptions & { addModules?: { corpus: string; count: number }; addPipelines?: readonly { pipeline: string; validated: readonly string[] }[] },
): Promise<FilledPredictor> {
  const before = crossValidate(predictor);
  const widened = options.addPipelines === undefined || options.addPipelines.length === 0 ? predictor : new Predictor(addLibraryPipelines(predictor.data, options.addPipelines));
  const grown = options.addModules === undefined ? undefined : addCorpusModules(widened, options.store, options.addModules.corpus, options.addModules.count);
  const fill = await fillGains(grown?.data ?? widened.data, options);
  let data = fill.data;
  let added: AddedModules | undefined;
  if (grown !== undefined && options.addModules !== undefined) {
    // An added module -Oz gives no size for has no gains to learn from.
    const dropped = new Set(fill.ozFailed.filter((m) => grown.hashes.has(m.hash)).map((m) => m.hash));
    data = { ...data, modules: data.modules.filter((m) => !dropped.has(m.hash)) };
    const kept = data.modules.filter((m) => grown.hashes.has(m.hash));
    const byGroup: Record<string, number> = {};
    for (const module of kept) byGroup[module.group] = (byGroup[module.group] ?? 0) + 1;
    added = { corpus: options.addModules.corpus, requested: options.addModules.count, added: kept.length, byGroup };
  }
  const refit = chooseHyperparameters(data);
  return { predictor: refit.predictor, fill, before, after: refit.crossValidation, ...(added ? { added } : {}) };
}

function interrupted(): PasswiseError {
  return new PasswiseError("bad-input", "interrupted; rerun the same command to resume (finished evaluations are in the store)");
}
