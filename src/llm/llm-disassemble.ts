import { disassemblyPrompt } from "../dataset/prompts.js";
import { isPasswiseError } from "../errors.js";
import { lowerToAssembly } from "../llvm/assembly.js";
import { irModuleFromText } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { CompletionFailureKind, LlmBackend } from "./backend.js";
import { bleu } from "./bleu.js";
import { fitPrompt } from "./fit.js";
import { codeTokens, normalizeAsm, normalizeIr } from "./normalize.js";
import { extractCode } from "./parse-answer.js";

export interface LlmDisassembleOptions {
  backend: LlmBackend;
  toolchain: Toolchain;
  /** Candidates to draw; above 1 they are sampled at `temperature` and the first exact round trip wins. */
  samples?: number;
  temperature?: number;
  seed?: number;
  answerTokens?: number;
  /** The IR the assembly was made from, when known: scores the paper's exact-match metric. */
  referenceIr?: string;
  signal?: AbortSignal;
  /** Called before each model request and once at the end (done = total). */
  onSample?: (done: number, total: number) => void;
}

export interface LiftCandidate {
  sample: number;
  ir: string | null;
  issues: string[];
  /** The lifted IR lowers to assembly with the same code generator. */
  lowers: boolean;
  diagnostic?: string;
  /** Its assembly equals the input after normalization: the lift is proven. */
  roundTrip: boolean;
  /** BLEU of its assembly against the input (0 when it does not lower). */
  bleu: number;
  /** The lifted IR equals the reference IR after normalization (null without a reference). */
  exactMatch: boolean | null;
  modelFailure?: { kind: CompletionFailureKind; message: string };
}

export interface LlmDisassembleResult {
  promptTokens: number;
  notFitting?: string;
  candidates: LiftCandidate[];
  /** The first round-tripping candidate, else the one with the best BLEU. */
  best: LiftCandidate | null;
  proven: boolean;
}

/**
 * Lifts assembly to IR and checks the lift by lowering it again: a generate-and-verify loop
 * that samples up to N candidates and stops at the first exact round trip.
 */
export async function llmDisassemble(asm: string, options: LlmDisassembleOptions): Promise<LlmDisassembleResult> {
  const prompt = disassemblyPrompt(asm);
  const fit = await fitPrompt(options.backend, prompt, { answerTokens: options.answerTokens ?? options.backend.contextTokens, halfContext: true });
  if (!fit.fits) return { promptTokens: fit.promptTokens, notFitting: fit.reason as string, candidates: [], best: null, proven: false };
  const samples = options.samples ?? 1;
  const target = normalizeAsm(asm);
  const targetTokens = codeTokens(target);
  const reference = options.referenceIr === undefined ? undefined : normalizeIr(options.referenceIr);
  const candidates: LiftCandidate[] = [];
  for (let sample = 0; sample < samples; sample++) {
    options.onSample?.(sample, samples);
    const completion = await options.backend.complete({
      prompt,
      maxTokens: fit.maxTokens,
      temperature: samples > 1 ? (options.temperature ?? 0.8) : (options.temperature ?? 0),
      seed: (options.seed ?? 1) + sample,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!completion.ok) {
      candidates.push({ sample, ir: null, issues: [completion.failure.message], lowers: false, roundTrip: false, bleu: 0, exactMatch: null, modelFailure: completion.failure });
      continue;
    }
    const block = extractCode(completion.text, { finish: completion.finish, bare: "ir" });
    const candidate: LiftCandidate = { sample, ir: block.code, issues: block.issues, lowers: false, roundTrip: false, bleu: 0, exactMatch: reference === undefined || block.code === null ? null : normalizeIr(block.code) === reference };
    candidates.push(candidate);
    if (block.code === null) continue;
    try {
      const lowered = normalizeAsm(await lowerToAssembly(options.toolchain, irModuleFromText(block.code, `lift ${sample}`)));
      candidate.lowers = true;
      candidate.roundTrip = lowered === target;
      candidate.bleu = bleu(codeTokens(lowered), targetTokens);
    } catch (error) {
      if (!isPasswiseError(error)) throw error;
      candidate.diagnostic = error.message;
    }
    if (candidate.roundTrip) break;
  }
  options.onSample?.(samples, samples);
  const best = candidates.find((c) => c.roundTrip) ?? [...candidates].sort((a, b) => b.bleu - a.bleu)[0] ?? null;
  return { promptTokens: fit.promptTokens, candidates, best, proven: best?.roundTrip ?? false };
}
