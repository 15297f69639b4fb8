import { isPasswiseError } from "../errors.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { LlmBackend } from "../llm/backend.js";
import { llmEmulate } from "../llm/llm-emulate.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { joinPipeline } from "../passes/pipeline.js";
import { randomPassList } from "../search/pass-lists.js";
import { Rng } from "../search/rng.js";
import type { EvalUnit } from "./flag-tuning.js";

export interface EmulationEvalOptions {
  toolchain: Toolchain;
  evaluator: Evaluator;
  backend: LlmBackend;
  catalog: readonly CatalogEntry[];
  /** What the model predicts: the optimized IR, the assembly, or each in turn. */
  targets?: readonly ("ir" | "asm")[];
  /** One fixed pass list for every unit; otherwise a random list per unit as in the paper's data. */
  passes?: string;
  seed?: number;
  /** Longest random list (the paper: 1–50 passes). */
  maxPasses?: number;
  onUnit?: (done: number, total: number, name: string) => void;
}

export interface EmulationSample {
  unit: string;
  target: "ir" | "asm";
  passes: string;
  skipped?: string;
  notFitting?: string;
  compiles: boolean;
  exactMatch: boolean;
  bleu: number;
  instructionCountError: number | null;
  binarySizeError: number | null;
}

export interface EmulationSummary {
  target: "ir" | "asm";
  samples: number;
  evaluated: number;
  notFitting: number;
  /** Shares of the evaluated samples, 0–1. */
  compileRate: number;
  exactMatchRate: number;
  meanBleu: number;
  /** Mean absolute percentage error of the stated counts (0–1), over the answers that state them. */
  instructionCountMape: number | null;
  binarySizeMape: number | null;
}

export interface EmulationEvaluation {
  samples: EmulationSample[];
  summaries: EmulationSummary[];
  seed: number;
}

/** Random lists that crash opt are dropped and redrawn, as the paper dropped them. */
const DRAWS = 5;

/** The paper's Table 7: share of generated IR/assembly that compiles, exact-match rate (plus BLEU and count errors). */
export async function evaluateEmulation(units: readonly EvalUnit[], options: EmulationEvalOptions): Promise<EmulationEvaluation> {
  const targets = options.targets ?? ["ir", "asm"];
  const seed = options.seed ?? 1;
  const rng = new Rng(seed);
  const samples: EmulationSample[] = [];
  const blank = { compiles: false, exactMatch: false, bleu: 0, instructionCountError: null, binarySizeError: null };
  for (const [index, unit] of units.entries()) {
    options.onUnit?.(index, units.length, unit.name);
    const module = unit.module;
    const lists = Array.from({ length: options.passes ? 1 : DRAWS }, () => options.passes ?? joinPipeline(randomPassList(rng, options.catalog, options.maxPasses)));
    for (const target of targets) {
      if (module === undefined) {
        samples.push({ unit: unit.name, target, passes: "", skipped: unit.skipped ?? "no module", ...blank });
        continue;
      }
      let recorded = false;
      let lastProblem = "";
      for (const passes of lists) {
        try {
          const r = await llmEmulate(module, passes, { backend: options.backend, toolchain: options.toolchain, evaluator: options.evaluator, target });
          samples.push({
            unit: unit.name,
            target,
            passes,
            ...(r.notFitting ? { notFitting: r.notFitting } : {}),
            compiles: r.generated?.compiles ?? false,
            exactMatch: r.generated?.exactMatch ?? false,
            bleu: r.generated?.bleu ?? 0,
            instructionCountError: r.errors.instructionCount,
            binarySizeError: r.errors.binarySize,
          });
          recorded = true;
          break;
        } catch (error) {
          if (!isPasswiseError(error)) throw error;
          lastProblem = error.message;
        }
      }
      if (!recorded) samples.push({ unit: unit.name, target, passes: lists.at(-1) ?? "", skipped: lastProblem, ...blank });
    }
  }
  options.onUnit?.(units.length, units.length, "");
  return { samples, summaries: targets.map((target) => summarizeEmulation(target, samples)), seed };
}

export function summarizeEmulation(target: "ir" | "asm", all: readonly EmulationSample[]): EmulationSummary {
  const mine = all.filter((s) => s.target === target);
  const asked = mine.filter((s) => s.skipped === undefined && s.notFitting === undefined);
  const share = (n: number) => (asked.length === 0 ? 0 : n / asked.length);
  const mape = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  };
  return {
    target,
    samples: mine.length,
    evaluated: asked.length,
    notFitting: mine.filter((s) => s.notFitting !== undefined).length,
    compileRate: share(asked.filter((s) => s.compiles).length),
    exactMatchRate: share(asked.filter((s) => s.exactMatch).length),
    meanBleu: share(asked.reduce((sum, s) => sum + s.bleu, 0)),
    instructionCountMape: mape(asked.map((s) => s.instructionCountError)),
    binarySizeMape: mape(asked.map((s) => s.binarySizeError)),
  };
}
