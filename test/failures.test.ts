import assert from "node:assert/strict";
import { test } from "node:test";
import { irModuleFromText } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import type { Evaluation } from "../src/measure/evaluation.js";
import { CODEGEN_CRASH_IR, CRASHING_PIPELINE, INVALID_IR } from "./fixtures-ir.js";
import { exampleFiles, loadExample, testToolchain } from "./helpers.js";

function failureOf(evaluation: Evaluation) {
  assert.equal(evaluation.ok, false, "expected a failure");
  if (evaluation.ok) throw new Error("unreachable");
  return evaluation.failure;
}

test("each failure of the LLVM tools comes back as a typed result with the tool's diagnostic", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const good = await loadExample(exampleFiles()[0] as string);

  const invalidIr = failureOf(await evaluator.evaluate(irModuleFromText(INVALID_IR, "bad.ll"), "default<Oz>"));
  assert.equal(invalidIr.kind, "invalid-ir");
  assert.match(invalidIr.diagnostic, /error: use of undefined value/);

  const unknownPass = failureOf(await evaluator.evaluate(good, "function(sroa),no-such-pass"));
  assert.equal(unknownPass.kind, "invalid-pipeline");
  assert.match(unknownPass.diagnostic, /unknown (module )?pass( name)? 'no-such-pass'/);

  const malformed = failureOf(await evaluator.evaluate(good, "function(sroa"));
  assert.equal(malformed.kind, "invalid-pipeline");
  assert.match(malformed.diagnostic, /invalid pipeline/);

  const wrongNesting = failureOf(await evaluator.evaluate(good, "sroa,constmerge"));
  assert.equal(wrongNesting.kind, "invalid-pipeline");

  const crash = failureOf(await evaluator.evaluate(good, CRASHING_PIPELINE));
  assert.equal(crash.kind, "opt-crash");
  assert.equal(crash.stage, "opt");
  assert.ok(crash.signal !== null || (crash.exitCode ?? 0) > 128, "opt died on a signal");
  assert.match(crash.diagnostic, /trigger-crash-function/);

  const codegen = failureOf(await evaluator.evaluate(irModuleFromText(CODEGEN_CRASH_IR, "cg.ll"), ""));
  assert.equal(codegen.kind, "codegen-crash");
  assert.equal(codegen.stage, "llc");
  assert.match(codegen.diagnostic, /Cannot select/);
});

test("a tool that runs past the time limit is killed and reported as a timeout, and not cached", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain, { timeoutMs: 5 });
  const module = await loadExample(exampleFiles().at(-1) as string);
  const started = performance.now();
  const failure = failureOf(await evaluator.evaluate(module, "default<O3>"));
  assert.equal(failure.kind, "timeout");
  assert.match(failure.diagnostic, /ran longer than 5 ms/);
  assert.ok(performance.now() - started < 5_000, "the kill is prompt");
  const again = await evaluator.evaluate(module, "default<O3>");
  assert.equal(again.fromCache, false, "timeouts are not remembered");
});

test("a batch carries on past failures", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const module = await loadExample(exampleFiles()[0] as string);
  const results = await Promise.all(["default<Oz>", CRASHING_PIPELINE, "bogus", "function(instcombine<no-verify-fixpoint>)"].map((p) => evaluator.evaluate(module, p)));
  assert.deepEqual(results.map((r) => r.ok), [true, false, false, true]);
});
