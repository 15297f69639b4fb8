import assert from "node:assert/strict";
import { test } from "node:test";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { minimizePassList } from "../src/minimize/minimize.js";
import { passSavings } from "../src/minimize/pass-savings.js";
import { joinPipeline, OZ_PIPELINE, splitPipeline } from "../src/passes/pipeline.js";
import { tune } from "../src/search/tune.js";
import { Rng } from "../src/search/rng.js";
import { MAX_HANGS_PER_BATCH, SearchContext } from "../src/search/search-context.js";
import { EXPLORE_SHARE, hybridSearchWith } from "../src/search/strategies.js";
import { rlmSurrogate, type Surrogate } from "../src/search/surrogate.js";
import { DEFAULT_RLM_PATH } from "../src/models/rlm/default-rlm.js";
import { loadRlm } from "../src/models/rlm/model-file.js";
import { example, loadExample, sizeByHand, testCatalog, testToolchain } from "./helpers.js";

test("tune's best size is reproducible by hand with opt and llc, never larger than -Oz, and replays with its seed", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const module = await loadExample(example("rle.c"));
  const run = () => tune(module, { evaluator: new SubprocessEvaluator(toolchain), catalog, budget: { evaluations: 48 }, seed: 5, jobs: 2 });
  const result = await run();
  assert.ok(result.bestSize <= result.ozSize);
  assert.equal(result.evaluations, 48);
  assert.ok(result.improvementOverOz >= 0);

  assert.equal(await sizeByHand(toolchain, module.ir, result.bestPipeline), result.bestSize);

  const again = await run();
  assert.equal(again.bestPipeline, result.bestPipeline);
  assert.equal(again.bestSize, result.bestSize);
});

test("the paper's random strategy evaluates -Oz first and never returns something larger", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  const module = await loadExample(example("base64.c"));
  const result = await tune(module, { evaluator, catalog: await testCatalog(), strategy: "random", budget: { evaluations: 20 }, seed: 3, minimize: false });
  const oz = await evaluator.evaluate(module, OZ_PIPELINE);
  assert.ok(oz.ok && oz.fromCache, "-Oz was evaluated by the search");
  assert.equal(result.ozSize, oz.binarySize);
  assert.ok(result.bestSize <= oz.binarySize);
  assert.equal(result.strategy, "random");
});

test("the minimizer removes a planted redundant pass and never grows the size", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  const catalog = await testCatalog();
  const module = await loadExample(example("crc32.c"));
  const planted = ["default<Oz>", "function(lower-expect)", "default<Oz>", "function(mem2reg)"];
  const before = await evaluator.evaluate(module, planted.join(","));
  assert.ok(before.ok);
  const result = await minimizePassList(module, planted, { evaluator, catalog, insertion: false });
  assert.ok(result.size <= before.binarySize);
  assert.ok(result.passes.length < planted.length, `minimized to ${result.pipeline}`);
  assert.ok(!result.passes.includes("function(mem2reg)"), "mem2reg after -Oz changes nothing and must go");
  const after = await evaluator.evaluate(module, result.pipeline);
  assert.ok(after.ok);
  assert.equal(after.binarySize, result.size);
  // At the fixed point every pass left is worth something, and each figure is the size without it.
  const savings = await passSavings(module, result.passes, result.size, evaluator);
  assert.deepEqual(savings.map((s) => s.pass), result.passes);
  for (const [index, saving] of savings.entries()) {
    const without = result.passes.filter((_, i) => i !== index);
    const alone = await new SubprocessEvaluator(toolchain).evaluate(module, without.join(","));
    assert.ok(alone.ok);
    assert.equal(saving.bytes, alone.binarySize - result.size, saving.pass);
    assert.ok((saving.bytes ?? 0) > 0, `${saving.pass} is worth ${saving.bytes} B`);
  }
});

test("insertion search keeps only insertions that shrink the binary", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  const catalog = (await testCatalog()).slice(0, 30);
  const module = await loadExample(example("base64.c"));
  const result = await minimizePassList(module, ["function(sroa)"], { evaluator, catalog, insertion: true, maxRounds: 2 });
  assert.ok(result.size <= result.initialSize);
  if (result.passes.length > 1) assert.ok(result.size < result.initialSize);
});

