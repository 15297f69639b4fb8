import assert from "node:assert/strict";
import { test } from "node:test";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { exampleFiles, loadExample, testToolchain } from "./helpers.js";

test("an identical request is answered from the evaluation cache with identical results", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const module = await loadExample(exampleFiles()[1] as string);
  const first = await evaluator.evaluate(module, "function(sroa),globaldce");
  const second = await evaluator.evaluate(module, " function( sroa ), globaldce ");
  assert.equal(first.fromCache, false);
  assert.equal(second.fromCache, true);
  assert.deepEqual({ ...second, fromCache: false }, first);
  const stats = evaluator.stats();
  assert.equal(stats.evaluationCacheHits, 1);
  assert.equal(stats.optRuns, 1);
});

test("two pipelines that produce the same optimized IR are lowered once", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const module = await loadExample(exampleFiles()[1] as string);
  // A pass that changes nothing: the optimized IR is the same text, so llc runs once.
  const once = await evaluator.evaluate(module, "");
  const twice = await evaluator.evaluate(module, "function(no-op-function)");
  assert.ok(once.ok && twice.ok);
  assert.equal(once.optimizedIrHash, twice.optimizedIrHash);
  assert.equal(once.loweringFromCache, false);
  assert.equal(twice.loweringFromCache, true);
  assert.equal(twice.binarySize, once.binarySize);
  assert.equal(evaluator.stats().llcRuns, 1);
  assert.equal(evaluator.stats().optRuns, 2);
});

test("the cache key includes the module: another module is not served another's result", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const a = await evaluator.evaluate(await loadExample(exampleFiles()[0] as string), "default<Oz>");
  const b = await evaluator.evaluate(await loadExample(exampleFiles()[1] as string), "default<Oz>");
  assert.equal(b.fromCache, false);
  assert.notEqual(a.moduleHash, b.moduleHash);
});
