import type { LlmBackend } from "./backend.js";

export interface PromptFit {
  fits: boolean;
  promptTokens: number;
  /** Answer tokens to ask for (what is left of the context, at most the requested number). */
  maxTokens: number;
  reason?: string;
}

/**
 * Whether a prompt leaves room for its answer. Flag tuning needs only the prose (the paper gave
 * it 15k of 16k tokens); emulation and disassembly answer with as much code as they read, so
 * their input may take at most half the context (the paper's 8k in, 8k out).
 */
export async function fitPrompt(backend: LlmBackend, prompt: string, options: { answerTokens: number; halfContext?: boolean }): Promise<PromptFit> {
  const promptTokens = await backend.countTokens(prompt);
  const inputLimit = options.halfContext ? Math.floor(backend.contextTokens / 2) : backend.contextTokens - options.answerTokens;
  const left = backend.contextTokens - promptTokens;
  if (promptTokens > inputLimit || left <= 0) {
    return { fits: false, promptTokens, maxTokens: 0, reason: `the prompt takes ${promptTokens} tokens; at most ${inputLimit} fit the model's ${backend.contextTokens}-token context with its answer` };
  }
  return { fits: true, promptTokens, maxTokens: Math.min(options.answerTokens, left) };
}
