// passwise library entry point: everything the CLI, tests and benchmarks use.
export { PasswiseError, isPasswiseError, type PasswiseErrorCode } from "./errors.js";
export { runTool, firstDiagnosticLine, type RunToolOptions, type RunToolResult } from "./llvm/run-tool.js";
export {
  findToolchain,
  discoverToolchain,
  toolPath,
  installHint,
  TOOL_NAMES,
  SUPPORTED_MAJORS,
  type Toolchain,
  type ToolName,
  type LlvmVersion,
  type FindToolchainOptions,
} from "./llvm/toolchain.js";
export { readElfSizes, readElfSections, type ElfSizes, type ElfSection } from "./llvm/elf-sizes.js";
export { summarizeIr, countInstructions, readTargetTriple, type IrSummary } from "./llvm/ir-reader.js";
export {
  loadModule,
  irModuleFromText,
  languageOf,
  splitFlags,
  sha256,
  DEFAULT_TARGET,
  type IrModule,
  type InputLanguage,
  type LoadModuleOptions,
} from "./llvm/ir-module.js";
export {
  canonicalPipeline,
  splitPipeline,
  joinPipeline,
  pipelineSyntaxProblem,
  replayCommand,
  OZ_PIPELINE,
  NO_PASSES,
} from "./passes/pipeline.js";
export type {
  Evaluator,
  Evaluation,
  EvaluationSuccess,
  EvaluationFailed,
  EvaluationFailure,
  FailureKind,
  EvaluationArtifacts,
  EvaluatorStats,
  SizeMetrics,
} from "./measure/evaluation.js";
export { SubprocessEvaluator, evaluationKey, DEFAULT_TIMEOUT_MS, type SubprocessEvaluatorOptions } from "./measure/subprocess-evaluator.js";
export { LruCache, type ResultCache } from "./measure/cache.js";
export { measureWithBaselines, type SizeReport } from "./measure/size-report.js";
