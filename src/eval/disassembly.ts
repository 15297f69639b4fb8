import type { Toolchain } from "../llvm/toolchain.js";
import { assemblyFromModule } from "../llm/disassembly-input.js";
import type { LlmBackend } from "../llm/backend.js";
import { llmDisassemble } from "../llm/llm-disassemble.js";
import type { Evaluator } from "../measure/evaluation.js";
import { OZ_PIPELINE } from "../passes/pipeline.js";
import { isPasswiseError } from "../errors.js";
import type { EvalUnit } from "./flag-tuning.js";

export interface DisassemblyEvalOptions {
  toolchain: Toolchain;
  evaluator: Evaluator;
  backend: LlmBackend;
  /** Pipeline that makes each unit's assembly (the paper lifted optimized code; default -Oz). */
  pipeline?: string;
  samples?: number;
  temperature?: number;
  seed?: number;
  onUnit?: (done: number, total: number, name: string) => void;
}

export interface DisassemblyUnitOutcome {
  name: string;
  skipped?: string;
  notFitting?: string;
  candidates: number;
  lowers: boolean;
  roundTrip: boolean;
  bleu: number;
  exactMatch: boolean;
}

export interface DisassemblySummary {
  units: number;
  /** Units the model was asked about (the rest did not compile or did not fit). */
  evaluated: number;
  skipped: number;
  notFitting: number;
  roundTrips: number;
  /** Shares of the evaluated units, 0–1. */
  roundTripRate: number;
  meanBleu: number;
  exactMatchRate: number;
  lowersRate: number;
}

export interface DisassemblyEvaluation {
  units: DisassemblyUnitOutcome[];
  summary: DisassemblySummary;
}

/** The paper's Table 5: round-trip success rate, mean round-trip BLEU, exact-match rate of the lifted IR. */
export async function evaluateDisassembly(units: readonly EvalUnit[], options: DisassemblyEvalOptions): Promise<DisassemblyEvaluation> {
  const outcomes: DisassemblyUnitOutcome[] = [];
  const empty = { candidates: 0, lowers: false, roundTrip: false, bleu: 0, exactMatch: false };
  for (const [index, unit] of units.entries()) {
    options.onUnit?.(index, units.length, unit.name);
    if (unit.module === undefined) {
      outcomes.push({ name: unit.name, skipped: unit.skipped ?? "no module", ...empty });
      continue;
    }
    let input;
    try {
      input = await assemblyFromModule(options.toolchain, options.evaluator, unit.module, options.pipeline ?? OZ_PIPELINE);
    } catch (error) {
      if (!isPasswiseError(error)) throw error;
      outcomes.push({ name: unit.name, skipped: error.message, ...empty });
      continue;
    }
    const result = await llmDisassemble(input.asm, {
      backend: options.backend,
      toolchain: options.toolchain,
      ...(input.referenceIr ? { referenceIr: input.referenceIr } : {}),
      ...(options.samples ? { samples: options.samples } : {}),
      ...(options.temperature ? { temperature: options.temperature } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    if (result.notFitting) {
      outcomes.push({ name: unit.name, notFitting: result.notFitting, ...empty });
      continue;
    }
    const best = result.best;
    outcomes.push({
      name: unit.name,
      candidates: result.candidates.length,
      lowers: best?.lowers ?? false,
      roundTrip: result.proven,
      bleu: best?.bleu ?? 0,
      exactMatch: best?.exactMatch ?? false,
    });
  }
  options.onUnit?.(units.length, units.length, "");
  return { units: outcomes, summary: summarizeDisassembly(outcomes) };
}

export function summarizeDisassembly(outcomes: readonly DisassemblyUnitOutcome[]): DisassemblySummary {
  const asked = outcomes.filter((o) => o.skipped === undefined && o.notFitting === undefined);
  const share = (n: number) => (asked.length === 0 ? 0 : n / asked.length);
  const roundTrips = asked.filter((o) => o.roundTrip).length;
  return {
    units: outcomes.length,
    evaluated: asked.length,
    skipped: outcomes.filter((o) => o.skipped !== undefined).length,
    notFitting: outcomes.filter((o) => o.notFitting !== undefined).length,
    roundTrips,
    roundTripRate: share(roundTrips),
    meanBleu: share(asked.reduce((sum, o) => sum + o.bleu, 0)),
    exactMatchRate: share(asked.filter((o) => o.exactMatch).length),
    lowersRate: share(asked.filter((o) => o.lowers).length),
  };
}
