import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluator } from "../measure/evaluation.js";
import { joinPipeline } from "../passes/pipeline.js";
import { mapWithConcurrency } from "../search/concurrency.js";

/** What one pass of a list is worth on a module. */
export interface PassSaving {
  pass: string;
  /**
   * Bytes the object grows by when this pass alone is left out of the list (negative: it shrinks);
   * for a one-pass list, against no passes at all. Null when the list without it fails.
   */
  bytes: number | null;
}

/**
 * Leaves out each pass of the list in turn and reports how much larger the object gets. After
 * minimization every figure is positive: that is why the list cannot get shorter. Its evaluations
 * are the minimizer's last elimination round again, so a caching evaluator answers most of them.
 */
export async function passSavings(module: IrModule, passes: readonly string[], size: number, evaluator: Evaluator, jobs = 2): Promise<PassSaving[]> {
  return mapWithConcurrency(passes, jobs, async (pass, index) => {
    const without = [...passes.slice(0, index), ...passes.slice(index + 1)];
    const evaluation = await evaluator.evaluate(module, joinPipeline(without));
    return { pass, bytes: evaluation.ok ? evaluation.binarySize - size : null };
  });
}

/** `module-inline 34 B, default<O1> 2253 B`: one line for people. */
export function formatPassSavings(savings: readonly PassSaving[]): string {
  return savings.map(({ pass, bytes }) => `${pass} ${bytes === null ? "(fails without it)" : `${bytes} B`}`).join(", ");
}
