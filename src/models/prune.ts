import type { CatalogEntry } from "../passes/catalog.js";
import { OZ_PIPELINE, splitPipeline } from "../passes/pipeline.js";
import { Predictor } from "./predictor.js";
import { chooseHyperparameters, crossValidate, type CrossValidation } from "./train-predictor.js";

export interface PrunedPredictor {
  /** The model without the dropped pipelines, k and the prior weight chosen again. */
  predictor: Predictor;
  /** Library pipelines that use a pass the catalog does not hold, in library order. */
  dropped: string[];
  before: CrossValidation;
  after: CrossValidation;
}

/**
 * Brings a model's library to a catalog: a pipeline that uses a pass the catalog no longer holds
 * (a pass left out because it was found unsafe, say) is dropped with its column of gains, since
 * predict and tune would skip it anyway, and the neighbours are tuned again without it.
 * `default<Oz>`, the fallback, always stays.
 */
export function pruneToCatalog(predictor: Predictor, catalog: readonly CatalogEntry[]): PrunedPredictor {
  const known = new Set(catalog.map((entry) => entry.pipeline));
  const keep = predictor.data.library.map((entry) => entry.pipeline === OZ_PIPELINE || splitPipeline(entry.pipeline).every((pass) => known.has(pass)));
  const dropped = predictor.data.library.filter((_, index) => !keep[index]).map((entry) => entry.pipeline);
  const before = crossValidate(predictor);
  if (dropped.length === 0) return { predictor, dropped, before, after: before };
  const refit = chooseHyperparameters({
    ...predictor.data,
    library: predictor.data.library.filter((_, index) => keep[index]),
    modules: predictor.data.modules.map((module) => ({ ...module, gains: module.gains.filter((_, index) => keep[index]) })),
  });
  return { predictor: refit.predictor, dropped, before, after: refit.crossValidation };
}
