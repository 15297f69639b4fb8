import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { loadModule } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { startFakeLlmServer } from "./fake-llm-server.js";
import { writeTinyLlamaGguf } from "./gguf-writer.js";
import { passwiseBin, repoRoot, sharedProbeCacheDir, tempDir, testCatalog, testToolchain } from "./helpers.js";

const server = await startFakeLlmServer();
after(() => server.close());
const dir = tempDir("passwise-llm-cli-");
const source = path.join(dir, "steps.c");
writeFileSync(source, "int sum_to(int n) {\n  int s = 0;\n  for (int i = 0; i < n; i++) s += i * 3 + 7;\n  return s;\n}\n");

/** The CLI in a child process, asynchronously: the fake server answers from this process. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [passwiseBin, ...args], { env: { ...process.env, PASSWISE_HOME: tempDir("passwise-home-"), PASSWISE_CACHE_DIR: sharedProbeCacheDir, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test("passwise llm disassemble --json proves a correct lift; the API key comes from the named variable", async () => {
  const toolchain = await testToolchain();
  const compiled = await new SubprocessEvaluator(toolchain).compile(await loadModule(toolchain, source), OZ_PIPELINE);
  assert.ok(compiled.artifacts);
  const ir = compiled.artifacts.optimizedIr;
  server.setHandler(() => ({ text: `<code>${ir}</code>` }));
  const first = server.requests.length;
  const { code, stdout, stderr } = await cli(["llm", "disassemble", source, "--model", `openai:${server.baseUrl}`, "--api-key-env", "MY_KEY", "--json"], { MY_KEY: "secret" });
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.proven, true);
  assert.equal(result.best.exactMatch, true);
  assert.match(result.llvmVersion, /^\d+\.\d+/);
  assert.equal(server.requests[first]?.headers.authorization, "Bearer secret");
  assert.match(String(server.requests[first]?.body.prompt), /^\[INST\] Disassemble this code to LLVM-IR:\n\n<code>[^]*sum_to:[^]*<\/code> \[\/INST\]$/);
});

test("passwise llm tune: the model's list next to -Oz; bad --model is a one-line usage error", async () => {
  server.setHandler(() => ({ text: "Run opt -p 'function(sroa),default<Oz>' to reduce the binary size from 300 bytes to 100 bytes. The optimized LLVM-IR will have instruction count 5 and binary size 100 bytes:" }));
  const suite = tempDir("passwise-llm-cli-suite-");
  cpSync(path.join(repoRoot, "test", "fixtures", "suite", "programs", "adds"), path.join(suite, "programs", "adds"), { recursive: true });
  const { code, stdout, stderr } = await cli(["llm", "tune", source, "--model", `openai:${server.baseUrl}`, "--suite", suite, "--jobs", "2"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /validated: passlisteval/);
  assert.match(stdout, /model's list: function\(sroa\),default<Oz>/);
  assert.match(stdout, /size after: {2}predicted 100 B, real \d+ B; -Oz \d+ B/);
  const unreachable = await cli(["llm", "disassemble", source, "--model", "openai:http://127.0.0.1:9/v1", "--retries", "0"]);
  assert.equal(unreachable.code, 1);
  assert.match(unreachable.stderr, /^passwise: error: openai:http:\/\/127\.0\.0\.1:9\/v1 \(llm-compiler\) gave no answer: .*fetch failed/m);
  const bad = await cli(["llm", "tune", source, "--model", "llm.gguf"]);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr.trim().split("\n").length, 1);
  assert.match(bad.stderr, /--model must be gguf:<path> or openai:/);
});

test("passwise llm tune with a GGUF model: grammar-constrained, every pass from the catalog", async () => {
  const model = path.join(dir, "tiny.gguf");
  writeTinyLlamaGguf(model, { seed: 5, contextLength: 16_384 });
  const { code, stdout, stderr } = await cli(["llm", "tune", source, "--model", `gguf:${model}`, "--gpu", "none", "--threads", "1", "--no-validate", "--json"]);
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.split, false);
  const [part] = result.parts;
  assert.equal(part.answer.finish === "stop" || part.answer.finish === "length", true);
  assert.ok(part.modelPipeline, JSON.stringify(part.answer));
  const catalog = new Set((await testCatalog()).map((e) => e.pipeline));
  for (const pass of part.pipeline.split(/,(?![^(]*\))/)) assert.ok(catalog.has(pass), pass);
  assert.ok(part.chosen.size <= part.actual.ozSize);
});

test("passwise eval emulation / disassembly / flag-tuning --llm run on a suite directory", async () => {
  server.setHandler(() => ({ text: "The LLVM-IR will have instruction count 3 and binary sise 40 bytes:\n\n<code>define i32 @sum_to(i32 %n) {\n  ret i32 0\n}\n</code>" }));
  const emulation = await cli(["eval", "emulation", "--suite", dir, "--model", `openai:${server.baseUrl}`, "--target", "ir", "--passes", "function(sroa)", "--json"]);
  assert.equal(emulation.code, 0, emulation.stderr);
  const [summary] = JSON.parse(emulation.stdout).summaries;
  assert.deepEqual([summary.target, summary.evaluated, summary.compileRate, summary.exactMatchRate], ["ir", 1, 1, 0]);

  const disassembly = await cli(["eval", "disassembly", "--suite", dir, "--model", `openai:${server.baseUrl}`]);
  assert.equal(disassembly.code, 0, disassembly.stderr);
  assert.match(disassembly.stdout, /1 units: 1 asked/);
  assert.match(disassembly.stdout, /round trips\s+round-trip rate/);

  server.setHandler(() => ({ text: "Run opt -p 'function(sroa),default<Oz>' to reduce the binary size from 300 bytes to 100 bytes." }));
  const tuning = await cli(["eval", "flag-tuning", "--suite", dir, "--llm", `openai:${server.baseUrl}`, "--budget", "0", "--levels", "0", "--no-validate"]);
  assert.equal(tuning.code, 0, tuning.stderr);
  assert.match(tuning.stdout, /^llm\+Oz /m);
  assert.match(tuning.stdout, /LLM binary-size prediction MAPE: unoptimized \d\.\d{3} \(1 answers\)/);
});
