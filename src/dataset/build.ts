import path from "node:path";
import { PasswiseError, isPasswiseError } from "../errors.js";
import { sha256, type IrModule } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import { randomPassList } from "../search/pass-lists.js";
import { Rng } from "../search/rng.js";
import { DEFAULT_BUDGET, tune } from "../search/tune.js";
import type { CorpusEntry } from "../store/corpus-store.js";
import type { ResultsStore } from "../store/results-store.js";
import type { PipelineValidator } from "../verify/validator.js";
import { Checkpoint } from "./checkpoint.js";
import { writeDatasetFiles, type WriteSummary } from "./write.js";

/** One module's tuning outcome, as kept in the build's checkpoint. */
export interface TunedRecord {
  key: string;
  moduleHash: string;
  name: string;
  origin: string;
  group: string;
  ok: boolean;
  error?: string;
  o0Size?: number | null;
  ozSize?: number;
  /** Minimized, validated winner of the search. */
  bestPipeline?: string;
  bestSize?: number;
  searchPipeline?: string;
  evaluations?: number;
  compilations?: number;
  /** Would-be winners that validation refused. */
  rejected?: number;
  validated?: boolean;
}

/** A module's best after broadcast (the 100 most common best lists tried on it). */
export interface BroadcastRecord {
  key: string;
  bestPipeline: string;
  bestSize: number;
  improved: boolean;
  rejected: number;
  /** Binary size of every broadcast pipeline on this module (null: it failed), for models to learn from. */
  sizes: Record<string, number | null>;
}

/** A random pipeline (1–50 passes) sampled for the emulation task; failures are dropped. */
export interface EmulationRecord {
  key: string;
  moduleHash: string;
  pipeline: string;
  ok: boolean;
  reason?: string;
}

export interface DatasetBuildOptions {
  corpus: string;
  outDir: string;
  toolchain: Toolchain;
  store: ResultsStore;
  evaluator: Evaluator;
  catalog: readonly CatalogEntry[];
  validator?: PipelineValidator;
  /**
   * Validate every new incumbent during each search (tune's default) instead of the final
   * ranking only (the paper's way, and the default here: far fewer PassListEval runs per module).
   */
  validateDuringSearch?: boolean;
  strategy?: string;
  budget?: number;
  jobs?: number;
  seed?: number;
  /** How many of the most common best lists are broadcast (paper: 100). */
  broadcast?: number;
  /** Build from a deterministic sample of this many modules (ordered by module hash) instead of all. */
  maxModules?: number;
  /** Finish with the modules tuned so far (skip the rest): broadcast, sample and write now. */
  tunedOnly?: boolean;
  /** Random pipelines per module for emulation.jsonl. */
  emulationSamples?: number;
  /** Also write assembly-emulation rows. */
  emulationAsm?: boolean;
  onProgress?: (progress: DatasetProgress) => void;
  onLog?: (line: string) => void;
  signal?: AbortSignal;
}

export interface DatasetProgress {
  phase: "tune" | "broadcast" | "emulation" | "write";
  done: number;
  total: number;
  evaluations: number;
  elapsedMs: number;
  etaMs: number | undefined;
  /** Geometric-mean size reduction vs -Oz over the modules done so far, in %. */
  geomeanVsOz: number | undefined;
  current?: string;
}

export interface DatasetBuildResult {
  outDir: string;
  modules: number;
  tuned: number;
  failed: number;
  evaluations: number;
  geomeanVsOzBeforeBroadcast: number;
  geomeanVsOzAfterBroadcast: number;
  files: WriteSummary;
  elapsedMs: number;
}

export const DEFAULT_BROADCAST = 100;
export const DEFAULT_EMULATION_SAMPLES = 2;

/**
 * LLM Compiler's data pipeline over a corpus: tune each module (search, minimize, validate),
 * broadcast the most common best lists to every module, sample random pipelines for the
 * emulation task, and write the JSONL files. Every finished module is checkpointed under
 * `<outDir>/state`, so a killed build resumes where it stopped.
 */
