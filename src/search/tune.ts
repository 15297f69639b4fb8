import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluation, Evaluator } from "../measure/evaluation.js";
import { minimizePassList, type MinimizeResult } from "../minimize/minimize.js";
import { passSavings, type PassSaving } from "../minimize/pass-savings.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { joinPipeline, NO_PASSES, OZ_PIPELINE, splitPipeline } from "../passes/pipeline.js";
import type { ResultsStore } from "../store/results-store.js";
import type { PipelineValidator, ValidationOutcome } from "../verify/validator.js";
import { Rng } from "./rng.js";
import { SearchContext, sortCandidates, type Candidate, type SearchBudget, type SearchProgress } from "./search-context.js";
import { seedLists } from "./seed-library.js";
import type { Surrogate } from "./surrogate.js";
import { DEFAULT_STRATEGY, STRATEGIES, strategyByName, type SearchStrategy } from "./strategies.js";
import { PasswiseError } from "../errors.js";

export interface TuneOptions {
  evaluator: Evaluator;
  /** Usable catalog entries (after probing). */
  catalog: readonly CatalogEntry[];
  strategy?: SearchStrategy | string;
  budget: SearchBudget;
  jobs?: number;
  seed?: number;
  /** Records the run; its best known pipelines for this module join the seeds. */
  store?: ResultsStore;
  /** Input path or label recorded with the run. */
  input?: string;
  /** Extra seed pipelines (e.g. a broadcast library). */
  extraSeeds?: readonly string[];
  /** Minimize the winner (false to skip); insertion search is off by default in tune. */
  minimize?: false | { insertion: boolean };
  validator?: PipelineValidator;
  /** A cost model that screens proposals before they are compiled (tune --surrogate). */
  surrogate?: Surrogate;
  /** Validate every new incumbent during the search, not only the final ranking (default true). */
  validateDuringSearch?: boolean;
  onProgress?: (progress: SearchProgress) => void;
  onPhase?: (phase: "baselines" | "search" | "minimize" | "validate", detail?: string) => void;
  signal?: AbortSignal;
}

export interface TuneResult {
  input: string;
  moduleHash: string;
  llvmVersion: string;
  strategy: string;
  seed: number;
  o0Size: number | null;
  ozSize: number;
  bestSize: number;
  /** The minimized, validated winner as `opt -passes=` text. */
  bestPipeline: string;
  /** The winner as search found it, before minimization. */
  searchPipeline: string;
  searchSize: number;
  /** What each pass of bestPipeline is worth (bytes the object grows without it); null when tune did not minimize or settled for -Oz. */
  passSavings: PassSaving[] | null;
  improvementOverOz: number;
  /** Distinct pipelines the search evaluated (its budget), including -Oz. */
  evaluations: number;
  /** Evaluations spent by minimization and fallback. */
  minimizeEvaluations: number;
  /** opt runs actually made (the rest came from caches or the store). */
  compilations: number;
  validated: ValidationOutcome | null;
  rejected: { pipeline: string; reasons: string[] }[];
  /** Proposals a surrogate kept from being compiled (0 without one). */
  screenedOut: number;
  /** Would-be bests left unchecked (and unused) after hangs in their batch's checks (see MAX_HANGS_PER_BATCH). */
  setAsideAfterHangs: number;
  elapsedMs: number;
  runId: number | null;
}

export const DEFAULT_BUDGET = 500;
/** Candidates rejected by validation before tune settles for -Oz. */
const MAX_REJECTIONS = 20;
/**
 * Candidates turned away by a fresh screen in the final walk (cheap: a few programs, led by those
 * that refused earlier candidates) before tune settles for -Oz.
 */
const MAX_SCREEN_REJECTIONS = 100;

