import { PasswiseError } from "../errors.js";

/** LLM Compiler's context window (Code Llama based, 16k tokens). */
export const LLM_COMPILER_CONTEXT = 16_384;

export interface CompletionRequest {
  /** Sent byte for byte: LLM Compiler's prompts carry their own `[INST]` markers. */
  prompt: string;
  maxTokens: number;
  /** 0 (the default) is greedy decoding, the authors' advice. */
  temperature?: number;
  seed?: number;
  /** Generation stops before any of these; the stop text is not part of the answer. */
  stop?: readonly string[];
  /** GBNF grammar; only honoured when the backend says `supportsGrammar`. */
  grammar?: string;
  signal?: AbortSignal;
}

export type CompletionFailureKind = "timeout" | "http-error" | "connection" | "bad-response" | "backend-error";

export type CompletionResult =
  | { ok: true; text: string; finish: "stop" | "length"; completionTokens: number | null; wallMs: number; attempts: number }
  | { ok: false; failure: { kind: CompletionFailureKind; message: string }; wallMs: number; attempts: number };

/**
 * One extension point for every model runtime. A request that the model cannot answer (HTTP
 * error, timeout) is a value, not an exception, so evaluations record it and continue.
 */
export interface LlmBackend {
  /** e.g. `openai:http://localhost:8000/v1 (llm-compiler-13b-ftd)`. */
  readonly description: string;
  /** Prompt plus answer tokens the model can take. */
  readonly contextTokens: number;
  readonly supportsGrammar: boolean;
  /** Exact with a tokenizer at hand, else an estimate of Code Llama's count. */
  countTokens(text: string): Promise<number>;
  complete(request: CompletionRequest): Promise<CompletionResult>;
  dispose(): Promise<void>;
}

export type ModelSpec = { kind: "gguf"; path: string } | { kind: "openai"; baseUrl: string };

/** `gguf:<path>` or `openai:<base-url>`. */
export function parseModelSpec(text: string): ModelSpec {
  const colon = text.indexOf(":");
  const kind = colon < 0 ? "" : text.slice(0, colon);
  const rest = colon < 0 ? "" : text.slice(colon + 1);
  if (kind === "gguf" && rest !== "") return { kind, path: rest };
  if (kind === "openai" && /^https?:\/\/./.test(rest)) return { kind, baseUrl: rest.replace(/\/+$/, "") };
  throw new PasswiseError("bad-option", `--model must be gguf:<path> or openai:<http(s)://base-url>, got '${text}'`);
}
