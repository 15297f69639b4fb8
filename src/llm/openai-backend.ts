import { approximateTokenCount } from "../corpus/tokens.js";
import { LLM_COMPILER_CONTEXT, type CompletionRequest, type CompletionResult, type LlmBackend } from "./backend.js";

export interface OpenAiBackendOptions {
  /** API root, e.g. `http://localhost:8000/v1`; requests go to `<baseUrl>/completions`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  contextTokens?: number;
  /** Per-attempt limit. */
  timeoutMs?: number;
  /** Further attempts after a timeout, a connection failure, 429 or 5xx (never after other 4xx). */
  retries?: number;
  /** First back-off; doubled after every failed attempt. */
  retryDelayMs?: number;
  /** Request field that carries a GBNF grammar (`grammar` on llama.cpp's server); none by default. */
  grammarField?: string;
  /**
   * "completions" (default) sends the prompt as is; "chat" is for chat-only models (GPT-4 as in
   * the paper's baselines): the instruction inside `[INST] … [/INST]` goes as one user message.
   */
  endpoint?: "completions" | "chat";
}

/** The instruction of an LLM Compiler prompt without its `[INST]` markers, for chat models. */
export function chatMessage(prompt: string): string {
  const match = /^\[INST\] ([^]*) \[\/INST\]$/.exec(prompt);
  return match ? (match[1] as string) : prompt;
}

interface CompletionsResponse {
  choices?: { text?: unknown; message?: { content?: unknown }; finish_reason?: unknown }[];
  usage?: { completion_tokens?: unknown };
}

/**
 * Any OpenAI-compatible server (vLLM, llama.cpp's server, Ollama, hosted APIs) through the plain
 * completions endpoint: the chat endpoint would wrap LLM Compiler's prompt in a second template.
 */
export class OpenAiBackend implements LlmBackend {
  readonly description: string;
  readonly contextTokens: number;
  readonly supportsGrammar: boolean;
  private readonly url: string;

  constructor(private readonly options: OpenAiBackendOptions) {
    this.url = `${options.baseUrl.replace(/\/+$/, "")}/${options.endpoint === "chat" ? "chat/completions" : "completions"}`;
    this.description = `openai:${options.baseUrl} (${options.model})`;
    this.contextTokens = options.contextTokens ?? LLM_COMPILER_CONTEXT;
    this.supportsGrammar = options.grammarField !== undefined;
  }

  async countTokens(text: string): Promise<number> {
    return approximateTokenCount(text);
  }

  async complete(request: CompletionRequest): Promise<CompletionResult> {
    const started = performance.now();
    const body: Record<string, unknown> = {
      model: this.options.model,
      ...(this.options.endpoint === "chat" ? { messages: [{ role: "user", content: chatMessage(request.prompt) }] } : { prompt: request.prompt }),
      max_tokens: request.maxTokens,
      temperature: request.temperature ?? 0,
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      ...(request.stop && request.stop.length > 0 ? { stop: request.stop } : {}),
      ...(request.grammar !== undefined && this.options.grammarField ? { [this.options.grammarField]: request.grammar } : {}),
    };
    const retries = this.options.retries ?? 2;
    let delay = this.options.retryDelayMs ?? 1000;
    let last: Extract<CompletionResult, { ok: false }>["failure"] = { kind: "connection", message: "no attempt made" };
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      const outcome = await this.attempt(body, request.signal);
      if (outcome.ok) return { ...outcome.value, wallMs: performance.now() - started, attempts: attempt };
      last = outcome.failure;
      if (!outcome.retryable || request.signal?.aborted || attempt > retries) {
        return { ok: false, failure: last, wallMs: performance.now() - started, attempts: attempt };
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
    return { ok: false, failure: last, wallMs: performance.now() - started, attempts: retries + 1 };
  }

  private async attempt(
    body: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<
    | { ok: true; value: { ok: true; text: string; finish: "stop" | "length"; completionTokens: number | null } }
    | { ok: false; retryable: boolean; failure: Extract<CompletionResult, { ok: false }>["failure"] }
  > {
    const timeoutMs = this.options.timeoutMs ?? 600_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    let raw: string;
    try {
      response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
        body: JSON.stringify(body),
        signal: combined,
      });
      raw = await response.text();
    } catch (error) {
      if (timeout.aborted) return { ok: false, retryable: true, failure: { kind: "timeout", message: `no answer from ${this.url} within ${timeoutMs / 1000} s` } };
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      return { ok: false, retryable: !signal?.aborted, failure: { kind: "connection", message: `${this.url}: ${error instanceof Error ? error.message : String(error)}${cause}` } };
    }
    if (!response.ok) {
      const retryable = response.status === 429 || response.status >= 500;
      return { ok: false, retryable, failure: { kind: "http-error", message: `${this.url}: HTTP ${response.status}: ${raw.slice(0, 300)}` } };
    }
    let parsed: CompletionsResponse;
    try {
      parsed = JSON.parse(raw) as CompletionsResponse;
    } catch {
      return { ok: false, retryable: false, failure: { kind: "bad-response", message: `${this.url}: the answer is not JSON: ${raw.slice(0, 200)}` } };
    }
    const choice = parsed.choices?.[0];
    const text = this.options.endpoint === "chat" ? choice?.message?.content : choice?.text;
    if (typeof text !== "string") {
      return { ok: false, retryable: false, failure: { kind: "bad-response", message: `${this.url}: the answer has no ${this.options.endpoint === "chat" ? "choices[0].message.content" : "choices[0].text"}` } };
    }
    const completionTokens = typeof parsed.usage?.completion_tokens === "number" ? parsed.usage.completion_tokens : null;
    return { ok: true, value: { ok: true, text, finish: choice?.finish_reason === "length" ? "length" : "stop", completionTokens } };
  }

  async dispose(): Promise<void> {
    // fetch keeps no connection state that needs closing.
  }
}
