import type { Command } from "commander";
import { openBackend } from "../llm/create-backend.js";
import type { LlmBackend } from "../llm/backend.js";
import { LLM_COMPILER_CONTEXT } from "../llm/backend.js";
import { PasswiseError } from "../errors.js";
import { parsePositiveInt, parseSeconds } from "./session.js";

/** Flags that choose and configure the model, shared by `llm …` and the LLM evaluations. */
export interface LlmFlags {
  model?: string;
  modelName?: string;
  apiKeyEnv: string;
  context: string;
  requestTimeout: string;
  retries: string;
  grammarField?: string;
  endpoint: string;
  gpu: string;
  threads?: string;
}

/** `--model <spec>` (required), or with `specFlag: "--llm"` an optional `--llm <spec>` beside other models. */
export function addLlmOptions(command: Command, options: { specFlag?: "--model" | "--llm" } = {}): Command {
  const model = "model: gguf:<file.gguf> (node-llama-cpp) or openai:<base-url> (an OpenAI-compatible server, e.g. http://localhost:8000/v1)";
  return (options.specFlag === "--llm" ? command.option("--llm <spec>", `LLM rows: ${model}`) : command.requiredOption("--model <spec>", model))
    .option("--model-name <name>", "model name sent to an OpenAI-compatible server", "llm-compiler")
    .option("--api-key-env <var>", "environment variable holding the API key", "OPENAI_API_KEY")
    .option("--context <tokens>", "the model's context window (LLM Compiler: 16384)", String(LLM_COMPILER_CONTEXT))
    .option("--request-timeout <s>", "time limit per model request", "600")
    .option("--retries <n>", "retries after an HTTP timeout, connection failure, 429 or 5xx", "2")
    .option("--grammar-field <name>", "request field for a GBNF grammar on an OpenAI-compatible server (llama.cpp's server: grammar)")
    .option("--endpoint <kind>", "OpenAI-compatible: completions (the prompt as is) or chat (for chat-only models)", "completions")
    .option("--gpu <mode>", "GGUF: auto (use a GPU when found) or none", "auto")
    .option("--threads <n>", "GGUF: CPU threads");
}

/** The backend the flags name; the API key is read here, once, from the named variable. */
export function backendFromFlags(flags: LlmFlags, env: NodeJS.ProcessEnv = process.env, spec = flags.model): Promise<LlmBackend> {
  if (spec === undefined) throw new PasswiseError("bad-option", "no model given (--model gguf:<path> or openai:<base-url>)");
  if (flags.gpu !== "auto" && flags.gpu !== "none") throw new PasswiseError("bad-option", `--gpu must be auto or none, got '${flags.gpu}'`);
  if (flags.endpoint !== "completions" && flags.endpoint !== "chat") throw new PasswiseError("bad-option", `--endpoint must be completions or chat, got '${flags.endpoint}'`);
  const apiKey = env[flags.apiKeyEnv];
  return openBackend({
    model: spec,
    ...(flags.modelName ? { modelName: flags.modelName } : {}),
    ...(apiKey ? { apiKey } : {}),
    contextTokens: parsePositiveInt(flags.context, "--context"),
    timeoutMs: parseSeconds(flags.requestTimeout, "--request-timeout") * 1000,
    retries: parsePositiveInt(flags.retries, "--retries", { allowZero: true }),
    ...(flags.grammarField ? { grammarField: flags.grammarField } : {}),
    endpoint: flags.endpoint,
    gpu: flags.gpu === "none" ? false : "auto",
    ...(flags.threads ? { threads: parsePositiveInt(flags.threads, "--threads") } : {}),
  });
}
