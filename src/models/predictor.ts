import { FEATURE_NAMES, irFeatures } from "./features.js";

/**
 * passwise's built-in flag-tuning model: nearest neighbours over IR features, voting over a
 * library of pipelines whose effect on every training module is known (the dataset's broadcast
 * matrix). For a new module it ranks the library by the expected log size ratio vs -Oz among the
 * k most similar training modules, shrunk towards each pipeline's corpus-wide average.
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

export class Predictor {
  private readonly prior: number[];

  constructor(readonly data: PredictorData) {
    this.prior = data.library.map((_, p) => {
      let sum = 0;
      let n = 0;
      for (const module of data.modules) {
        const gain = module.gains[p];
        if (gain === null || gain === undefined) continue;
        sum += gain;
        n++;
      }
      // Shrunk towards "no gain": a pipeline seen on one module only is not trusted blindly.
      return sum / (n + 2);
    });
  }

  /** Ranks the library for a module's unoptimized IR; `exclude` leaves one module out (cross-validation). */
  rank(ir: string, options: { exclude?: (module: PredictorData["modules"][number]) => boolean } = {}): RankedPipeline[] {
    return this.rankFeatures(this.standardize(irFeatures(ir)), options);
  }

  standardize(features: readonly number[]): number[] {
    return features.map((value, i) => (value - (this.data.mean[i] ?? 0)) / (this.data.std[i] || 1));
  }

  rankFeatures(features: readonly number[], options: { exclude?: (module: PredictorData["modules"][number]) => boolean; k?: number; priorWeight?: number } = {}): RankedPipeline[] {
    const k = options.k ?? this.data.k;
    const priorWeight = options.priorWeight ?? this.data.priorWeight;
    const neighbours = this.data.modules
      .filter((module) => !(options.exclude?.(module) ?? false))
      .map((module) => ({ module, distance: euclidean(features, module.features) }))
      .sort((a, b) => a.distance - b.distance || a.module.hash.localeCompare(b.module.hash))
      .slice(0, k);
    const ranked = this.data.library.map((entry, p) => {
      let weighted = priorWeight * (this.prior[p] ?? 0);
      let weights = priorWeight;
      for (const { module, distance } of neighbours) {
        const gain = module.gains[p];
        if (gain === null || gain === undefined) continue;
        const weight = 1 / (distance + 0.05);
        weighted += weight * gain;
        weights += weight;
      }
      const score = weights === 0 ? 0 : weighted / weights;
      return { pipeline: entry.pipeline, expectedGain: (1 - Math.exp(-score)) * 100, validated: entry.validated, score };
    });
    ranked.sort((a, b) => b.score - a.score || a.pipeline.length - b.pipeline.length || a.pipeline.localeCompare(b.pipeline));
    return ranked.map(({ pipeline, expectedGain, validated }) => ({ pipeline, expectedGain, validated }));
  }
}

function euclidean(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

export { FEATURE_NAMES };
