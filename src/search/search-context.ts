import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluation, Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { joinPipeline } from "../passes/pipeline.js";
import { mapWithConcurrency } from "./concurrency.js";
import type { PassList } from "./pass-lists.js";
import type { Rng } from "./rng.js";
import { SURROGATE_OVERSAMPLE, type Surrogate } from "./surrogate.js";

export interface Candidate {
  passes: PassList;
  pipeline: string;
  /** Binary size, or Infinity when the pipeline failed. */
  size: number;
  evaluation: Evaluation;
  /** Set when the admission check (validation) refused it as a new best; its size is then Infinity. */
  rejected?: true;
  /**
   * Set when it would have been a new best but was not checked, its batch having met
   * MAX_HANGS_PER_BATCH hangs in admission checks already; its size is then Infinity for this run.
   */
  setAside?: true;
}

export interface AdmissionVerdict {
  admitted: boolean;
  /** The check ran into a time limit (a hang), so it cost far more than a refusal usually does. */
  timedOut?: boolean;
}

/** Decides whether a candidate may become the incumbent best (e.g. it passes validation). */
export type AdmissionCheck = (candidate: Candidate) => Promise<AdmissionVerdict>;

/**
 * Admission checks of one batch that may end in a hang before the batch's other would-be bests are
 * set aside unchecked. Pass orders that hang opt come in families (a climb's neighbours share the
 * passes that hang), and each hang costs its whole time limit: on examples/graph.c with seed 2,
 * hybrid's climb screened relatives hanging on 064-bst-insert-delete one after another.
 */
export const MAX_HANGS_PER_BATCH = 2;

export interface SearchBudget {
  /** Distinct pipelines to evaluate (repeats within a run are free). */
  evaluations?: number;
  /** Wall-clock limit in milliseconds. */
  timeMs?: number;
}

export interface SearchProgress {
  evaluations: number;
  budget: number | undefined;
  best: Candidate | undefined;
  elapsedMs: number;
  deadlineMs: number | undefined;
}

/**
 * What a strategy sees: the catalog, a seeded RNG, known-good seed lists, and a budgeted,
 * parallel, de-duplicating evaluate. Strategies propose batches so results do not depend on
 * which evaluation happens to finish first.
 */
export class SearchContext {
  private readonly seen = new Map<string, Candidate>();
  private readonly started = performance.now();
  private spent = 0;
  private idleProposals = 0;
  best: Candidate | undefined;
  /**
   * Checked before a candidate becomes the new best. A refused candidate counts as failed, so no
   * strategy climbs from a pipeline that breaks programs.
   */
  admit: AdmissionCheck | undefined;
  /** Screens proposals before they are compiled (see propose). */
  surrogate: Surrogate | undefined;
  /** Proposals the surrogate kept from being compiled. */
  screenedOut = 0;
  /** Would-be bests left unchecked after hangs in their batch's admission checks (see MAX_HANGS_PER_BATCH). */
  setAside = 0;

  constructor(
    readonly module: IrModule,
    readonly catalog: readonly CatalogEntry[],
    readonly rng: Rng,
    readonly seeds: readonly PassList[],
    private readonly evaluator: Evaluator,
    private readonly budget: SearchBudget,
    private readonly jobs: number,
    private readonly onEvaluated: (candidate: Candidate, progress: SearchProgress) => void = () => {},
    private readonly signal?: AbortSignal,
  ) {}

  get evaluations(): number {
    return this.spent;
  }

  /** Evaluations left (Infinity under a time-only budget). */
  remaining(): number {
    return this.budget.evaluations === undefined ? Number.POSITIVE_INFINITY : Math.max(0, this.budget.evaluations - this.spent);
  }

  stopped(): boolean {
    if (this.signal?.aborted) return true;
    if (this.remaining() <= 0) return true;
    if (this.budget.timeMs !== undefined && performance.now() - this.started >= this.budget.timeMs) return true;
    // A strategy that only re-proposes what it has seen has converged.
    return this.idleProposals > 20_000;
  }

  /** Candidates already evaluated in this run, by pipeline text. */
  known(passes: PassList): Candidate | undefined {
    return this.seen.get(joinPipeline(passes));
  }

