import assert from "node:assert/strict";
import { after, test } from "node:test";
import { parseModelSpec } from "../src/llm/backend.js";
import { OpenAiBackend } from "../src/llm/openai-backend.js";
import { backendConformance } from "./llm-backend-conformance.js";
import { pseudoModel, startFakeLlmServer, type FakeLlmServer } from "./fake-llm-server.js";

const server: FakeLlmServer = await startFakeLlmServer();
after(async () => {
  await server.close();
});

backendConformance("openai", async () => new OpenAiBackend({ baseUrl: server.baseUrl, model: "llm-compiler-7b-ftd", retries: 0 }));
backendConformance("openai-chat", async () => new OpenAiBackend({ baseUrl: server.baseUrl, model: "gpt-4-turbo", retries: 0, endpoint: "chat" }));

test("openai chat: the instruction inside [INST] … [/INST] goes as one user message", async () => {
  server.setHandler(pseudoModel);
  const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "gpt-4-turbo", endpoint: "chat" });
  const first = server.requests.length;
  const result = await backend.complete({ prompt: "[INST] Disassemble this code to LLVM-IR:\n\n<code>\tretq\n</code> [/INST]", maxTokens: 9 });
  assert.ok(result.ok);
  assert.equal(server.requests[first]?.url, "/v1/chat/completions");
  assert.deepEqual(server.requests[first]?.body.messages, [{ role: "user", content: "Disassemble this code to LLVM-IR:\n\n<code>\tretq\n</code>" }]);
});

test("openai: the request carries the prompt byte for byte, greedy settings, model name and key", async () => {
  server.setHandler(pseudoModel);
  const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "llm-compiler-13b-ftd", apiKey: "sk-test" });
  const prompt = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>; ü\n</code> [/INST]";
  const before = server.requests.length;
  const result = await backend.complete({ prompt, maxTokens: 50, stop: ["<code>"] });
  assert.ok(result.ok);
  const request = server.requests[before];
  assert.ok(request);
  assert.equal(request.url, "/v1/completions");
  assert.equal(request.headers.authorization, "Bearer sk-test");
  assert.deepEqual(request.body, { model: "llm-compiler-13b-ftd", prompt, max_tokens: 50, temperature: 0, stop: ["<code>"] });
});

test("openai: a grammar goes in the field the server reads (llama.cpp's server: grammar)", async () => {
  server.setHandler(pseudoModel);
  const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m", grammarField: "grammar" });
  assert.equal(backend.supportsGrammar, true);
  const first = server.requests.length;
  await backend.complete({ prompt: "p", maxTokens: 5, grammar: 'root ::= "x"' });
  assert.equal(server.requests[first]?.body.grammar, 'root ::= "x"');
  const plain = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m" });
  await plain.complete({ prompt: "p", maxTokens: 5, grammar: 'root ::= "x"' });
  assert.equal(server.requests[first + 1]?.body.grammar, undefined, "not sent to a server that was not said to read it");
});

test("openai: 5xx and 429 are retried, other 4xx are not, and failures are values", async () => {
  const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m", retries: 2, retryDelayMs: 5 });
  let calls = 0;
  server.setHandler(() => (++calls === 1 ? { status: 503 } : calls === 2 ? { status: 429 } : { text: "ok" }));
  const retried = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.ok(retried.ok);
  assert.equal(retried.text, "ok");
  assert.equal(retried.attempts, 3);

  calls = 0;
  server.setHandler(() => (++calls, { status: 400 }));
  const refused = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.equal(refused.ok, false);
  assert.equal(calls, 1);
  if (!refused.ok) {
    assert.equal(refused.failure.kind, "http-error");
    assert.match(refused.failure.message, /HTTP 400/);
  }

  server.setHandler(() => ({ status: 500 }));
  const gaveUp = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.equal(gaveUp.ok, false);
  assert.equal(gaveUp.attempts, 3);

  server.setHandler(() => ({ raw: "<html>not json</html>" }));
  const garbage = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.ok(!garbage.ok && garbage.failure.kind === "bad-response");
  server.setHandler(pseudoModel);
});

test("openai: a server that does not answer in time is a timeout, retried", async () => {
  const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m", timeoutMs: 150, retries: 1, retryDelayMs: 5 });
  let calls = 0;
  server.setHandler(() => (++calls, { delayMs: 2000, text: "late" }));
  const result = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.equal(result.ok, false);
  assert.equal(calls, 2);
  if (!result.ok) assert.equal(result.failure.kind, "timeout");
  server.setHandler(pseudoModel);
});

test("openai: a refused connection is a connection failure", async () => {
  const backend = new OpenAiBackend({ baseUrl: "http://127.0.0.1:9/v1", model: "m", retries: 0 });
  const result = await backend.complete({ prompt: "p", maxTokens: 5 });
  assert.ok(!result.ok && result.failure.kind === "connection");
});

test("model specs: gguf:<path> and openai:<url>, anything else is a bad option", () => {
  assert.deepEqual(parseModelSpec("gguf:/m/llm.gguf"), { kind: "gguf", path: "/m/llm.gguf" });
  assert.deepEqual(parseModelSpec("openai:http://localhost:8000/v1/"), { kind: "openai", baseUrl: "http://localhost:8000/v1" });
  assert.throws(() => parseModelSpec("llm.gguf"), { code: "bad-option" });
  assert.throws(() => parseModelSpec("openai:localhost"), { code: "bad-option" });
});
