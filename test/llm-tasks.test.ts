import assert from "node:assert/strict";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { emulationPrompt, flagTuningPrompt } from "../src/dataset/prompts.js";
import { lowerToAssembly } from "../src/llvm/assembly.js";
import { irModuleFromText, loadModule } from "../src/llvm/ir-module.js";
import { llmDisassemble } from "../src/llm/llm-disassemble.js";
import { llmEmulate } from "../src/llm/llm-emulate.js";
import { llmTune } from "../src/llm/llm-tune.js";
import { OpenAiBackend } from "../src/llm/openai-backend.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { PassListEval } from "../src/verify/passlisteval.js";
import { createValidator } from "../src/verify/pipeline-validator.js";
import { startFakeLlmServer } from "./fake-llm-server.js";
import { repoRoot, tempDir, testCatalog, testToolchain } from "./helpers.js";

const server = await startFakeLlmServer();
after(() => server.close());
const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "llm-compiler-7b-ftd", retries: 0 });
const toolchain = await testToolchain();
const evaluator = new SubprocessEvaluator(toolchain);
const sourceDir = tempDir("passwise-llm-src-");
writeFileSync(
  path.join(sourceDir, "steps.c"),
  "int collatz_steps(unsigned n) {\n  int steps = 0;\n  while (n != 1) {\n    n = (n & 1) ? 3 * n + 1 : n / 2;\n    steps++;\n  }\n  return steps;\n}\n" +
    "int sum_to(int n) {\n  int s = 0;\n  for (int i = 0; i < n; i++) s += i * 3 + 7;\n  return s;\n}\n",
);
const module = await loadModule(toolchain, path.join(sourceDir, "steps.c"));

function suiteWith(programs: string[]): string {
  const dir = tempDir("passwise-llm-suite-");
  for (const program of programs) {
    mkdirSync(path.join(dir, "programs"), { recursive: true });
    cpSync(path.join(repoRoot, "test", "fixtures", "suite", "programs", program), path.join(dir, "programs", program), { recursive: true });
  }
  return dir;
}

/**
 * A copy of the IR with one integer constant changed: still valid, no longer the same program.
 * The evaluator's `uselistorder` directives count a constant's uses, so they go too.
 */
function perturb(full: string): string {
  const ir = full.split("\n").filter((line) => !line.startsWith("uselistorder")).join("\n");
  const match = /((?:add|mul|icmp \w+)(?: nuw| nsw)* i32 %[\w.]+, )(\d+)/.exec(ir);
  assert.ok(match, "a constant to perturb");
  return ir.replace(match[0], `${match[1]}${Number(match[2]) + 7}`);
}

test("llm tune: exact prompt, catalog-checked list, validated, compiled next to -Oz, predictions beside real sizes", async () => {
  const catalog = await testCatalog();
  const validator = createValidator({ toolchain, passListEval: await PassListEval.create(toolchain, { suiteDir: suiteWith(["adds"]), cacheDir: tempDir(), jobs: 2 }) });
  server.setHandler(() => ({
    text: "Run opt -p 'module(function(sroa),default<Oz>)' to reduce the binary size from 2400 bytes to 1100 bytes. The optimized LLVM-IR will have instruction count 210 and binary sise 1100 bytes:\n\n",
  }));
  const first = server.requests.length;
  const result = await llmTune(module, { backend, evaluator, catalog, validator });
  const request = server.requests[first];
  assert.ok(request);
  assert.equal(request.body.prompt, flagTuningPrompt(module.ir));
  assert.ok(String(request.body.prompt).startsWith("[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>; ModuleID = "));
  assert.ok(String(request.body.prompt).endsWith("}\n</code> [/INST]"));
  assert.deepEqual(request.body.stop, ["<code>"]);
  assert.equal(request.body.temperature, 0);

  assert.equal(result.modelPipeline, "module(function(sroa),default<Oz>)");
  assert.equal(result.pipeline, "function(sroa),default<Oz>");
  assert.deepEqual(result.predicted, { sizeBefore: 2400, sizeAfter: 1100, instructionCount: 210 });
  const real = await evaluator.evaluate(module, "function(sroa),default<Oz>");
  const oz = await evaluator.evaluate(module, OZ_PIPELINE);
  const none = await evaluator.evaluate(module, "");
  assert.ok(real.ok && oz.ok && none.ok);
  assert.deepEqual(result.actual, { sizeBefore: none.binarySize, sizeAfter: real.binarySize, instructionCount: real.irInstructionCount, ozSize: oz.binarySize });
  assert.equal(result.validation?.valid, true);
  assert.equal(result.zeroShot.size, real.binarySize);
  assert.equal(result.chosen.size, Math.min(real.binarySize, oz.binarySize));
  assert.equal(result.chosen.source, real.binarySize < oz.binarySize ? "model" : "-Oz");
});

