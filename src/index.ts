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
export { replayCommands } from "./llvm/replay.js";
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
export { measureRun, findValgrind, programModule, type RunMetrics, type RunMetricsResult, type RunnableProgram } from "./measure/run-metrics.js";
export { loadCatalog, type CatalogEntry } from "./passes/catalog.js";
export { probeCatalog, probeModule, type ProbedCatalog } from "./passes/probe.js";
export { tune, resolveStrategy, DEFAULT_BUDGET, type TuneOptions, type TuneResult } from "./search/tune.js";
export { STRATEGIES, DEFAULT_STRATEGY, strategyByName, type SearchStrategy } from "./search/strategies.js";
export { PassDistribution } from "./search/pass-distribution.js";
export { minimizePassList, type MinimizeResult } from "./minimize/minimize.js";
export { ResultsStore } from "./store/results-store.js";
export { CorpusStore, type CorpusEntry } from "./store/corpus-store.js";
export { PassListEval } from "./verify/passlisteval.js";
export { createValidator, type ValidatorOptions } from "./verify/pipeline-validator.js";
export { differentialTest } from "./verify/differential.js";
export type { PipelineValidator, ValidationOutcome } from "./verify/validator.js";
export { addSource, findSources, type AddSourceOptions, type AddSourceResult } from "./corpus/corpus.js";
export { readCompileCommands, frontendFlagsFromCommand, compileCommandToModule, type CompileCommand } from "./corpus/compile-commands.js";
export { splitByFunction } from "./corpus/split.js";
export { approximateTokenCount, DEFAULT_TOKEN_BUDGET } from "./corpus/tokens.js";
export { corpusStats, type CorpusStats } from "./corpus/stats.js";
export { buildDataset, commonBestLists, geomeanReduction, type DatasetBuildOptions, type DatasetBuildResult } from "./dataset/build.js";
export { datasetStats, type DatasetStats } from "./dataset/stats.js";
export { flagTuningPrompt, disassemblyPrompt, emulationPrompt, flagTuningAnswer, emulationAnswer } from "./dataset/prompts.js";
export { assignSplits, type Split } from "./dataset/splits.js";
export { lowerToAssembly } from "./llvm/assembly.js";
export { parseModelSpec, LLM_COMPILER_CONTEXT, type LlmBackend, type CompletionRequest, type CompletionResult, type ModelSpec } from "./llm/backend.js";
export { openBackend, type BackendOptions } from "./llm/create-backend.js";
export { OpenAiBackend, type OpenAiBackendOptions } from "./llm/openai-backend.js";
export { openGgufBackend, type GgufBackendOptions } from "./llm/gguf-backend.js";
export { llmTune, llmTuneInput, type LlmTuneOptions, type LlmTuneResult, type LlmTuneInputResult } from "./llm/llm-tune.js";
export { llmEmulate, type LlmEmulateOptions, type LlmEmulateResult } from "./llm/llm-emulate.js";
export { llmDisassemble, type LlmDisassembleOptions, type LlmDisassembleResult, type LiftCandidate } from "./llm/llm-disassemble.js";
export { resolveAgainstCatalog, flagTuningGrammar } from "./llm/catalog-passes.js";
export { extractCode, extractPipelineText, parseStatedNumbers } from "./llm/parse-answer.js";
export { normalizeIr, normalizeAsm, codeTokens } from "./llm/normalize.js";
export { bleu } from "./llm/bleu.js";
export { evaluateDisassembly, type DisassemblyEvaluation } from "./eval/disassembly.js";
export { evaluateEmulation, type EmulationEvaluation } from "./eval/emulation.js";
export { Predictor, type PredictorData, type RankedPipeline } from "./models/predictor.js";
export { trainPredictor, readDatasets, crossValidate, type DatasetModule, type TrainOptions, type TrainedPredictor, type CrossValidation } from "./models/train-predictor.js";
export { predictPipeline, type PredictOptions, type Prediction } from "./models/predict.js";
export { savePredictor, loadPredictor, predictorContentDigest, type PredictorFile } from "./models/model-file.js";
export { DEFAULT_PREDICTOR_PATH } from "./models/default-model.js";
export { RegressionLM, type Example, type ExampleInput, type RlmSampleOptions, type RlmFineTuneOptions, type RlmFineTuneResult } from "./models/rlm/regression-lm.js";
export { parseRlmConfig, type RlmConfig, type RlmConfigInput } from "./models/rlm/config.js";
export { IeeeNumberTokenizer, P10NumberTokenizer, numberTokenizerFrom, type NumberTokenizer, type NumberTokenizerConfig } from "./models/rlm/number-tokenizer.js";
export { TextVocabulary, NumericVocabulary, rlmInput } from "./models/rlm/vocabulary.js";
export { median, mean, quantile, summarizeSamples, type MetricSummary } from "./models/rlm/sample.js";
export { saveRlm, loadRlm, rlmContentDigest, RLM_FORMAT_VERSION } from "./models/rlm/model-file.js";
export { DEFAULT_RLM_PATH } from "./models/rlm/default-rlm.js";
export { evaluateRlm, type RlmEvalResult } from "./models/rlm/evaluate.js";
export { LinearBlend, type LinearHead } from "./models/rlm/linear-blend.js";
export { calibrateTemperatures, DEFAULT_CALIBRATION_ROWS, type CalibrateOptions, type CalibrationResult, type MetricCalibration } from "./models/rlm/calibrate.js";
export { trainRlmFromFile, type TrainRlmOptions, type TrainRlmResult } from "./models/rlm/train-file.js";
export { readRegressionData, readRegressionRows, toExample } from "./models/rlm/data.js";
export { mape, spearman, kendall, coverage } from "./models/rlm/metrics.js";
export { generateRegressionRows, type RegressionRowsOptions, type RegressionRowsResult } from "./dataset/regression-rows.js";
export type { FineTuneOptions, FineTuneResult } from "./models/rlm/train.js";