test("validation during the search refuses broken incumbents, so the search never climbs from them", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const module = await loadExample(example("rle.c"));
  const unvalidated = await tune(module, { evaluator: new SubprocessEvaluator(toolchain), catalog, budget: { evaluations: 48 }, seed: 5, jobs: 2, minimize: false });
  assert.ok(unvalidated.searchSize < unvalidated.ozSize, "the unvalidated search finds something smaller than -Oz");

  // A validator that declares every pipeline but -Oz broken, as PassListEval would for a buggy optimizer.
  const checked: string[] = [];
  const validator = {
    checks: ["everything-but-oz-is-broken"],
    async validate(pipeline: string) {
      checked.push(pipeline);
      const valid = pipeline === OZ_PIPELINE;
      return { valid, checks: { "everything-but-oz-is-broken": valid }, reasons: valid ? [] : ["refused by the test"] };
    },
  };
  const bestSeen: number[] = [];
  const result = await tune(module, {
    evaluator: new SubprocessEvaluator(toolchain),
    catalog,
    budget: { evaluations: 48 },
    seed: 5,
    jobs: 2,
    minimize: false,
    validator,
    onProgress: (progress) => bestSeen.push(progress.best?.size ?? Number.POSITIVE_INFINITY),
  });
  assert.equal(result.bestPipeline, OZ_PIPELINE);
  assert.equal(result.bestSize, result.ozSize);
  assert.ok(result.rejected.length >= 1);
  assert.ok(bestSeen.every((size) => size >= result.ozSize), "no refused candidate ever became the incumbent");
  assert.ok(new Set(checked).size < result.evaluations, "only would-be incumbents are validated, not every candidate");
  assert.equal(new Set(checked).size, checked.length, "each pipeline is validated once");
  assert.equal(result.setAsideAfterHangs, 0, "refusals that are not hangs set nothing aside");
});

test("a batch's admission checks stop after two hangs: its other would-be bests are set aside unchecked", async () => {
  const toolchain = await testToolchain();
  const module = await loadExample(example("rle.c"));
  const context = new SearchContext(module, await testCatalog(), new Rng(1), [], new SubprocessEvaluator(toolchain), { evaluations: 100 }, 2);
  const checked: string[] = [];
  // As PassListEval reports a family of pass orders that hang opt on a suite program.
  context.admit = async (candidate) => {
    checked.push(candidate.pipeline);
    return { admitted: false, timedOut: true };
  };
  // With no incumbent yet, every list that compiles would be a new best.
  const hanging = await context.evaluateBatch(["default<Oz>", "default<Os>", "default<O1>", "default<O2>", "default<O3>", "function(sroa)", "function(mem2reg)", "function(instcombine<no-verify-fixpoint>)"].map((p) => [p]));
  assert.equal(checked.length, MAX_HANGS_PER_BATCH);
  assert.equal(hanging.filter((c) => c.rejected).length, MAX_HANGS_PER_BATCH);
  assert.equal(hanging.filter((c) => c.setAside).length, 8 - MAX_HANGS_PER_BATCH);
  assert.equal(context.setAside, 8 - MAX_HANGS_PER_BATCH);
  assert.ok(hanging.every((c) => c.size === Number.POSITIVE_INFINITY), "neither refused nor set-aside lists can be climbed from");
  const incumbent = () => context.best;
  assert.equal(incumbent(), undefined);

  // Refusals that are not hangs cost no more than usual: every would-be best is checked.
  checked.length = 0;
  context.admit = async (candidate) => {
    checked.push(candidate.pipeline);
    return { admitted: false };
  };
  const refused = await context.evaluateBatch(["function(gvn)", "function(early-cse)", "function(dce)", "function(adce)", "function(simplifycfg)", "globalopt"].map((p) => [p]));
  assert.equal(checked.length, 6);
  assert.ok(refused.every((c) => c.rejected && !c.setAside));

  // The count starts again with each batch, and an admitted list becomes the best.
  checked.length = 0;
  context.admit = async (candidate) => {
    checked.push(candidate.pipeline);
    return checked.length === 1 ? { admitted: false, timedOut: true } : { admitted: true };
  };
  await context.evaluateBatch([["function(reassociate)"], ["ipsccp"]]);
  assert.equal(checked.length, 2);
  assert.equal(incumbent()?.pipeline, checked[1]);
});

test("after a refusal, the final walk screens each candidate before validating it in full, so refused relatives do not use up the walk", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const module = await loadExample(example("rle.c"));
  // PassListEval's screen leads with the programs that refused earlier lists; here it agrees with
  // the full check, which refuses everything but -Oz.
  const fullChecks: string[] = [];
  const screens: string[] = [];
  const refuse = (pipeline: string) => {
    const valid = pipeline === OZ_PIPELINE;
    return { valid, checks: { "only-oz": valid }, reasons: valid ? [] : ["refused by the test"] };
  };
  const validator = {
    checks: ["only-oz"],
    async validate(pipeline: string) {
      fullChecks.push(pipeline);
      return refuse(pipeline);
    },
    async screen(pipeline: string) {
      screens.push(pipeline);
      return refuse(pipeline);
    },
  };
  const result = await tune(module, { evaluator: new SubprocessEvaluator(toolchain), catalog, budget: { evaluations: 96 }, seed: 5, jobs: 2, minimize: false, validator, validateDuringSearch: false });
  assert.equal(result.bestPipeline, OZ_PIPELINE);
  assert.equal(fullChecks.length, 1, "one full validation; the screen turns the rest away");
  assert.ok(result.rejected.length > 20, `the walk goes past 20 refusals (${result.rejected.length})`);
  assert.equal(screens.length, result.rejected.length - 1);
});