  allCandidates(): Candidate[] {
    return [...this.seen.values()];
  }

  /**
   * `count` new proposals from `generate`. With a surrogate, several times as many are generated
   * and the ones it predicts smallest are kept, so the budget goes to the promising ones.
   */
  propose(count: number, generate: () => PassList): PassList[] {
    if (this.surrogate === undefined) return Array.from({ length: count }, generate);
    const pool = new Map<string, PassList>();
    for (let i = 0; i < count * SURROGATE_OVERSAMPLE; i++) {
      const passes = generate();
      const key = joinPipeline(passes);
      if (!this.seen.has(key)) pool.set(key, passes);
    }
    const keys = [...pool.keys()];
    const predicted = this.surrogate.predictSizes(this.module, keys);
    const order = keys.map((key, i) => ({ key, size: predicted[i] ?? Number.POSITIVE_INFINITY })).sort((a, b) => a.size - b.size || a.key.localeCompare(b.key));
    this.screenedOut += Math.max(0, order.length - count);
    return order.slice(0, count).map(({ key }) => pool.get(key) as PassList);
  }

  /**
   * Evaluates a batch in parallel. New pipelines beyond the budget are dropped (in batch order,
   * so truncation is deterministic); repeats are answered from this run's memory for free.
   */
  async evaluateBatch(batch: readonly PassList[]): Promise<Candidate[]> {
    const fresh: PassList[] = [];
    const freshKeys = new Set<string>();
    for (const passes of batch) {
      const key = joinPipeline(passes);
      if (this.seen.has(key) || freshKeys.has(key)) continue;
      if (fresh.length >= this.remaining()) break;
      fresh.push(passes);
      freshKeys.add(key);
    }
    this.idleProposals = fresh.length === 0 ? this.idleProposals + batch.length : 0;
    if (this.budget.timeMs !== undefined && performance.now() - this.started >= this.budget.timeMs) fresh.length = 0;
    const evaluated = await mapWithConcurrency(fresh, this.jobs, async (passes) => {
      const pipeline = joinPipeline(passes);
      const evaluation = await this.evaluator.evaluate(this.module, pipeline, this.signal ? { signal: this.signal } : {});
      return { passes, pipeline, size: evaluation.ok ? evaluation.binarySize : Number.POSITIVE_INFINITY, evaluation };
    });
    for (const candidate of evaluated) this.seen.set(candidate.pipeline, candidate);
    // Improvements are admitted best first, so `best` does not depend on completion order and a
    // batch costs at most one accepted check.
    let hangs = 0;
    for (const candidate of sortCandidates(evaluated)) {
      if (!Number.isFinite(candidate.size)) break;
      if (this.best !== undefined && !isBetter(candidate, this.best)) break;
      if (this.admit !== undefined && hangs >= MAX_HANGS_PER_BATCH) {
        candidate.size = Number.POSITIVE_INFINITY;
        candidate.setAside = true;
        this.setAside++;
        continue;
      }
      const verdict = this.admit === undefined ? { admitted: true } : await this.admit(candidate);
      if (!verdict.admitted) {
        candidate.size = Number.POSITIVE_INFINITY;
        candidate.rejected = true;
        if (verdict.timedOut) hangs++;
        continue;
      }
      this.best = candidate;
    }
    for (const candidate of evaluated) {
      this.spent++;
      this.onEvaluated(candidate, {
        evaluations: this.spent,
        budget: this.budget.evaluations,
        best: this.best,
        elapsedMs: performance.now() - this.started,
        deadlineMs: this.budget.timeMs,
      });
    }
    return batch.map((passes) => this.seen.get(joinPipeline(passes))).filter((c): c is Candidate => c !== undefined);
  }
}

/** Smaller binary wins; among equal sizes the shorter list, then the lexically smaller text. */
export function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.size !== b.size) return a.size < b.size;
  if (a.passes.length !== b.passes.length) return a.passes.length < b.passes.length;
  return a.pipeline < b.pipeline;
}

export function sortCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => (isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0));
}