test("llm tune: unknown passes, cut-off lists, HTTP errors and rejected lists all fall back to -Oz", async () => {
  const catalog = await testCatalog();
  const oz = await evaluator.evaluate(module, OZ_PIPELINE);
  assert.ok(oz.ok);
  const expectOz = (result: Awaited<ReturnType<typeof llmTune>>, issue: RegExp) => {
    assert.deepEqual(result.chosen, { pipeline: OZ_PIPELINE, size: oz.binarySize, source: "-Oz" });
    assert.equal(result.improvementOverOz, 0);
    assert.ok(result.issues.some((i) => issue.test(i)), JSON.stringify(result.issues));
  };
  server.setHandler(() => ({ text: "Run opt -p 'function(sroa),shrink-everything' to reduce the binary size from 9 bytes to 8 bytes." }));
  expectOz(await llmTune(module, { backend, evaluator, catalog }), /not in the pass catalog: shrink-everything/);
  server.setHandler(() => ({ text: "Run opt -p 'function(sroa),globa", finish: "length" }));
  expectOz(await llmTune(module, { backend, evaluator, catalog }), /cut off/);
  server.setHandler(() => ({ status: 502 }));
  const failed = await llmTune(module, { backend, evaluator, catalog });
  expectOz(failed, /no answer/);
  assert.equal(failed.modelFailure?.kind, "http-error");
  server.setHandler(() => ({ text: "Run opt -p 'function(sroa)' to reduce the binary size." }));
  const validator = createValidator({ toolchain, passListEval: await PassListEval.create(toolchain, { suiteDir: suiteWith(["adds", "broken-assert"]), cacheDir: tempDir(), jobs: 2 }) });
  const rejected = await llmTune(module, { backend, evaluator, catalog, validator });
  expectOz(rejected, /rejected by validation/);
  assert.equal(rejected.validation?.valid, false);

  const small = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m", contextTokens: 800 });
  const before = server.requests.length;
  const tooBig = await llmTune(module, { backend: small, evaluator, catalog });
  assert.match(tooBig.notFitting ?? "", /800-token context/);
  assert.equal(server.requests.length, before, "a prompt that does not fit is not sent");
});

test("llm emulate: the real opt output scores exact; a perturbed, a missing and a cut-off answer do not", async () => {
  const passes = "function(sroa),function(instcombine)";
  const compiled = await evaluator.compile(module, passes);
  const input = await evaluator.evaluate(module, "");
  assert.ok(compiled.evaluation.ok && compiled.artifacts && input.ok);
  const realIr = compiled.artifacts.optimizedIr;
  const { irInstructionCount: count, binarySize: size } = compiled.evaluation;
  const answer = (code: string) => `The LLVM-IR will have instruction count ${count} and binary sise ${size + 10} bytes:\n\n<code>${code}</code>`;

  server.setHandler(() => ({ text: answer(realIr) }));
  const first = server.requests.length;
  const exact = await llmEmulate(module, passes, { backend, toolchain, evaluator });
  assert.equal(server.requests[first]?.body.prompt, emulationPrompt(module.ir, passes, input.irInstructionCount, input.binarySize, "ir"));
  assert.deepEqual(exact.predicted, { instructionCount: count, binarySize: size + 10 });
  assert.equal(exact.errors.instructionCount, 0);
  assert.equal(exact.errors.binarySize, 10 / size);
  assert.equal(exact.generated?.compiles, true);
  assert.equal(exact.generated?.exactMatch, true);
  assert.equal(exact.generated?.bleu, 1);

  server.setHandler(() => ({ text: answer(perturb(realIr)) }));
  const perturbed = await llmEmulate(module, passes, { backend, toolchain, evaluator });
  assert.equal(perturbed.generated?.compiles, true);
  assert.equal(perturbed.generated?.exactMatch, false);
  assert.ok((perturbed.generated?.bleu ?? 1) < 1 && (perturbed.generated?.bleu ?? 0) > 0.9);

  server.setHandler(() => ({ text: `The LLVM-IR will have instruction count ${count} and binary sise ${size} bytes.` }));
  const missing = await llmEmulate(module, passes, { backend, toolchain, evaluator });
  assert.equal(missing.generated, null);
  assert.ok(missing.issues.includes("no <code> block"));

  server.setHandler(() => ({ text: answer(realIr).slice(0, 400), finish: "length" }));
  const cut = await llmEmulate(module, passes, { backend, toolchain, evaluator });
  assert.equal(cut.generated?.compiles, false);
  assert.equal(cut.generated?.exactMatch, false);
  assert.ok(cut.issues.some((i) => /token limit/.test(i)));

  await assert.rejects(llmEmulate(module, "function(no-such-pass)", { backend, toolchain, evaluator }), { code: "invalid-pipeline" });
});