/** Finds a pipeline that makes the module's object file as small as possible, never larger than -Oz. */
export async function tune(module: IrModule, options: TuneOptions): Promise<TuneResult> {
  const started = performance.now();
  const strategy = resolveStrategy(options.strategy);
  const seed = options.seed ?? 1;
  const jobs = options.jobs ?? 2;
  const { evaluator, store } = options;
  const optRunsBefore = evaluator.stats().optRuns;
  if (options.catalog.length === 0) throw new PasswiseError("bad-option", "the pass catalog is empty");
  if (options.budget.evaluations !== undefined && options.budget.evaluations < 1) {
    throw new PasswiseError("bad-option", "the evaluation budget must be at least 1");
  }

  store?.recordModule(module);
  const runId = store?.startRun({
    moduleHash: module.hash,
    input: options.input ?? module.name,
    strategy: strategy.name,
    seed,
    budget: options.budget.evaluations ?? null,
    llvmVersion: evaluator.llvmVersion,
  }) ?? null;

  options.onPhase?.("baselines");
  const o0 = await evaluator.evaluate(module, NO_PASSES);
  // Warm start from the winners of finished runs. A run that was killed leaves no winner, so
  // rerunning it replays the same candidates (answered from the store) and carries on.
  const storedBest = (store?.runsFor(module.hash) ?? [])
    .filter((run) => run.finishedAt !== null && run.llvmVersion === evaluator.llvmVersion && run.bestPipeline !== null)
    .map((run) => run.bestPipeline as string);
  const seeds = seedLists(options.catalog, [...(options.extraSeeds ?? []), ...storedBest]);
  // -Oz is always evaluated first, so the result is never worse than -Oz.
  const ozSeed = [OZ_PIPELINE];
  const context = new SearchContext(
    module,
    options.catalog,
    new Rng(seed),
    seeds.filter((s) => s.join(",") !== OZ_PIPELINE),
    evaluator,
    options.budget,
    jobs,
    (_candidate, progress) => options.onProgress?.(progress),
    options.signal,
  );
  context.surrogate = options.surrogate;
  const rejected: { pipeline: string; reasons: string[] }[] = [];
  // Each pipeline is validated (and screened) at most once per run.
  const remembered = (verdicts: Map<string, Promise<ValidationOutcome>>, pipeline: string, check: (pipeline: string) => Promise<ValidationOutcome>) => {
    let verdict = verdicts.get(pipeline);
    if (verdict === undefined) {
      verdict = check(pipeline);
      verdicts.set(pipeline, verdict);
    }
    return verdict;
  };
  const fullVerdicts = new Map<string, Promise<ValidationOutcome>>();
  const screened = new Map<string, Promise<ValidationOutcome>>();
  const validate = (pipeline: string) => remembered(fullVerdicts, pipeline, (p) => (options.validator as PipelineValidator).validate(p));
  const [oz] = await context.evaluateBatch([ozSeed]);
  if (oz === undefined || !oz.evaluation.ok) {
    const why = oz && !oz.evaluation.ok ? `${oz.evaluation.failure.kind}: ${oz.evaluation.failure.diagnostic}` : "not evaluated";
    throw new PasswiseError("bad-input", `${options.input ?? module.name}: -Oz itself fails on this module (${why}); nothing to tune against`);
  }
  const screen = (pipeline: string): Promise<ValidationOutcome> => {
    const validator = options.validator;
    const quick = validator?.screen;
    if (validator === undefined || quick === undefined) return validate(pipeline);
    return remembered(screened, pipeline, (p) => quick.call(validator, p));
  };
  if (options.validator !== undefined && options.validateDuringSearch !== false) {
    // Validating each new incumbent keeps the search out of regions that only look good because
    // they break programs (most of random search's biggest "wins" do). A quick screen where the
    // validator has one; the final ranking below gets the full check.
    context.admit = async (candidate) => {
      if (candidate.size >= oz.size) return { admitted: true };
      const outcome = await screen(candidate.pipeline);
      if (!outcome.valid) rejected.push({ pipeline: candidate.pipeline, reasons: outcome.reasons });
      return { admitted: outcome.valid, timedOut: outcome.timedOut === true };
    };
  }
  options.onPhase?.("search", strategy.name);
  await strategy.run(context);

  const ranked = sortCandidates(context.allCandidates()).filter((c) => Number.isFinite(c.size) && c.size <= oz.size);
  const minimizeEvaluationsBefore = { count: 0 };
  let walkRejections = 0;
  let screenRejections = 0;
  let winner: { pipeline: string; size: number; searchPipeline: string; searchSize: number } | undefined;
  let validated: ValidationOutcome | null = null;
  const tried = new Set<string>();
  // Validate before minimizing (a rejected candidate costs no minimization), then minimize the
  // first valid one and check the minimized list too, keeping the valid original if it fails.
  for (const candidate of ranked) {
    if (tried.has(candidate.pipeline)) continue;
    tried.add(candidate.pipeline);
    if (candidate.size >= oz.size) break; // no gain over -Oz: the fallback below
    let outcome: ValidationOutcome | null = null;
    if (options.validator !== undefined) {
      options.onPhase?.("validate", candidate.pipeline);
      // After a refusal, a fresh screen first: its sentinels now lead with the programs that refused
      // earlier candidates, so the refused list's relatives (a search climbs among them) are turned
      // away cheaply instead of using up the walk's full validations.
      const quick = walkRejections > 0 ? await options.validator.screen?.(candidate.pipeline) : undefined;
      if (quick !== undefined && !quick.valid) {
        rejected.push({ pipeline: candidate.pipeline, reasons: quick.reasons });
        if (++screenRejections >= MAX_SCREEN_REJECTIONS) break;
        continue;
      }
      outcome = await validate(candidate.pipeline);
      if (!outcome.valid) {
        rejected.push({ pipeline: candidate.pipeline, reasons: outcome.reasons });
        if (++walkRejections >= MAX_REJECTIONS) break;
        continue;
      }
    }
    winner = { pipeline: candidate.pipeline, size: candidate.size, searchPipeline: candidate.pipeline, searchSize: candidate.size };
    validated = outcome;
    const minimized = await maybeMinimize(module, candidate, options, jobs, minimizeEvaluationsBefore);
    // The minimized list is different code and can break a program the original did not; then the
    // minimizer's intermediate lists are tried, smallest and shortest first.
    for (const shorter of shorterAlternatives(minimized, candidate.pipeline)) {
      if (options.validator === undefined) {
        winner = { ...winner, pipeline: shorter.pipeline, size: shorter.size };
        break;
      }
      options.onPhase?.("validate", shorter.pipeline);
      const screenOutcome = await screen(shorter.pipeline);
      const shorterOutcome = screenOutcome.valid ? await validate(shorter.pipeline) : screenOutcome;
      if (shorterOutcome.valid) {
        winner = { ...winner, pipeline: shorter.pipeline, size: shorter.size };
        validated = shorterOutcome;
        break;
      }
      rejected.push({ pipeline: shorter.pipeline, reasons: shorterOutcome.reasons });
    }
    break;
  }
  if (winner === undefined) {
    winner = { pipeline: OZ_PIPELINE, size: oz.size, searchPipeline: OZ_PIPELINE, searchSize: oz.size };
    validated = options.validator === undefined ? null : { valid: true, checks: { "oz-reference": true }, reasons: [] };
  }
  // Mostly answered by the evaluator's cache: the minimizer's last round left out each pass already.
  const savings = options.minimize === false || winner.pipeline === OZ_PIPELINE ? null : await passSavings(module, splitPipeline(winner.pipeline), winner.size, evaluator, jobs);
  if (savings) minimizeEvaluationsBefore.count += savings.length;

  const result: TuneResult = {
    input: options.input ?? module.name,
    moduleHash: module.hash,
    llvmVersion: evaluator.llvmVersion,
    strategy: strategy.name,
    seed,
    o0Size: o0.ok ? o0.binarySize : null,
    ozSize: oz.size,
    bestSize: winner.size,
    bestPipeline: winner.pipeline,
    searchPipeline: winner.searchPipeline,
    searchSize: winner.searchSize,
    passSavings: savings,
    improvementOverOz: (100 * (oz.size - winner.size)) / oz.size,
    evaluations: context.evaluations,
    minimizeEvaluations: minimizeEvaluationsBefore.count,
    compilations: evaluator.stats().optRuns - optRunsBefore,
    validated,
    rejected,
    screenedOut: context.screenedOut,
    setAsideAfterHangs: context.setAside,
    elapsedMs: performance.now() - started,
    runId,
  };
  if (store && runId !== null) {
    store.finishRun(runId, {
      o0Size: result.o0Size,
      ozSize: result.ozSize,
      bestSize: result.bestSize,
      bestPipeline: result.bestPipeline,
      evaluations: result.evaluations,
      compilations: result.compilations,
      validated: result.validated,
    });
  }
  return result;
}

