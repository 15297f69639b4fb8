import { emulationPrompt } from "../dataset/prompts.js";
import { PasswiseError } from "../errors.js";
import { lowerToAssembly } from "../llvm/assembly.js";
import { irModuleFromText, type IrModule } from "../llvm/ir-module.js";
import { countInstructions } from "../llvm/ir-reader.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import { NO_PASSES } from "../passes/pipeline.js";
import type { CompletionFailureKind, LlmBackend } from "./backend.js";
import { bleu } from "./bleu.js";
import { checkAsm, checkIr, tripleOf } from "./code-checks.js";
import { fitPrompt } from "./fit.js";
import { codeTokens, countAsmInstructions, normalizeAsm, normalizeIr } from "./normalize.js";
import { extractCode, parseStatedNumbers } from "./parse-answer.js";

export interface LlmEmulateOptions {
  backend: LlmBackend;
  toolchain: Toolchain;
  evaluator: Evaluator;
  /** Predict the optimized IR (default) or the assembly. */
  target?: "ir" | "asm";
  answerTokens?: number;
  signal?: AbortSignal;
}

export interface LlmEmulateResult {
  name: string;
  passes: string;
  target: "ir" | "asm";
  promptTokens: number;
  notFitting?: string;
  modelFailure?: { kind: CompletionFailureKind; message: string };
  answer: { text: string; finish: "stop" | "length"; wallMs: number } | null;
  issues: string[];
  /** The counts the prompt states about the input. */
  inputStats: { instructionCount: number; binarySize: number };
  /** What opt (and llc) really produce. */
  real: { instructionCount: number; binarySize: number; code: string };
  predicted: { instructionCount: number | null; binarySize: number | null };
  /** The model's code: does it assemble, is it the real output after normalization, how close (BLEU). */
  generated: { compiles: boolean; diagnostic?: string; exactMatch: boolean; bleu: number; instructionCount: number | null } | null;
  /** |predicted − real| / real, for the stated counts. */
  errors: { instructionCount: number | null; binarySize: number | null };
}

/**
 * Compiler emulation: the model predicts what `opt -p P` (and, with target "asm", llc) makes
 * of the module; the real tools run too and the two outputs are compared.
 */
export async function llmEmulate(module: IrModule, passes: string, options: LlmEmulateOptions): Promise<LlmEmulateResult> {
  const target = options.target ?? "ir";
  const input = await options.evaluator.evaluate(module, NO_PASSES);
  if (!input.ok) throw new PasswiseError("bad-input", `${module.name}: the input does not compile: ${input.failure.diagnostic}`);
  const compiled = await options.evaluator.compile(module, passes);
  if (!compiled.evaluation.ok || compiled.artifacts === undefined) {
    const diagnostic = compiled.evaluation.ok ? "no output" : `${compiled.evaluation.failure.kind}: ${compiled.evaluation.failure.diagnostic}`;
    throw new PasswiseError("invalid-pipeline", `${module.name}: opt -passes='${passes}' fails: ${diagnostic}`);
  }
  const realCode = target === "ir" ? compiled.artifacts.optimizedIr : await lowerToAssembly(options.toolchain, irModuleFromText(compiled.artifacts.optimizedIr, module.name));
  const prompt = emulationPrompt(module.ir, passes, input.irInstructionCount, input.binarySize, target);
  const fit = await fitPrompt(options.backend, prompt, { answerTokens: options.answerTokens ?? options.backend.contextTokens, halfContext: true });
  const result: LlmEmulateResult = {
    name: module.name,
    passes,
    target,
    promptTokens: fit.promptTokens,
    answer: null,
    issues: [],
    inputStats: { instructionCount: input.irInstructionCount, binarySize: input.binarySize },
    real: { instructionCount: compiled.evaluation.irInstructionCount, binarySize: compiled.evaluation.binarySize, code: realCode },
    predicted: { instructionCount: null, binarySize: null },
    generated: null,
    errors: { instructionCount: null, binarySize: null },
  };
  if (!fit.fits) {
    result.notFitting = fit.reason as string;
    return result;
  }
  const completion = await options.backend.complete({ prompt, maxTokens: fit.maxTokens, ...(options.signal ? { signal: options.signal } : {}) });
  if (!completion.ok) {
    result.modelFailure = completion.failure;
    result.issues.push(`the model gave no answer: ${completion.failure.message}`);
    return result;
  }
  result.answer = { text: completion.text, finish: completion.finish, wallMs: completion.wallMs };
  const stated = parseStatedNumbers(completion.text);
  result.predicted = { instructionCount: stated.instructionCount, binarySize: stated.binarySize };
  result.errors = {
    instructionCount: relativeError(stated.instructionCount, result.real.instructionCount),
    binarySize: relativeError(stated.binarySize, result.real.binarySize),
  };
  const block = extractCode(completion.text, { finish: completion.finish, bare: target });
  result.issues.push(...block.issues);
  if (block.code === null) return result;
  const check = target === "ir" ? await checkIr(options.toolchain, block.code) : await checkAsm(options.toolchain, block.code, { triple: tripleOf(module.ir) });
  const normalize = target === "ir" ? normalizeIr : normalizeAsm;
  const generated = normalize(block.code);
  const real = normalize(realCode);
  result.generated = {
    compiles: check.ok,
    ...(check.ok ? {} : { diagnostic: check.diagnostic }),
    exactMatch: generated === real,
    bleu: bleu(codeTokens(generated), codeTokens(real)),
    instructionCount: target === "ir" ? (check.ok ? countInstructions(block.code) : null) : countAsmInstructions(block.code),
  };
  return result;
}

export function relativeError(predicted: number | null, real: number): number | null {
  if (predicted === null || real === 0) return null;
  return Math.abs(predicted - real) / real;
}