export async function buildDataset(options: DatasetBuildOptions): Promise<DatasetBuildResult> {
  const started = performance.now();
  const entries = sampleEntries(options.store.corpus.entries(options.corpus), options.maxModules);
  if (entries.length === 0) {
    throw new PasswiseError("bad-input", `corpus '${options.corpus}' is empty or does not exist (add sources with: passwise corpus add <dir> --name ${options.corpus})`);
  }
  const stateDir = path.join(options.outDir, "state");
  const tuned = new Checkpoint<TunedRecord>(path.join(stateDir, "tuned.jsonl"));
  if (options.tunedOnly) {
    const all = options.store.corpus.entries(options.corpus);
    entries.splice(0, entries.length, ...all.filter((e) => tuned.has(e.moduleHash)));
    if (entries.length === 0) throw new PasswiseError("bad-input", `${options.outDir}: no module of corpus '${options.corpus}' is tuned yet; nothing to finish`);
  }
  const broadcast = new Checkpoint<BroadcastRecord>(path.join(stateDir, "broadcast.jsonl"));
  const emulation = new Checkpoint<EmulationRecord>(path.join(stateDir, "emulation.jsonl"));
  const jobs = options.jobs ?? 2;
  let evaluations = 0;
  const progress = (phase: DatasetProgress["phase"], done: number, total: number, phaseStarted: number, current?: string) => {
    const elapsed = performance.now() - phaseStarted;
    options.onProgress?.({
      phase,
      done,
      total,
      evaluations,
      elapsedMs: performance.now() - started,
      etaMs: done === 0 ? undefined : (elapsed / done) * (total - done),
      geomeanVsOz: geomeanReduction(tuned.values().map((r) => bestOf(r, broadcast.get(r.key)))),
      ...(current ? { current } : {}),
    });
  };

  // 1. Tune every module (resumable: modules already in the checkpoint are skipped).
  let phaseStarted = performance.now();
  const todo = entries.filter((e) => !tuned.has(e.moduleHash));
  let done = entries.length - todo.length;
  for (const entry of todo) {
    if (options.signal?.aborted) break;
    progress("tune", done, entries.length, phaseStarted, entry.name);
    const record = await tuneEntry(entry, options);
    if (options.signal?.aborted) break; // an interrupted search is redone on resume, not recorded half-done
    evaluations += record.evaluations ?? 0;
    tuned.add(record);
    done++;
  }
  progress("tune", done, entries.length, phaseStarted);
  if (options.signal?.aborted) throw new PasswiseError("bad-input", "interrupted; rerun the same command to resume");

  // 2. Broadcast the most common best lists.
  const library = commonBestLists(tuned.values(), options.broadcast ?? DEFAULT_BROADCAST);
  phaseStarted = performance.now();
  const tunedOk = tuned.values().filter((r) => r.ok);
  done = 0;
  for (const record of tunedOk) {
    if (options.signal?.aborted) break;
    if (!broadcast.has(record.key)) {
      progress("broadcast", done, tunedOk.length, phaseStarted, record.name);
      const outcome = await broadcastTo(record, library, options);
      evaluations += library.length;
      broadcast.add(outcome);
    }
    done++;
  }
  progress("broadcast", done, tunedOk.length, phaseStarted);
  if (options.signal?.aborted) throw new PasswiseError("bad-input", "interrupted; rerun the same command to resume");

  // 3. Random pipelines for the emulation task (deterministic per module and seed).
  const samples = options.emulationSamples ?? DEFAULT_EMULATION_SAMPLES;
  phaseStarted = performance.now();
  done = 0;
  await mapWithConcurrency(tunedOk, jobs, async (record) => {
    if (options.signal?.aborted) return;
    const module = moduleOf(options, record);
    const rng = new Rng(seedFor(record.moduleHash, options.seed ?? 1));
    for (let i = 0; i < samples; i++) {
      const pipeline = randomPassList(rng, options.catalog).join(",");
      const key = `${record.moduleHash}#${i}`;
      if (emulation.has(key)) continue;
      const evaluation = await options.evaluator.evaluate(module, pipeline);
      evaluations++;
      emulation.add({ key, moduleHash: record.moduleHash, pipeline, ok: evaluation.ok, ...(evaluation.ok ? {} : { reason: `${evaluation.failure.kind}: ${evaluation.failure.diagnostic.split("\n")[0] ?? ""}` }) });
    }
    progress("emulation", ++done, tunedOk.length, phaseStarted, record.name);
  });
  if (options.signal?.aborted) throw new PasswiseError("bad-input", "interrupted; rerun the same command to resume");

  // 4. The JSONL files (rewritten from the checkpoints each time, atomically).
  phaseStarted = performance.now();
  const files = await writeDatasetFiles({
    ...options,
    entries,
    tuned: tuned.values(),
    broadcast,
    emulation: emulation.values().filter((e) => e.ok),
    validationChecks: options.validator?.checks ?? [],
    onFile: (name, doneModules, total) => progress("write", doneModules, total, phaseStarted, name),
  });

  const ok = tuned.values().filter((r) => r.ok);
  return {
    outDir: options.outDir,
    modules: entries.length,
    tuned: ok.length,
    failed: tuned.size - ok.length,
    evaluations,
    geomeanVsOzBeforeBroadcast: geomeanReduction(ok.map((r) => bestOf(r, undefined))) ?? 0,
    geomeanVsOzAfterBroadcast: geomeanReduction(ok.map((r) => bestOf(r, broadcast.get(r.key)))) ?? 0,
    files,
    elapsedMs: performance.now() - started,
  };
}

