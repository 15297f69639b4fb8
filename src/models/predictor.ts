import { FEATURE_NAMES, irFeatures } from "./features.js";

/**
 * passwise's built-in flag-tuning model: nearest neighbours over IR features, voting over a
 * library of pipelines whose effect on every training module is known (the dataset's broadcast
 * matrix). For a new module it ranks the library by the expected log size ratio vs -Oz among the
 * k most similar training modules, shrunk towards each pipeline's corpus-wide average; for
 * choosing the best of several compiled candidates it orders the library by greedy coverage.
 */
export interface PredictorData {
  featureNames: string[];
  /** Per-feature mean and standard deviation of the training set (features are standardized). */
  mean: number[];
  std: number[];
  /** Candidate pipelines; `validated` says which checks they passed when the dataset was built. */
  library: { pipeline: string; validated: string[] }[];
  /** Training modules: standardized features and log(ozSize/size) per library pipeline (null = unknown). */
  modules: { hash: string; group: string; features: number[]; gains: (number | null)[] }[];
  /** Neighbours consulted. */
  k: number;
  /** Weight of the corpus-wide prior against the neighbours' evidence. */
  priorWeight: number;
}

export interface RankedPipeline {
  pipeline: string;
  /** Expected size reduction vs -Oz in % (from the model, not measured). */
  expectedGain: number;
  validated: string[];
}

/** A gain for a pipeline that failed on a module: as bad as doubling the size. */
export const FAILED_GAIN = Math.log(0.5);

export type TrainingModule = PredictorData["modules"][number];
type ModuleFilter = (module: TrainingModule) => boolean;

export class Predictor {
  private readonly prior: number[];
  private verificationOrder: RankedPipeline[] | undefined;
  private tieRanks: Int32Array | undefined;

  constructor(readonly data: PredictorData) {
    this.prior = this.priorOver(data.modules);
  }

  /** Each pipeline's average gain over these modules, shrunk towards "no gain" (a pipeline seen on one module only is not trusted blindly). */
  priorOver(modules: readonly TrainingModule[]): number[] {
    return this.data.library.map((_, p) => {
      let sum = 0;
      let n = 0;
      for (const module of modules) {
        const gain = module.gains[p];
        if (gain === null || gain === undefined) continue;
        sum += gain;
        n++;
      }
      return sum / (n + 2);
    });
  }

  /**
   * The same model without the training modules of these groups, for a held-out test without
   * retraining. The library keeps every pipeline, including any first found on those modules,
   * unless `dropTheirBestLists` also removes every list that is the best known on one of them.
   */
  withoutGroups(groups: readonly string[], options: { dropTheirBestLists?: boolean } = {}): Predictor {
    const leftOut = new Set(groups);
    const kept = this.data.modules.filter((module) => !leftOut.has(module.group));
    if (!options.dropTheirBestLists) return new Predictor({ ...this.data, modules: kept });
    // The strict hold-out: a list that is the best known on a left-out module may have been found
    // by tuning that very module, so it goes too, even where it is also the best elsewhere.
    const dropped = new Set<number>();
    for (const module of this.data.modules) {
      if (leftOut.has(module.group)) for (const p of bestListsOf(module)) dropped.add(p);
    }
    const keep = (_: unknown, p: number) => !dropped.has(p);
    return new Predictor({
      ...this.data,
      library: this.data.library.filter(keep),
      modules: kept.map((module) => ({ ...module, gains: module.gains.filter(keep) })),
    });
  }

  /** Ranks the library for a module's unoptimized IR; `exclude` leaves one module out (cross-validation). */
  rank(ir: string, options: { exclude?: ModuleFilter } = {}): RankedPipeline[] {
    return this.rankFeatures(this.standardize(irFeatures(ir)), options);
  }

  standardize(features: readonly number[]): number[] {
    return features.map((value, i) => (value - (this.data.mean[i] ?? 0)) / (this.data.std[i] || 1));
  }

