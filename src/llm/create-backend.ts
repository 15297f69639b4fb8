import { parseModelSpec, type LlmBackend } from "./backend.js";
import { openGgufBackend } from "./gguf-backend.js";
import { OpenAiBackend } from "./openai-backend.js";

export interface BackendOptions {
  /** `gguf:<path>` or `openai:<base-url>`. */
  model: string;
  /** Model name sent to an OpenAI-compatible server. */
  modelName?: string;
  apiKey?: string;
  contextTokens?: number;
  timeoutMs?: number;
  retries?: number;
  grammarField?: string;
  endpoint?: "completions" | "chat";
  gpu?: "auto" | false;
  threads?: number;
}

/** The backend a `--model` spec names. */
export async function openBackend(options: BackendOptions): Promise<LlmBackend> {
  const spec = parseModelSpec(options.model);
  if (spec.kind === "gguf") {
    return openGgufBackend({
      path: spec.path,
      ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
      ...(options.gpu !== undefined ? { gpu: options.gpu } : {}),
      ...(options.threads ? { threads: options.threads } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
  }
  return new OpenAiBackend({
    baseUrl: spec.baseUrl,
    model: options.modelName ?? "llm-compiler",
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.grammarField ? { grammarField: options.grammarField } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
}
