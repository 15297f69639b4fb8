import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { corpusDigest } from "../corpus/stats.js";
import { PasswiseError } from "../errors.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { NO_PASSES } from "../passes/pipeline.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import { randomPassList } from "../search/pass-lists.js";
import { Rng } from "../search/rng.js";
import { BUILTIN_SEEDS } from "../search/seed-library.js";
import type { CorpusStore } from "../store/corpus-store.js";
import { sampleEntries } from "./build.js";
import { assignSplits, type Split } from "./splits.js";

/** One line of regression.jsonl (the same schema `dataset build` writes). */
export interface RegressionRow {
  module_hash: string;
  name: string;
  origin: string;
  group: string;
  split: Split;
  llvm_version: string;
  task: "size-unoptimized" | "size-after";
  x: string;
  pipeline: string | null;
  y: { binary_size: number; ir_instruction_count: number };
}

export interface RegressionRowsOptions {
  corpus: string;
  corpusStore: CorpusStore;
  evaluator: Evaluator;
  catalog: readonly CatalogEntry[];
  out: string;
  /** Rows to aim for (each module gives one unoptimized row plus `pipelinesPerModule` rows). */
  rows: number;
  seed?: number;
  pipelinesPerModule?: number;
  /** Extra pipelines to draw from (e.g. a broadcast library of common best lists). */
  library?: readonly string[];
  /** Longest random pass list drawn from the catalog. */
  maxPasses?: number;
  /** Modules with more IR than this (characters) are skipped: they would be truncated anyway. */
  maxIrChars?: number;
  jobs?: number;
  onProgress?: (done: number, total: number, rows: number) => void;
  signal?: AbortSignal;
}

export interface RegressionRowsResult {
  out: string;
  modules: number;
  rows: number;
  failed: number;
  splits: Record<Split, number>;
  llvmVersion: string;
  /** The whole corpus's digest (see corpusDigest): which corpus build the rows were drawn from. */
  corpusDigest: string;
  elapsedMs: number;
}

export const DEFAULT_PIPELINES_PER_MODULE = 3;

/**
 * Regression rows without tuning: modules sampled evenly over the corpus's groups, each compiled
 * unoptimized and with a few pipelines (the built-in seeds, the library, and random catalog
 * lists), measured by the evaluator. Splits are by group over the whole corpus, as in
 * `dataset build`, so held-out rows come from programs never seen in training.
 */
export async function generateRegressionRows(options: RegressionRowsOptions): Promise<RegressionRowsResult> {
  const started = performance.now();
  const perModule = options.pipelinesPerModule ?? DEFAULT_PIPELINES_PER_MODULE;
  const maxIrChars = options.maxIrChars ?? 200_000;
  const corpus = options.corpusStore.entries(options.corpus);
  const all = corpus.filter((e) => e.irBytes <= maxIrChars);
  if (all.length === 0) throw new PasswiseError("bad-input", `corpus '${options.corpus}' is empty or does not exist (add sources with: passwise corpus add <dir> --name ${options.corpus})`);
  const groupSizes = new Map<string, number>();
  for (const entry of all) groupSizes.set(entry.groupKey, (groupSizes.get(entry.groupKey) ?? 0) + 1);
  const splits = assignSplits(groupSizes);
  const entries = sampleEntries(all, Math.ceil(options.rows / (perModule + 1)));
  const pool = [...BUILTIN_SEEDS, ...(options.library ?? [])];
  const plans = entries.map((entry) => {
    // Keyed by the module, not its place in the sample: a module added to or missing from the
    // corpus (a build that differs on another machine) changes no other module's pipelines.
    const r = new Rng(options.seed ?? 1).fork(Number.parseInt(entry.moduleHash.slice(0, 8), 16));
    const pipelines = new Set<string>();
    for (let k = 0; k < perModule; k++) {
      // Half known-good pipelines (the ones search starts from), half random catalog lists.
      pipelines.add(r.float() < 0.5 && pool.length > 0 ? r.pick(pool) : randomPassList(r, options.catalog, options.maxPasses ?? 20).join(","));
    }
    return { entry, pipelines: [NO_PASSES, ...pipelines] };
  });

  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  const stream = createWriteStream(`${options.out}.tmp`);
  const counts: Record<Split, number> = { train: 0, validation: 0, test: 0 };
  let rows = 0;
  let failed = 0;
  let done = 0;
  // Rows are written in plan order whatever order the jobs finish in, so a file is reproducible.
  const finished = new Map<number, string[]>();
  let nextToWrite = 0;
  const flush = async () => {
    for (let lines = finished.get(nextToWrite); lines !== undefined; lines = finished.get(nextToWrite)) {
      finished.delete(nextToWrite++);
      if (lines.length > 0 && !stream.write(`${lines.join("\n")}\n`)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    }
  };
  await mapWithConcurrency(plans.map((plan, index) => ({ ...plan, index })), options.jobs ?? 2, async ({ entry, pipelines, index }) => {
    if (options.signal?.aborted) {
      finished.set(index, []);
      return;
    }
    const module = options.corpusStore.module(entry);
    if (module === undefined) throw new PasswiseError("store-error", `module ${entry.name} (${entry.moduleHash.slice(0, 12)}) is missing from the store`);
    const split = splits.get(entry.groupKey) ?? "train";
    const lines: string[] = [];
    for (const pipeline of pipelines) {
      const evaluation = await options.evaluator.evaluate(module, pipeline, options.signal ? { signal: options.signal } : {});
      if (!evaluation.ok) {
        failed++;
        if (pipeline === NO_PASSES) break; // a module that does not lower gives no rows at all
        continue;
      }
      const row: RegressionRow = {
        module_hash: entry.moduleHash,
        name: entry.name,
        origin: entry.origin,
        group: entry.groupKey,
        split,
        llvm_version: options.evaluator.llvmVersion,
        task: pipeline === NO_PASSES ? "size-unoptimized" : "size-after",
        x: module.ir,
        pipeline: pipeline === NO_PASSES ? null : pipeline,
        y: { binary_size: evaluation.binarySize, ir_instruction_count: evaluation.irInstructionCount },
      };
      lines.push(JSON.stringify(row));
      counts[split]++;
    }
    rows += lines.length;
    finished.set(index, lines);
    await flush();
    options.onProgress?.(++done, plans.length, rows);
  });
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (options.signal?.aborted) throw new PasswiseError("bad-input", "interrupted; nothing written");
  await rename(`${options.out}.tmp`, options.out);
  return { out: options.out, modules: plans.length, rows, failed, splits: counts, llvmVersion: options.evaluator.llvmVersion, corpusDigest: corpusDigest(corpus), elapsedMs: performance.now() - started };
}
