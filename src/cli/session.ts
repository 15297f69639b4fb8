import { homedir } from "node:os";
import path from "node:path";
import { SubprocessEvaluator } from "../measure/subprocess-evaluator.js";
import { loadCatalog } from "../passes/catalog.js";
import { probeCatalog, probeModule, type ProbedCatalog } from "../passes/probe.js";
import { ResultsStore } from "../store/results-store.js";
import { cliToolchain, type GlobalOptions } from "./context.js";
import type { Toolchain } from "../llvm/toolchain.js";
import { PasswiseError } from "../errors.js";

/** Where passwise keeps its database and caches: $PASSWISE_HOME, else ~/.passwise. */
export function passwiseHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.PASSWISE_HOME ?? path.join(homedir(), ".passwise");
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(passwiseHome(env), "passwise.db");
}

export interface Session {
  toolchain: Toolchain;
  evaluator: SubprocessEvaluator;
  store: ResultsStore | undefined;
  catalog: ProbedCatalog;
  close(): void;
}

/** Toolchain, store-backed evaluator and probed catalog: what the search commands share. */
export async function openSession(globals: GlobalOptions, options: { db?: string | false; timeoutMs?: number; jobs?: number }): Promise<Session> {
  const toolchain = await cliToolchain(globals);
  const store = options.db === false ? undefined : ResultsStore.open(options.db ?? defaultDbPath());
  const evaluator = storeBackedEvaluator(toolchain, store, options.timeoutMs);
  const catalog = await probeCatalog(await loadCatalog(toolchain.version.major), new SubprocessEvaluator(toolchain), await probeModule(toolchain), {
    cacheDir: cacheDir(),
    jobs: options.jobs ?? 2,
  });
  if (catalog.warning && !globals.json) process.stderr.write(`passwise: warning: ${catalog.warning}\n`);
  return { toolchain, evaluator, store, catalog, close: () => store?.close() };
}

export type MeasuringSession = Omit<Session, "catalog" | "store"> & { store: ResultsStore };

/** Toolchain and an evaluator that records every evaluation in the results store: for commands that only measure given pipelines. */
export async function openMeasuringSession(globals: GlobalOptions, options: { db?: string; timeoutMs?: number }): Promise<MeasuringSession> {
  const toolchain = await cliToolchain(globals);
  const store = ResultsStore.open(options.db ?? defaultDbPath());
  return { toolchain, store, evaluator: storeBackedEvaluator(toolchain, store, options.timeoutMs), close: () => store.close() };
}

/** Evaluations are served from the store when it has them, and recorded in it when they are new. */
function storeBackedEvaluator(toolchain: Toolchain, store: ResultsStore | undefined, timeoutMs: number | undefined): SubprocessEvaluator {
  return new SubprocessEvaluator(toolchain, {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(store ? { evaluationCache: store.evaluationCache() } : {}),
  });
}

export function parsePositiveInt(value: string, flag: string, { allowZero = false, max = Number.POSITIVE_INFINITY } = {}): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw new PasswiseError("bad-option", `${flag} must be a ${allowZero ? "non-negative" : "positive"} integer, got '${value}'`);
  }
  if (n > max) throw new PasswiseError("bad-option", `${flag} must be at most ${max}, got '${value}'`);
  return n;
}

export function parseSeconds(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new PasswiseError("bad-option", `${flag} must be a positive number of seconds, got '${value}'`);
  return n;
}

/** Probe results and the prepared PassListEval suite live here ($PASSWISE_CACHE_DIR overrides). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PASSWISE_CACHE_DIR ?? path.join(passwiseHome(env), "cache");
}
