import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { disassemblyPrompt } from "../src/dataset/prompts.js";
import { evaluateDisassembly } from "../src/eval/disassembly.js";
import { evaluateEmulation } from "../src/eval/emulation.js";
import { evaluateFlagTuning } from "../src/eval/flag-tuning.js";
import { unitsFromDirectory } from "../src/eval/units.js";
import { lowerToAssembly } from "../src/llvm/assembly.js";
import { irModuleFromText } from "../src/llvm/ir-module.js";
import { OpenAiBackend } from "../src/llm/openai-backend.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { startFakeLlmServer } from "./fake-llm-server.js";
import { tempDir, testCatalog, testToolchain } from "./helpers.js";

const server = await startFakeLlmServer();
after(() => server.close());
const backend = new OpenAiBackend({ baseUrl: server.baseUrl, model: "m", retries: 0 });
const toolchain = await testToolchain();
const evaluator = new SubprocessEvaluator(toolchain);
const suite = tempDir("passwise-llm-eval-");
writeFileSync(path.join(suite, "sum.c"), "int sum_to(int n) {\n  int s = 0;\n  for (int i = 0; i < n; i++) s += i * 3 + 7;\n  return s;\n}\n");
writeFileSync(path.join(suite, "mix.c"), "unsigned mix(unsigned x) {\n  x ^= x >> 16;\n  x *= 0x45d9f3bu;\n  return x ^ (x >> 16);\n}\n");
const units = await unitsFromDirectory(toolchain, suite);

const codeIn = (prompt: string) => /<code>([^]*)<\/code>/.exec(prompt)?.[1] ?? "";

test("eval disassembly: a correct lift and a perturbed one give half the round trips and exact matches", async () => {
  const answers = new Map<string, string>();
  for (const unit of units) {
    const compiled = await evaluator.compile(unit.module!, OZ_PIPELINE);
    const ir = compiled.artifacts!.optimizedIr;
    const asm = await lowerToAssembly(toolchain, irModuleFromText(ir, unit.name));
    // mix.c is lifted wrongly: its shift amount changes.
    answers.set(disassemblyPrompt(asm), unit.name === "mix.c" ? ir.replace("lshr i32 %0, 16", "lshr i32 %0, 15") : ir);
  }
  server.setHandler((body) => ({ text: `<code>${answers.get(String(body.prompt)) ?? "unknown prompt"}</code>` }));
  const result = await evaluateDisassembly(units, { toolchain, evaluator, backend });
  const s = result.summary;
  assert.deepEqual([s.units, s.evaluated, s.roundTrips, s.roundTripRate, s.exactMatchRate, s.lowersRate], [2, 2, 1, 0.5, 0.5, 1]);
  const wrong = result.units.find((u) => u.name === "mix.c");
  assert.ok(wrong && !wrong.roundTrip && wrong.bleu < 1 && wrong.bleu > 0.5, JSON.stringify(wrong));
  assert.equal(s.meanBleu, (1 + wrong.bleu) / 2);
});

test("eval emulation: truthful IR answers score exact, garbage assembly does not compile; random lists are catalog lists", async () => {
  server.setHandler(async (body) => {
    const prompt = String(body.prompt);
    const passes = /opt -p '([^']*)'/.exec(prompt)?.[1] ?? "";
    if (prompt.startsWith("[INST] Give the assembly")) return { text: "The assembly will have instruction count 1 and binary sise 1 bytes:\n\n<code>\tnot_an_instruction %zz\n</code>" };
    const real = await evaluator.compile(irModuleFromText(codeIn(prompt).replace(/\n\nThe input code[^]*$/, ""), "x"), passes);
    assert.ok(real.evaluation.ok && real.artifacts);
    return { text: `The LLVM-IR will have instruction count ${real.evaluation.irInstructionCount} and binary sise ${real.evaluation.binarySize} bytes:\n\n<code>${real.artifacts.optimizedIr}</code>` };
  });
  const catalog = await testCatalog();
  const result = await evaluateEmulation(units, { toolchain, evaluator, backend, catalog, seed: 4, maxPasses: 5 });
  const [ir, asm] = result.summaries;
  assert.deepEqual([ir?.target, ir?.evaluated, ir?.compileRate, ir?.exactMatchRate, ir?.instructionCountMape, ir?.binarySizeMape], ["ir", 2, 1, 1, 0, 0]);
  assert.deepEqual([asm?.target, asm?.evaluated, asm?.compileRate, asm?.exactMatchRate], ["asm", 2, 0, 0]);
  const known = new Set(catalog.map((e) => e.pipeline));
  for (const sample of result.samples) {
    assert.ok(sample.passes.length > 0);
    for (const pass of sample.passes.split(/,(?![^(]*\))/)) assert.ok(known.has(pass), pass);
  }
});

test("eval flag-tuning: LLM rows (zero-shot and -Oz fallback) and the size-prediction MAPE", async () => {
  const list = "function(sroa),default<Oz>";
  server.setHandler(async (body) => {
    const module = irModuleFromText(codeIn(String(body.prompt)), "x");
    const before = await evaluator.evaluate(module, "");
    const after = await evaluator.evaluate(module, list);
    assert.ok(before.ok && after.ok);
    return { text: `Run opt -p '${list}' to reduce the binary size from ${before.binarySize} bytes to ${after.binarySize * 2} bytes.` };
  });
  const result = await evaluateFlagTuning(units, { toolchain, evaluator, catalog: await testCatalog(), autotunerBudget: 0, llm: { backend } });
  assert.deepEqual(result.methods.map((m) => m.method), ["-Oz", "llm", "llm+Oz"]);
  for (const row of result.units) {
    const real = await evaluator.evaluate(units.find((u) => u.name === row.name)!.module!, list);
    assert.ok(real.ok);
    assert.equal(row.results.llm?.size, real.binarySize);
    assert.equal(row.results["llm+Oz"]?.size, Math.min(real.binarySize, row.ozSize!));
  }
  const fallback = result.methods.find((m) => m.method === "llm+Oz");
  assert.ok(fallback && fallback.largerShare === 0 && fallback.geomeanReduction >= 0);
  assert.deepEqual(result.sizePrediction, { unoptimizedMape: 0, unoptimizedCount: 2, optimizedMape: 1, optimizedCount: 2 });
});
