import { splitByFunction } from "../corpus/split.js";
import { flagTuningPrompt } from "../dataset/prompts.js";
import type { IrModule } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import type { CatalogEntry } from "../passes/catalog.js";
import { NO_PASSES, OZ_PIPELINE } from "../passes/pipeline.js";
import type { PipelineValidator } from "../verify/validator.js";
import type { CompletionFailureKind, LlmBackend } from "./backend.js";
import { flagTuningGrammar, resolveAgainstCatalog } from "./catalog-passes.js";
import { fitPrompt } from "./fit.js";
import { extractPipelineText, parseStatedNumbers } from "./parse-answer.js";

export interface LlmTuneOptions {
  backend: LlmBackend;
  evaluator: Evaluator;
  /** Usable catalog of the installed LLVM: every pass of the answer must be in it. */
  catalog: readonly CatalogEntry[];
  /** PassListEval (and friends): a list it rejects falls back to -Oz. */
  validator?: PipelineValidator;
  /** Constrain the pass list with a GBNF grammar (default: when the backend supports one). */
  grammar?: boolean;
  /** Tokens for the answer's prose; generation stops where its code would start. */
  answerTokens?: number;
  signal?: AbortSignal;
}

export interface LlmTuneResult {
  name: string;
  promptTokens: number;
  /** Why the model was not asked (the prompt does not fit its context). */
  notFitting?: string;
  answer: { text: string; finish: "stop" | "length"; wallMs: number } | null;
  modelFailure?: { kind: CompletionFailureKind; message: string };
  /** The pass list as the model wrote it, and in the catalog's spelling. */
  modelPipeline: string | null;
  pipeline: string | null;
  issues: string[];
  /** Sizes the model states, next to the measured ones. */
  predicted: { sizeBefore: number | null; sizeAfter: number | null; instructionCount: number | null };
  actual: { sizeBefore: number | null; sizeAfter: number | null; instructionCount: number | null; ozSize: number | null };
  validation: { valid: boolean; checks: string[]; reasons: string[] } | null;
  /** The model's list alone (-Oz when it is unusable): the paper's zero-shot figure. */
  zeroShot: { pipeline: string; size: number | null };
  /** The smaller of the model's valid list and -Oz: the paper's -Oz fallback. */
  chosen: { pipeline: string; size: number | null; source: "model" | "-Oz" };
  improvementOverOz: number | null;
  compilations: number;
}

/**
 * LLM Compiler's flag tuning: ask the model for a pass list for the module, check every pass
 * against the catalog, validate the list, compile it and -Oz and keep the smaller.
 */
export async function llmTune(module: IrModule, options: LlmTuneOptions): Promise<LlmTuneResult> {
  const result = await askAndMeasure(module, options);
  const ozSize = result.actual.ozSize;
  result.improvementOverOz = ozSize === null || result.chosen.size === null || ozSize === 0 ? null : (100 * (ozSize - result.chosen.size)) / ozSize;
  return result;
}

