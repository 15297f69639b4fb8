import type { IrModule } from "../llvm/ir-module.js";
import { NO_PASSES, OZ_PIPELINE } from "../passes/pipeline.js";
import type { Evaluation, Evaluator } from "./evaluation.js";

export interface SizeReport {
  module: IrModule;
  result: Evaluation;
  baselines: { O0: Evaluation; Oz: Evaluation };
}

/** Sizes for a pipeline next to the two reference points: no passes (O0) and default<Oz>. */
export async function measureWithBaselines(evaluator: Evaluator, module: IrModule, pipeline: string): Promise<SizeReport> {
  const [result, O0, Oz] = await Promise.all([
    evaluator.evaluate(module, pipeline),
    evaluator.evaluate(module, NO_PASSES),
    evaluator.evaluate(module, OZ_PIPELINE),
  ]);
  return { module, result, baselines: { O0, Oz } };
}