async function maybeMinimize(
  module: IrModule,
  candidate: Candidate,
  options: TuneOptions,
  jobs: number,
  counter: { count: number },
): Promise<MinimizedLists> {
  if (options.minimize === false || candidate.pipeline === OZ_PIPELINE) return { pipeline: candidate.pipeline, size: candidate.size, intermediate: [] };
  options.onPhase?.("minimize", candidate.pipeline);
  const intermediate: { pipeline: string; size: number }[] = [];
  const minimized: MinimizeResult = await minimizePassList(module, splitPipeline(candidate.pipeline), {
    evaluator: options.evaluator,
    catalog: options.catalog,
    jobs,
    insertion: options.minimize?.insertion ?? false,
    onStep: (step) => intermediate.push({ pipeline: joinPipeline(step.passes), size: step.size }),
  });
  counter.count += minimized.evaluations;
  return minimized.size <= candidate.size
    ? { pipeline: minimized.pipeline, size: minimized.size, intermediate: intermediate.filter((step) => step.size <= candidate.size) }
    : { pipeline: candidate.pipeline, size: candidate.size, intermediate: [] };
}

interface MinimizedLists {
  pipeline: string;
  size: number;
  /** The list after each minimization phase, none larger than the original. */
  intermediate: { pipeline: string; size: number }[];
}

/** At most this many minimized lists are validated before the original is kept. */
const MAX_MINIMIZED_TRIES = 3;

/** The minimized list, then the intermediate ones, smallest then shortest first; not the original. */
function shorterAlternatives(minimized: MinimizedLists, original: string): { pipeline: string; size: number }[] {
  const seen = new Set<string>([original]);
  const lists = [{ pipeline: minimized.pipeline, size: minimized.size }, ...minimized.intermediate].filter((list) => {
    if (seen.has(list.pipeline)) return false;
    seen.add(list.pipeline);
    return true;
  });
  const length = (pipeline: string) => splitPipeline(pipeline).length;
  return lists
    .map((list, index) => ({ ...list, index }))
    .sort((a, b) => a.size - b.size || length(a.pipeline) - length(b.pipeline) || a.index - b.index)
    .slice(0, MAX_MINIMIZED_TRIES);
}

export function resolveStrategy(strategy: SearchStrategy | string | undefined): SearchStrategy {
  if (strategy !== undefined && typeof strategy !== "string") return strategy;
  const name = strategy ?? DEFAULT_STRATEGY;
  const found = strategyByName(name);
  if (found === undefined) {
    throw new PasswiseError("bad-option", `unknown strategy '${name}' (choose one of: ${STRATEGIES.map((s) => s.name).join(", ")})`);
  }
  return found;
}

export type { Evaluation };
