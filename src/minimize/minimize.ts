import type { IrModule } from "../llvm/ir-module.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { joinPipeline } from "../passes/pipeline.js";
import { mapWithConcurrency } from "../search/concurrency.js";

export interface MinimizeOptions {
  evaluator: Evaluator;
  /** The catalog gives the canonical order (bubble sort key) and the passes to try inserting. */
  catalog: readonly CatalogEntry[];
  jobs?: number;
  /** Run the insertion search (|catalog| × (length+1) evaluations per round). Default true. */
  insertion?: boolean;
  /** Safety bound on fixed-point rounds. */
  maxRounds?: number;
  onStep?: (step: MinimizeStep) => void;
}

export interface MinimizeStep {
  phase: "eliminate" | "sort" | "insert";
  passes: readonly string[];
  size: number;
  evaluations: number;
}

export interface MinimizeResult {
  passes: string[];
  pipeline: string;
  size: number;
  initialSize: number;
  initialLength: number;
  evaluations: number;
  rounds: number;
}

/**
 * LLM Compiler's pass-list minimization, to a fixed point: (1) drop each pass whose removal does
 * not grow the binary, (2) bubble-sort into the catalog's order, keeping a swap only when the size
 * does not grow, (3) insertion search: every catalog pass at every position, keeping the insertion
 * that shrinks the binary most. The result is never larger than the input.
 */
export async function minimizePassList(module: IrModule, initial: readonly string[], options: MinimizeOptions): Promise<MinimizeResult> {
  const jobs = options.jobs ?? 2;
  const order = new Map(options.catalog.map((entry, index) => [entry.pipeline, index]));
  const key = (pass: string) => order.get(pass) ?? Number.MAX_SAFE_INTEGER;
  let evaluations = 0;
  const sizeOf = async (passes: readonly string[]): Promise<number> => {
    evaluations++;
    const evaluation = await options.evaluator.evaluate(module, joinPipeline(passes));
    return evaluation.ok ? evaluation.binarySize : Number.POSITIVE_INFINITY;
  };
  const report = (phase: MinimizeStep["phase"]) => options.onStep?.({ phase, passes: [...passes], size, evaluations });

  let passes = [...initial];
  let size = await sizeOf(passes);
  const initialSize = size;
  let rounds = 0;
  if (!Number.isFinite(size)) {
    // A list that fails has no size to preserve: nothing to minimize against.
    return { passes, pipeline: joinPipeline(passes), size, initialSize, initialLength: initial.length, evaluations, rounds };
  }
  for (let changed = true; changed && rounds < (options.maxRounds ?? 20); rounds++) {
    changed = false;
    // (1) redundant-pass elimination
    for (let i = 0; i < passes.length; ) {
      const without = [...passes.slice(0, i), ...passes.slice(i + 1)];
      const candidate = without.length === 0 ? Number.POSITIVE_INFINITY : await sizeOf(without);
      if (Number.isFinite(candidate) && candidate <= size) {
        changed ||= candidate < size || without.length < passes.length;
        passes = without;
        size = candidate;
      } else {
        i++;
      }
    }
    report("eliminate");
    // (2) bubble sort into canonical order where the size does not grow
    for (let sorted = false; !sorted; ) {
      sorted = true;
      for (let i = 0; i + 1 < passes.length; i++) {
        const a = passes[i] as string;
        const b = passes[i + 1] as string;
        if (key(a) <= key(b)) continue;
        const swapped = [...passes.slice(0, i), b, a, ...passes.slice(i + 2)];
        const candidate = await sizeOf(swapped);
        if (candidate <= size) {
          passes = swapped;
          if (candidate < size) changed = true;
          size = candidate;
          sorted = false;
        }
      }
    }
    report("sort");
    // (3) insertion search
    if (options.insertion ?? true) {
      const variants: string[][] = [];
      for (let position = 0; position <= passes.length; position++) {
        for (const entry of options.catalog) variants.push([...passes.slice(0, position), entry.pipeline, ...passes.slice(position)]);
      }
      const sizes = await mapWithConcurrency(variants, jobs, (variant) => sizeOf(variant));
      let bestIndex = -1;
      sizes.forEach((candidate, index) => {
        if (candidate < size && (bestIndex < 0 || candidate < (sizes[bestIndex] as number))) bestIndex = index;
      });
      if (bestIndex >= 0) {
        passes = variants[bestIndex] as string[];
        size = sizes[bestIndex] as number;
        changed = true;
      }
      report("insert");
    }
  }
  return { passes, pipeline: joinPipeline(passes), size, initialSize, initialLength: initial.length, evaluations, rounds };
}
