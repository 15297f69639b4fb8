import { PasswiseError } from "../errors.js";
import type { IrModule } from "../llvm/ir-module.js";
import type { RegressionLM } from "../models/rlm/regression-lm.js";
import { rlmInput } from "../models/rlm/vocabulary.js";

/**
 * A cost model that guesses a pipeline's binary size without compiling. With one, strategies
 * propose several times more candidates than they evaluate and compile the most promising first.
 */
export interface Surrogate {
  readonly name: string;
  /** Predicted binary size per pipeline (smaller is more promising). */
  predictSizes(module: IrModule, pipelines: readonly string[]): number[];
}

/** Candidates proposed per evaluated candidate when a surrogate screens them. */
export const SURROGATE_OVERSAMPLE = 4;

/** The Regression Language Model as a surrogate: the median of a few sampled binary sizes. */
export function rlmSurrogate(model: RegressionLM, options: { samples?: number; seed?: number } = {}): Surrogate {
  const metric = model.metricNames.indexOf("binary_size");
  if (metric < 0) throw new PasswiseError("model-error", `the RLM does not predict binary_size (it predicts ${model.metricNames.join(", ")})`);
  const samples = options.samples ?? 8;
  return {
    name: "rlm",
    predictSizes(module, pipelines) {
      const drawn = model.sample(
        pipelines.map((pipeline) => rlmInput(module.ir, pipeline)),
        samples,
        { seed: options.seed ?? 1 },
      );
      return drawn.map((perInput) => median(perInput.map((sample) => sample[metric] ?? Number.POSITIVE_INFINITY)));
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