test("when the minimized list is refused, the smallest valid list from the minimizer's phases is kept, never the refused one", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const module = await loadExample(example("rle.c"));
  // With this seed and paper-style exploration lists only (hybrid before light lists) the
  // minimizer's elimination and sorting phases give two different lists.
  const strategy = hybridSearchWith(EXPLORE_SHARE, "hybrid", { lightShare: 0 });
  const options = { catalog, strategy, budget: { evaluations: 48 }, seed: 2, jobs: 2 } as const;
  const plain = await tune(module, { ...options, evaluator: new SubprocessEvaluator(toolchain) });
  assert.notEqual(plain.bestPipeline, plain.searchPipeline, "the search's winner gets minimized");
  const steps: string[] = [];
  await minimizePassList(module, splitPipeline(plain.searchPipeline), { evaluator: new SubprocessEvaluator(toolchain), catalog, insertion: false, onStep: (step) => steps.push(joinPipeline(step.passes)) });

  const refused = plain.bestPipeline;
  const validator = {
    checks: ["refuses-the-minimized-list"],
    async validate(pipeline: string) {
      const valid = pipeline !== refused;
      return { valid, checks: { "refuses-the-minimized-list": valid }, reasons: valid ? [] : ["refused by the test"] };
    },
  };
  const result = await tune(module, { ...options, evaluator: new SubprocessEvaluator(toolchain), validator, validateDuringSearch: false });
  assert.equal(result.searchPipeline, plain.searchPipeline);
  assert.notEqual(result.bestPipeline, refused);
  assert.ok(result.rejected.some((r) => r.pipeline === refused));
  const alternatives = steps.filter((step) => step !== refused && step !== plain.searchPipeline);
  assert.ok(alternatives.length > 0, "the minimizer passed through another list");
  assert.ok(alternatives.includes(result.bestPipeline), `an intermediate list is kept: ${result.bestPipeline}`);
  assert.ok(splitPipeline(result.bestPipeline).length <= splitPipeline(plain.searchPipeline).length);
  assert.ok(result.bestSize <= result.searchSize);
  assert.equal(await sizeByHand(toolchain, module.ir, result.bestPipeline), result.bestSize);
});

test("with a surrogate, hybrid compiles the proposals it ranks best and records how many it screened out", async () => {
  const toolchain = await testToolchain();
  const module = await loadExample(example("rle.c"));
  const catalog = await testCatalog();
  // A surrogate that believes shorter lists are smaller: every compiled proposal must then be short.
  const shortIsSmall: Surrogate = { name: "length", predictSizes: (_m, pipelines) => pipelines.map((p) => p.split(",").length) };
  const recording = () => {
    const evaluator = new SubprocessEvaluator(toolchain);
    const lengths: number[] = [];
    const evaluate = evaluator.evaluate.bind(evaluator);
    evaluator.evaluate = (m, pipeline, options) => {
      lengths.push(pipeline.split(",").length);
      return evaluate(m, pipeline, options);
    };
    return { evaluator, lengths };
  };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const withSurrogate = recording();
  const withoutSurrogate = recording();
  const screened = await tune(module, { evaluator: withSurrogate.evaluator, catalog, budget: { evaluations: 40 }, seed: 2, minimize: false, surrogate: shortIsSmall });
  const plain = await tune(module, { evaluator: withoutSurrogate.evaluator, catalog, budget: { evaluations: 40 }, seed: 2, minimize: false });
  assert.ok(screened.screenedOut > 0);
  assert.ok(mean(withSurrogate.lengths) < mean(withoutSurrogate.lengths) / 2, `${mean(withSurrogate.lengths)} vs ${mean(withoutSurrogate.lengths)}`);
  assert.equal(plain.screenedOut, 0);
  assert.ok(screened.bestSize <= screened.ozSize);

  const rlm = rlmSurrogate((await loadRlm(DEFAULT_RLM_PATH)).model);
  const sizes = rlm.predictSizes(module, ["", OZ_PIPELINE]);
  assert.equal(sizes.length, 2);
  assert.ok(sizes.every((size) => Number.isFinite(size) && size > 0));
  assert.ok((sizes[1] as number) < (sizes[0] as number), "the shipped RLM knows -Oz shrinks a module");
});