  rankFeatures(features: readonly number[], options: { exclude?: ModuleFilter; k?: number; priorWeight?: number } = {}): RankedPipeline[] {
    const training = this.data.modules.filter((module) => !(options.exclude?.(module) ?? false));
    // Cross-validation leaves modules out of the prior too, or their own gains leak into it.
    const prior = options.exclude === undefined ? this.prior : this.priorOver(training);
    const neighbours = training
      .map((module) => ({ module, distance: euclidean(features, module.features) }))
      .sort((a, b) => a.distance - b.distance || a.module.hash.localeCompare(b.module.hash));
    return this.rankByNeighbours(neighbours, prior, options);
  }

  /**
   * The ranking from training modules sorted nearest first (only the first k are read) and the
   * prior over the same training modules: the expected log gain of each pipeline, the nearer a
   * neighbour the more its measured gain counts.
   */
  rankByNeighbours(
    sortedNeighbours: readonly { module: TrainingModule; distance: number }[],
    prior: readonly number[],
    options: { k?: number; priorWeight?: number } = {},
  ): RankedPipeline[] {
    const scores = this.scoresByNeighbours(sortedNeighbours, prior, options);
    const order = this.data.library.map((_, p) => p).sort(this.rankOrder(scores));
    return order.map((p) => {
      const entry = this.data.library[p] as PredictorData["library"][number];
      return { pipeline: entry.pipeline, expectedGain: (1 - Math.exp(-(scores[p] ?? 0))) * 100, validated: entry.validated };
    });
  }

  /** The index of rankByNeighbours' first pipeline, without ranking the rest (cross-validation asks this many times). */
  topByNeighbours(
    sortedNeighbours: readonly { module: TrainingModule; distance: number }[],
    prior: readonly number[],
    options: { k?: number; priorWeight?: number } = {},
  ): number {
    return this.topOfScores(this.scoresByNeighbours(sortedNeighbours, prior, options));
  }

  /** The library index that rankOrder puts first for these scores (rankOrder's test, written out: this runs millions of times in cross-validation). */
  topOfScores(scores: ArrayLike<number>): number {
    const tieRank = (this.tieRanks ??= this.libraryTieRanks());
    let top = 0;
    for (let p = 1; p < this.data.library.length; p++) {
      const difference = (scores[top] ?? 0) - (scores[p] ?? 0);
      const tie = difference === 0 || Number.isNaN(difference);
      if (difference < 0 || (tie && (tieRank[p] as number) < (tieRank[top] as number))) top = p;
    }
    return top;
  }

  /** Library indices by expected gain, highest first; ties go to the shorter pipeline, then the first in text order. */
  private rankOrder(scores: ArrayLike<number>): (p: number, q: number) => number {
    const tieRank = (this.tieRanks ??= this.libraryTieRanks());
    return (p, q) => (scores[q] ?? 0) - (scores[p] ?? 0) || (tieRank[p] ?? 0) - (tieRank[q] ?? 0);
  }

  /** Each library pipeline's place by length, then text: the tie-break, computed once (localeCompare is slow in a hot loop). */
  private libraryTieRanks(): Int32Array {
    const text = (p: number) => this.data.library[p]?.pipeline ?? "";
    const order = this.data.library.map((_, p) => p).sort((p, q) => text(p).length - text(q).length || text(p).localeCompare(text(q)));
    const ranks = new Int32Array(order.length);
    order.forEach((p, place) => (ranks[p] = place));
    return ranks;
  }

