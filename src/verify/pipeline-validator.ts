import type { Toolchain } from "../llvm/toolchain.js";
import { OZ_PIPELINE } from "../passes/pipeline.js";
import type { ResultsStore } from "../store/results-store.js";
import { csmithTest, type CsmithOptions } from "./csmith.js";
import { differentialCheckName, differentialTest, type DifferentialOptions } from "./differential.js";
import type { PassListEval } from "./passlisteval.js";
import type { PipelineValidator, ValidationOutcome } from "./validator.js";
import { readFileSync } from "node:fs";

export interface ValidatorOptions {
  toolchain: Toolchain;
  passListEval?: PassListEval;
  /** Differential testing of the user's own runnable program. */
  differential?: { source: string } & DifferentialOptions;
  csmith?: CsmithOptions;
  store?: ResultsStore;
  /** How many suite programs `screen` runs (default 16). */
  screeningPrograms?: number;
}

const DEFAULT_SCREENING_PROGRAMS = 16;

/**
 * Combines the correctness checks into the validator `tune` uses. Checks run cheapest-verdict
 * first and stop at the first rejection; every verdict goes to the results store. `screen` runs
 * PassListEval on a few sentinel programs and the differential test, without csmith.
 */
export function createValidator(options: ValidatorOptions): PipelineValidator {
  const checks: string[] = [];
  if (options.passListEval) checks.push("passlisteval");
  if (options.differential) checks.push("differential");
  if (options.csmith) checks.push("csmith");
  const llvmVersion = options.toolchain.version.full;
  async function runChecks(pipeline: string, quick: boolean): Promise<ValidationOutcome> {
    const outcome: ValidationOutcome = { valid: true, checks: {}, reasons: [] };
    if (pipeline === OZ_PIPELINE) return { valid: true, checks: { "oz-reference": true }, reasons: [] };
    if (options.passListEval) {
      const programs = quick ? options.passListEval.sentinels(options.screeningPrograms ?? DEFAULT_SCREENING_PROGRAMS) : undefined;
      const result = await options.passListEval.evaluate(pipeline, { failFast: true, ...(programs ? { programs } : {}) });
      outcome.checks.passlisteval = result.valid;
      for (const f of result.failures) outcome.reasons.push(`passlisteval: ${f.program}: ${f.stage}: ${f.reason}`);
      if (result.failures.some((f) => f.timedOut)) outcome.timedOut = true;
      if (!result.valid) return { ...outcome, valid: false };
    }
    if (options.differential) {
      const { source, ...rest } = options.differential;
      const check = differentialCheckName(readFileSync(source, "utf8"), rest.runs);
      const stored = options.store?.findValidation(pipeline, llvmVersion, check);
      const valid = stored?.valid ?? (await runDifferential());
      async function runDifferential(): Promise<boolean> {
        const result = await differentialTest(options.toolchain, source, pipeline, rest);
        options.store?.recordValidation({ pipeline, llvmVersion, check, valid: result.valid, details: result });
        for (const f of result.failures) outcome.reasons.push(`differential: ${f.stage}: ${f.reason}`);
        return result.valid;
      }
      outcome.checks.differential = valid;
      if (!valid) return { ...outcome, valid: false };
    }
    if (options.csmith && !quick) {
      const result = await csmithTest(options.toolchain, pipeline, options.csmith);
      options.store?.recordValidation({ pipeline, llvmVersion, check: `csmith@${options.csmith.firstSeed ?? 1}+${options.csmith.count}`, valid: result.valid, details: result });
      outcome.checks.csmith = result.valid;
      for (const f of result.failures) outcome.reasons.push(`csmith: seed ${f.seed}: ${f.stage}: ${f.reason}`);
      if (!result.valid) return { ...outcome, valid: false };
    }
    return outcome;
  }
  return {
    checks,
    validate: (pipeline) => runChecks(pipeline, false),
    screen: (pipeline) => runChecks(pipeline, true),
  };
}