test("llm emulate --asm: the real llc output assembles and matches", async () => {
  const passes = "function(sroa)";
  const compiled = await evaluator.compile(module, passes);
  assert.ok(compiled.artifacts);
  const asm = await lowerToAssembly(toolchain, irModuleFromText(compiled.artifacts.optimizedIr, "x"));
  server.setHandler(() => ({ text: `The assembly will have instruction count 1 and binary sise 1 bytes:\n\n<code>${asm}</code>` }));
  const result = await llmEmulate(module, passes, { backend, toolchain, evaluator, target: "asm" });
  assert.equal(result.generated?.compiles, true);
  assert.equal(result.generated?.exactMatch, true);
  server.setHandler(() => ({ text: `<code>${asm.replace(/\tretq/, "\tretq %rax")}</code>` }));
  const broken = await llmEmulate(module, passes, { backend, toolchain, evaluator, target: "asm" });
  assert.equal(broken.generated?.compiles, false);
});

test("llm disassemble: a correct lift round-trips exactly, a perturbed one does not; sampling stops at the first proof", async () => {
  const optimized = await evaluator.compile(module, OZ_PIPELINE);
  assert.ok(optimized.artifacts);
  const ir = optimized.artifacts.optimizedIr;
  const asm = await lowerToAssembly(toolchain, irModuleFromText(ir, "steps"));

  server.setHandler(() => ({ text: `<code>${ir}</code>` }));
  const proven = await llmDisassemble(asm, { backend, toolchain, referenceIr: ir });
  assert.equal(proven.proven, true);
  assert.equal(proven.best?.roundTrip, true);
  assert.equal(proven.best?.bleu, 1);
  assert.equal(proven.best?.exactMatch, true);

  server.setHandler(() => ({ text: `<code>${perturb(ir)}</code>` }));
  const wrong = await llmDisassemble(asm, { backend, toolchain, referenceIr: ir });
  assert.equal(wrong.proven, false);
  assert.equal(wrong.best?.lowers, true);
  assert.equal(wrong.best?.exactMatch, false);
  assert.ok((wrong.best?.bleu ?? 1) < 1 && (wrong.best?.bleu ?? 0) > 0.8, String(wrong.best?.bleu));

  server.setHandler((body) => ({ text: body.seed === 2 ? `<code>${ir}</code>` : body.seed === 1 ? `<code>${perturb(ir)}</code>` : "<code>not IR</code>" }));
  const first = server.requests.length;
  const sampled = await llmDisassemble(asm, { backend, toolchain, samples: 4, seed: 1 });
  assert.equal(sampled.candidates.length, 2, "stops at the first exact round trip");
  assert.equal(sampled.best?.sample, 1);
  assert.equal(sampled.proven, true);
  assert.equal(server.requests[first]?.body.temperature, 0.8);

  server.setHandler((body) => ({ text: body.seed === 1 ? "<code>not IR</code>" : `<code>${perturb(ir)}</code>` }));
  const unproven = await llmDisassemble(asm, { backend, toolchain, samples: 2, seed: 1 });
  assert.equal(unproven.candidates.length, 2);
  assert.equal(unproven.candidates[0]?.lowers, false);
  assert.equal(unproven.best?.sample, 1, "the best BLEU when nothing round-trips");
  assert.equal(unproven.proven, false);
});
