import type { Llama, LlamaCompletion, LlamaContext, LlamaContextSequence, LlamaGrammar, LlamaModel } from "node-llama-cpp";
import { PasswiseError } from "../errors.js";
import { LLM_COMPILER_CONTEXT, type CompletionRequest, type CompletionResult, type LlmBackend } from "./backend.js";

export interface GgufBackendOptions {
  path: string;
  /** Context window; capped at what the model was trained with. */
  contextTokens?: number;
  /** "auto" uses a GPU when node-llama-cpp finds one. */
  gpu?: "auto" | false;
  threads?: number;
  timeoutMs?: number;
}

/**
 * A local GGUF model through node-llama-cpp (llama.cpp's prebuilt binaries ship as npm
 * packages). The module is imported only here, when a GGUF backend is asked for, so commands
 * that never touch a model do not pay for loading the native addon.
 */
export async function openGgufBackend(options: GgufBackendOptions): Promise<LlmBackend> {
  let llamaCpp: typeof import("node-llama-cpp");
  try {
    llamaCpp = await import("node-llama-cpp");
  } catch (error) {
    throw new PasswiseError("model-error", `node-llama-cpp cannot be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let llama: Llama;
  let model: LlamaModel;
  try {
    llama = await llamaCpp.getLlama({ gpu: options.gpu ?? "auto", build: "never", logLevel: llamaCpp.LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath: options.path });
  } catch (error) {
    throw new PasswiseError("model-error", `${options.path}: cannot load the GGUF model: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const contextTokens = Math.min(options.contextTokens ?? LLM_COMPILER_CONTEXT, model.trainContextSize);
  const context = await model.createContext({ contextSize: contextTokens, ...(options.threads ? { threads: options.threads } : {}) });
  return new GgufBackend(options, llamaCpp, llama, model, context, contextTokens);
}

class GgufBackend implements LlmBackend {
  readonly description: string;
  readonly supportsGrammar = true;
  private readonly completion: LlamaCompletion;
  private readonly sequence: LlamaContextSequence;
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  // One sequence: requests are answered one after another.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: GgufBackendOptions,
    llamaCpp: typeof import("node-llama-cpp"),
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    readonly contextTokens: number,
  ) {
    this.description = `gguf:${options.path}`;
    this.sequence = context.getSequence();
    this.completion = new llamaCpp.LlamaCompletion({ contextSequence: this.sequence });
  }

  async countTokens(text: string): Promise<number> {
    // +1: the BOS token the completion puts in front.
    return this.model.tokenize(text).length + 1;
  }

  complete(request: CompletionRequest): Promise<CompletionResult> {
    const next = this.queue.then(() => this.run(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private grammar(text: string): Promise<LlamaGrammar> {
    let grammar = this.grammars.get(text);
    if (grammar === undefined) {
      grammar = this.llama.createGrammar({ grammar: text });
      this.grammars.set(text, grammar);
    }
    return grammar;
  }

  private async run(request: CompletionRequest): Promise<CompletionResult> {
    const started = performance.now();
    const timeoutMs = this.options.timeoutMs ?? 600_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    try {
      await this.sequence.clearHistory();
      const grammar = request.grammar === undefined ? undefined : await this.grammar(request.grammar);
      const temperature = request.temperature ?? 0;
      const result = await this.completion.generateCompletionWithMeta(request.prompt, {
        maxTokens: request.maxTokens,
        temperature,
        ...(temperature > 0 ? { seed: request.seed ?? 0 } : {}),
        ...(grammar ? { grammar } : {}),
        ...(request.stop && request.stop.length > 0 ? { customStopTriggers: request.stop } : {}),
        signal,
        stopOnAbortSignal: true,
        disableContextShift: true,
      });
      if (result.metadata.stopReason === "abort") {
        const kind = timeout.aborted ? "timeout" : "backend-error";
        return { ok: false, failure: { kind, message: timeout.aborted ? `no answer within ${timeoutMs / 1000} s` : "aborted" }, wallMs: performance.now() - started, attempts: 1 };
      }
      const finish = result.metadata.stopReason === "maxTokens" ? "length" : "stop";
      return { ok: true, text: result.response, finish, completionTokens: null, wallMs: performance.now() - started, attempts: 1 };
    } catch (error) {
      return { ok: false, failure: { kind: "backend-error", message: error instanceof Error ? error.message : String(error) }, wallMs: performance.now() - started, attempts: 1 };
    }
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
    await this.model.dispose();
  }
}
