import type { ElfSection } from "../llvm/elf-sizes.js";
import type { IrModule } from "../llvm/ir-module.js";

/** Why an evaluation produced no sizes. Each is an expected outcome, never an exception. */
export type FailureKind =
  | "invalid-ir" // opt could not parse or verify the input module
  | "invalid-pipeline" // unknown pass name or malformed pipeline text
  | "opt-crash" // opt died on a signal or a fatal LLVM error while running passes
  | "opt-error" // opt failed some other way (e.g. the output did not verify)
  | "codegen-crash" // llc died on a signal or a fatal error
  | "codegen-error" // llc failed some other way
  | "timeout" // a stage ran past its time limit; its process group was killed
  | "tool-error"; // a tool could not be started

export type Stage = "opt" | "llc";

export interface EvaluationFailure {
  kind: FailureKind;
  stage: Stage;
  /** The tool's own diagnostic (first meaningful line), and the full stderr tail. */
  diagnostic: string;
  stderr: string;
  exitCode: number | null;
  signal: string | null;
}

export interface StepTimes {
  optMs: number;
  llcMs: number;
  totalMs: number;
}

export interface SizeMetrics {
  /** textSize + dataSize: what the paper calls binary size (.bss excluded). */
  binarySize: number;
  textSize: number;
  dataSize: number;
  bssSize: number;
  /** Instructions in all function bodies of the optimized module (LLVM's instcount). */
  irInstructionCount: number;
  sections: ElfSection[];
}

interface EvaluationBase {
  moduleHash: string;
  /** Canonical pipeline text, exactly as passed to `opt -passes=` ("" = no passes). */
  pipeline: string;
  llvmVersion: string;
  target: string;
  times: StepTimes;
  /** Whether the whole evaluation came from the evaluation cache. */
  fromCache: boolean;
}

export interface EvaluationSuccess extends EvaluationBase, SizeMetrics {
  ok: true;
  optimizedIrHash: string;
  /** Whether lowering was skipped because the same optimized IR had been lowered before. */
  loweringFromCache: boolean;
}

export interface EvaluationFailed extends EvaluationBase {
  ok: false;
  failure: EvaluationFailure;
}

export type Evaluation = EvaluationSuccess | EvaluationFailed;

/** The optimized IR and object file of an evaluation, for `--out` and for replaying by hand. */
export interface EvaluationArtifacts {
  optimizedIr: string;
  object: Uint8Array;
}

export interface EvaluateOptions {
  signal?: AbortSignal;
}

export interface EvaluatorStats {
  evaluations: number;
  evaluationCacheHits: number;
  loweringCacheHits: number;
  optRuns: number;
  llcRuns: number;
}

/**
 * Turns (IR module, pass pipeline) into sizes. The subprocess implementation runs opt and llc;
 * an in-process one (LLVM as a native addon) can replace it without touching callers.
 */
export interface Evaluator {
  readonly llvmVersion: string;
  evaluate(module: IrModule, pipeline: string, options?: EvaluateOptions): Promise<Evaluation>;
  /** Runs the pipeline and lowering again and returns the outputs themselves (never cached). */
  compile(
    module: IrModule,
    pipeline: string,
    options?: EvaluateOptions,
  ): Promise<{ evaluation: Evaluation; artifacts?: EvaluationArtifacts }>;
  stats(): EvaluatorStats;
  dispose(): Promise<void>;
}
