import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { openGgufBackend } from "../src/llm/gguf-backend.js";
import { flagTuningGrammar, resolveAgainstCatalog } from "../src/llm/catalog-passes.js";
import { extractPipelineText } from "../src/llm/parse-answer.js";
import { flagTuningPrompt } from "../src/dataset/prompts.js";
import { backendConformance } from "./llm-backend-conformance.js";
import { writeTinyLlamaGguf } from "./gguf-writer.js";
import { tempDir, testCatalog } from "./helpers.js";

const modelPath = path.join(tempDir("passwise-gguf-"), "tiny.gguf");
writeTinyLlamaGguf(modelPath, { seed: 3 });
const open = () => openGgufBackend({ path: modelPath, contextTokens: 2048, gpu: false, threads: 1 });

backendConformance("gguf", open);

test("gguf: the flag-tuning grammar only lets catalog passes into the answer, counts are exact", async () => {
  const backend = await open();
  try {
    const catalog = await testCatalog();
    const ir = "define i32 @f(i32 %x) {\n  %y = add i32 %x, 0\n  ret i32 %y\n}\n";
    const prompt = flagTuningPrompt(ir);
    // Byte-level SentencePiece vocabulary: one token per UTF-8 byte, where each space (and the
    // prefix SentencePiece adds) is "▁", three bytes; plus BOS.
    const spaces = prompt.split(" ").length - 1;
    assert.equal(await backend.countTokens(prompt), Buffer.byteLength(prompt) + 2 * spaces + 3 + 1);
    assert.equal(backend.contextTokens, 2048);
    const result = await backend.complete({ prompt, maxTokens: 1200, grammar: flagTuningGrammar(catalog), stop: ["<code>"] });
    assert.ok(result.ok, JSON.stringify(result));
    const list = extractPipelineText(result.text);
    assert.ok(list.found, result.text);
    const resolved = resolveAgainstCatalog(list.text, catalog);
    assert.ok(resolved.ok, JSON.stringify(resolved));
    assert.ok(resolved.passes.length >= 1 && resolved.passes.length <= 50);
  } finally {
    await backend.dispose();
  }
});

test("gguf: a file that is not a model is a model-error", async () => {
  await assert.rejects(openGgufBackend({ path: path.join(path.dirname(modelPath), "missing.gguf"), gpu: false }), { code: "model-error" });
});