async function askAndMeasure(module: IrModule, options: LlmTuneOptions): Promise<LlmTuneResult> {
  const prompt = flagTuningPrompt(module.ir);
  const fit = await fitPrompt(options.backend, prompt, { answerTokens: options.answerTokens ?? 512 });
  const result: LlmTuneResult = {
    name: module.name,
    promptTokens: fit.promptTokens,
    answer: null,
    modelPipeline: null,
    pipeline: null,
    issues: [],
    predicted: { sizeBefore: null, sizeAfter: null, instructionCount: null },
    actual: { sizeBefore: null, sizeAfter: null, instructionCount: null, ozSize: null },
    validation: null,
    zeroShot: { pipeline: OZ_PIPELINE, size: null },
    chosen: { pipeline: OZ_PIPELINE, size: null, source: "-Oz" },
    improvementOverOz: null,
    compilations: 0,
  };
  const oz = await options.evaluator.evaluate(module, OZ_PIPELINE);
  const unoptimized = await options.evaluator.evaluate(module, NO_PASSES);
  result.compilations += 2;
  result.actual.ozSize = oz.ok ? oz.binarySize : null;
  result.actual.sizeBefore = unoptimized.ok ? unoptimized.binarySize : null;
  result.chosen.size = result.actual.ozSize;
  result.zeroShot.size = result.actual.ozSize;
  if (!fit.fits) {
    result.notFitting = fit.reason as string;
    return result;
  }
  const useGrammar = (options.grammar ?? true) && options.backend.supportsGrammar;
  const completion = await options.backend.complete({
    prompt,
    maxTokens: fit.maxTokens,
    stop: ["<code>"],
    ...(useGrammar ? { grammar: flagTuningGrammar(options.catalog) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!completion.ok) {
    result.modelFailure = completion.failure;
    result.issues.push(`the model gave no answer: ${completion.failure.message}`);
    return result;
  }
  result.answer = { text: completion.text, finish: completion.finish, wallMs: completion.wallMs };
  const stated = parseStatedNumbers(completion.text);
  result.predicted = { sizeBefore: stated.sizeBefore, sizeAfter: stated.sizeAfter, instructionCount: stated.instructionCount };
  const listText = extractPipelineText(completion.text);
  if (!listText.found) {
    result.issues.push(listText.issue);
    return result;
  }
  result.modelPipeline = listText.text;
  const resolved = resolveAgainstCatalog(listText.text, options.catalog);
  if (!resolved.ok) {
    result.issues.push(resolved.problem);
    return result;
  }
  result.pipeline = resolved.pipeline;
  result.issues.push(...resolved.notes);
  if (options.validator) {
    const outcome = await options.validator.validate(resolved.pipeline);
    result.validation = { valid: outcome.valid, checks: [...options.validator.checks], reasons: outcome.reasons };
    if (!outcome.valid) {
      result.issues.push(`rejected by validation: ${outcome.reasons[0] ?? "failed"}`);
      return result;
    }
  }
  const evaluation = await options.evaluator.evaluate(module, resolved.pipeline);
  result.compilations++;
  if (!evaluation.ok) {
    result.issues.push(`the list does not compile: ${evaluation.failure.kind}: ${evaluation.failure.diagnostic}`);
    return result;
  }
  result.actual.sizeAfter = evaluation.binarySize;
  result.actual.instructionCount = evaluation.irInstructionCount;
  result.zeroShot = { pipeline: resolved.pipeline, size: evaluation.binarySize };
  if (result.actual.ozSize === null || evaluation.binarySize < result.actual.ozSize) {
    result.chosen = { pipeline: resolved.pipeline, size: evaluation.binarySize, source: "model" };
  }
  return result;
}

export interface LlmTuneInputResult {
  /** One result for a module that fits, else one per function split out of it. */
  parts: LlmTuneResult[];
  split: boolean;
  /** Functions llvm-extract could not split out (they stay at -Oz). */
  notExtracted: { functionName: string; reason: string }[];
}

/** `llmTune` on a whole input; one over the model's context is split per function, as the paper did. */
export async function llmTuneInput(module: IrModule, options: LlmTuneOptions & { toolchain: Toolchain; onPart?: (done: number, total: number, name: string) => void }): Promise<LlmTuneInputResult> {
  const fit = await fitPrompt(options.backend, flagTuningPrompt(module.ir), { answerTokens: options.answerTokens ?? 512 });
  if (fit.fits) return { parts: [await llmTune(module, options)], split: false, notExtracted: [] };
  const { parts, failures } = await splitByFunction(options.toolchain, module);
  const results: LlmTuneResult[] = [];
  for (const [index, part] of parts.entries()) {
    options.onPart?.(index, parts.length, part.functionName);
    results.push(await llmTune(part.module, options));
  }
  options.onPart?.(parts.length, parts.length, "");
  return { parts: results, split: true, notExtracted: failures };
}