  /** The expected log gain of each library pipeline: the prior and the first k neighbours' measured gains, nearer ones counting more. */
  private scoresByNeighbours(
    sortedNeighbours: readonly { module: TrainingModule; distance: number }[],
    prior: readonly number[],
    options: { k?: number; priorWeight?: number },
  ): Float64Array {
    const k = options.k ?? this.data.k;
    const priorWeight = options.priorWeight ?? this.data.priorWeight;
    const size = this.data.library.length;
    const weighted = new Float64Array(size);
    const weights = new Float64Array(size).fill(priorWeight);
    for (let p = 0; p < size; p++) weighted[p] = priorWeight * (prior[p] ?? 0);
    // Neighbour by neighbour, each pipeline's sums in the same order as one pipeline at a time.
    for (let n = 0; n < Math.min(k, sortedNeighbours.length); n++) {
      const { module, distance } = sortedNeighbours[n] as { module: TrainingModule; distance: number };
      const weight = 1 / (distance + 0.05);
      for (let p = 0; p < size; p++) {
        const gain = module.gains[p];
        if (gain === null || gain === undefined) continue;
        weighted[p] = (weighted[p] as number) + weight * gain;
        weights[p] = (weights[p] as number) + weight;
      }
    }
    for (let p = 0; p < size; p++) weighted[p] = weights[p] === 0 ? 0 : (weighted[p] as number) / (weights[p] as number);
    return weighted;
  }

  /**
   * The library in the order to compile when the best of several candidates is kept (K ≥ 1): each
   * next pipeline is the one that adds most to the training modules' best-so-far gain (greedy
   * coverage). Risk does not matter there, since -Oz is compiled too, so a pipeline that wins big
   * on a third of the modules comes before one that wins a little everywhere. Leave-one-group-out
   * on the shipped model's 130 modules: the best of the top 10 gains 1.89% over -Oz in this order
   * against 0.94% in the K = 0 order (the IR features add nothing measurable here).
   */
  rankForVerification(options: { exclude?: ModuleFilter } = {}): RankedPipeline[] {
    if (options.exclude === undefined) return (this.verificationOrder ??= this.coverageOrder(this.data.modules));
    return this.coverageOrder(this.data.modules.filter((module) => !(options.exclude as ModuleFilter)(module)));
  }

  private coverageOrder(modules: readonly TrainingModule[]): RankedPipeline[] {
    const prior = this.priorOver(modules);
    const size = this.data.library.length;
    // Pipeline-major copy of the gains (unknown = 0): the greedy loop reads one pipeline's column at a time.
    const columns = new Float64Array(size * modules.length);
    modules.forEach((module, i) => {
      for (let p = 0; p < size; p++) columns[p * modules.length + i] = module.gains[p] ?? 0;
    });
    const bestSoFar = new Float64Array(modules.length);
    const taken = new Uint8Array(size);
    const order: RankedPipeline[] = [];
    for (let round = 0; round < size; round++) {
      let chosen = -1;
      let chosenTotal = Number.NEGATIVE_INFINITY;
      for (let p = 0; p < size; p++) {
        if (taken[p]) continue;
        let total = 0;
        const column = p * modules.length;
        for (let i = 0; i < modules.length; i++) total += Math.max(bestSoFar[i] as number, columns[column + i] as number);
        if (total > chosenTotal + 1e-12) {
          chosen = p;
          chosenTotal = total;
        }
      }
      taken[chosen] = 1;
      for (let i = 0; i < modules.length; i++) bestSoFar[i] = Math.max(bestSoFar[i] as number, columns[chosen * modules.length + i] as number);
      const entry = this.data.library[chosen] as PredictorData["library"][number];
      order.push({ pipeline: entry.pipeline, expectedGain: (1 - Math.exp(-(prior[chosen] ?? 0))) * 100, validated: entry.validated });
    }
    return order;
  }
}

/** The library indices with a module's highest measured gain, when that gain beats -Oz (ties included). */
export function bestListsOf(module: TrainingModule): number[] {
  let best = 0;
  for (const gain of module.gains) if (gain !== null && gain > best) best = gain;
  if (best <= 0) return [];
  return module.gains.flatMap((gain, p) => (gain !== null && gain >= best ? [p] : []));
}

export function euclidean(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

export { FEATURE_NAMES };