/**
 * All entries, or `limit` of them spread evenly over the groups: groups take turns (in the order
 * of their names' hashes), each giving its modules in module-hash order. Deterministic, and one
 * big package cannot crowd out the rest.
 */
export function sampleEntries(entries: CorpusEntry[], limit: number | undefined): CorpusEntry[] {
  if (limit === undefined || entries.length <= limit) return entries;
  const byGroup = new Map<string, CorpusEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.moduleHash.localeCompare(b.moduleHash))) {
    byGroup.set(entry.groupKey, [...(byGroup.get(entry.groupKey) ?? []), entry]);
  }
  const queues = [...byGroup.entries()].sort((a, b) => sha256(a[0]).localeCompare(sha256(b[0]))).map(([, list]) => list);
  const chosen = new Set<CorpusEntry>();
  for (let round = 0; chosen.size < limit; round++) {
    let took = false;
    for (const queue of queues) {
      const entry = queue[round];
      if (entry === undefined || chosen.size >= limit) continue;
      chosen.add(entry);
      took = true;
    }
    if (!took) break;
  }
  return entries.filter((e) => chosen.has(e));
}

async function tuneEntry(entry: CorpusEntry, options: DatasetBuildOptions): Promise<TunedRecord> {
  const base = { key: entry.moduleHash, moduleHash: entry.moduleHash, name: entry.name, origin: entry.origin, group: entry.groupKey };
  try {
    const module = moduleOf(options, { moduleHash: entry.moduleHash, name: entry.name });
    const result = await tune(module, {
      evaluator: options.evaluator,
      catalog: options.catalog,
      budget: { evaluations: options.budget ?? DEFAULT_BUDGET },
      jobs: options.jobs ?? 2,
      seed: options.seed ?? 1,
      store: options.store,
      input: `${options.corpus}:${entry.origin}${entry.functionName ? `:${entry.functionName}` : ""}`,
      minimize: { insertion: false },
      ...(options.strategy ? { strategy: options.strategy } : {}),
      ...(options.validator ? { validator: options.validator, validateDuringSearch: options.validateDuringSearch ?? false } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return {
      ...base,
      ok: true,
      o0Size: result.o0Size,
      ozSize: result.ozSize,
      bestPipeline: result.bestPipeline,
      bestSize: result.bestSize,
      searchPipeline: result.searchPipeline,
      evaluations: result.evaluations + result.minimizeEvaluations,
      compilations: result.compilations,
      rejected: result.rejected.length,
      validated: result.validated?.valid ?? false,
    };
  } catch (error) {
    if (!isPasswiseError(error)) throw error;
    options.onLog?.(`${entry.name}: ${error.message}`);
    return { ...base, ok: false, error: error.message };
  }
}

/** The `limit` most frequent best pipelines (ties broken by text, so the library is stable). */
export function commonBestLists(records: readonly TunedRecord[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    if (record.ok && record.bestPipeline !== undefined) counts.set(record.bestPipeline, (counts.get(record.bestPipeline) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([pipeline]) => pipeline);
}

async function broadcastTo(record: TunedRecord, library: readonly string[], options: DatasetBuildOptions): Promise<BroadcastRecord> {
  const module = moduleOf(options, record);
  const current = { pipeline: record.bestPipeline as string, size: record.bestSize as number };
  const evaluated = await mapWithConcurrency(library, options.jobs ?? 2, async (pipeline) => ({ pipeline, evaluation: await options.evaluator.evaluate(module, pipeline) }));
  const better = evaluated
    .filter((c) => c.evaluation.ok && c.evaluation.binarySize < current.size)
    .map((c) => ({ pipeline: c.pipeline, size: c.evaluation.ok ? c.evaluation.binarySize : Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.size - b.size || a.pipeline.length - b.pipeline.length || a.pipeline.localeCompare(b.pipeline));
  const sizes: Record<string, number | null> = {};
  for (const c of evaluated) sizes[c.pipeline] = c.evaluation.ok ? c.evaluation.binarySize : null;
  let rejected = 0;
  for (const candidate of better) {
    const outcome = options.validator ? await options.validator.validate(candidate.pipeline) : { valid: true };
    if (!outcome.valid) {
      rejected++;
      continue;
    }
    return { key: record.key, bestPipeline: candidate.pipeline, bestSize: candidate.size, improved: true, rejected, sizes };
  }
  return { key: record.key, bestPipeline: current.pipeline, bestSize: current.size, improved: false, rejected, sizes };
}

export function moduleOf(options: Pick<DatasetBuildOptions, "store" | "corpus">, record: { moduleHash: string; name: string }): IrModule {
  const module = options.store.corpus.module(record);
  if (module === undefined) throw new PasswiseError("store-error", `module ${record.name} (${record.moduleHash.slice(0, 12)}) is missing from the store`);
  return module;
}

/** A module's final best: the broadcast result when there is one. */
export function bestOf(record: TunedRecord, broadcast: BroadcastRecord | undefined): { ozSize: number; bestSize: number } | undefined {
  if (!record.ok || record.ozSize === undefined || record.bestSize === undefined) return undefined;
  return { ozSize: record.ozSize, bestSize: broadcast?.bestSize ?? record.bestSize };
}

/** Geometric mean of ozSize/bestSize − 1, in %, as the paper reports it. */
export function geomeanReduction(results: readonly ({ ozSize: number; bestSize: number } | undefined)[]): number | undefined {
  const ratios = results.filter((r): r is { ozSize: number; bestSize: number } => r !== undefined && r.bestSize > 0).map((r) => Math.log(r.ozSize / r.bestSize));
  if (ratios.length === 0) return undefined;
  return (Math.exp(ratios.reduce((a, b) => a + b, 0) / ratios.length) - 1) * 100;
}

function seedFor(moduleHash: string, seed: number): number {
  return (Number.parseInt(moduleHash.slice(0, 8), 16) ^ seed) >>> 0;
}

