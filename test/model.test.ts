import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { addSource } from "../src/corpus/corpus.js";
import { buildDataset } from "../src/dataset/build.js";
import { evaluateFlagTuning } from "../src/eval/flag-tuning.js";
import { unitsFromDirectory } from "../src/eval/units.js";
import type { IrModule } from "../src/llvm/ir-module.js";
import { irModuleFromText } from "../src/llvm/ir-module.js";
import type { Evaluation, Evaluator } from "../src/measure/evaluation.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { addLibraryPipelines, fillPredictor } from "../src/models/fill-gains.js";
import { irFeatures } from "../src/models/features.js";
import { assignSplits } from "../src/dataset/splits.js";
import { loadPredictor, savePredictor, type PredictorFile } from "../src/models/model-file.js";
import { catalogHash, predictPipeline, seedPipelines, usableRanking } from "../src/models/predict.js";
import { pruneToCatalog } from "../src/models/prune.js";
import { loadCatalog } from "../src/passes/catalog.js";
import { DEFAULT_PREDICTOR_PATH } from "../src/models/default-model.js";
import { sourcePackage } from "../src/models/groups.js";
import { FAILED_GAIN, Predictor } from "../src/models/predictor.js";
import { gridSettings, LeaveOneGroupOut, nestedK0 } from "../src/models/nested-cv.js";
import { chooseHyperparameters, crossValidate, readDataset, readDatasets, trainPredictor, type CrossValidation, type DatasetModule } from "../src/models/train-predictor.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { runTool } from "../src/llvm/run-tool.js";
import { toolPath } from "../src/llvm/toolchain.js";
import { Rng } from "../src/search/rng.js";
import { ResultsStore } from "../src/store/results-store.js";
import { PassListEval } from "../src/verify/passlisteval.js";
import { example, loadExample, passwiseCli, repoRoot, sharedProbeCacheDir, tempDir, testCatalog, testToolchain } from "./helpers.js";

const corpusFixture = path.join(repoRoot, "test", "fixtures", "corpus");
let datasetDir = "";
let modules: DatasetModule[] = [];

/** Counts the compilations an evaluator is asked for (a real SubprocessEvaluator underneath). */
class CountingEvaluator implements Evaluator {
  calls = 0;
  constructor(private readonly inner: SubprocessEvaluator) {}
  get llvmVersion() {
    return this.inner.llvmVersion;
  }
  evaluate(module: IrModule, pipeline: string): Promise<Evaluation> {
    this.calls++;
    return this.inner.evaluate(module, pipeline);
  }
  compile(module: IrModule, pipeline: string) {
    this.calls++;
    return this.inner.compile(module, pipeline);
  }
  stats() {
    return this.inner.stats();
  }
  dispose() {
    return this.inner.dispose();
  }
}

before(async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  await addSource(toolchain, store.corpus, corpusFixture, { corpus: "m" });
  datasetDir = tempDir();
  await buildDataset({ corpus: "m", outDir: datasetDir, toolchain, store, evaluator: new SubprocessEvaluator(toolchain), catalog: await testCatalog(), budget: 24, jobs: 2, seed: 3, emulationSamples: 0 });
  store.close();
  modules = (await readDataset(datasetDir)).modules;
});

test("training is deterministic and predicts a training module's known best list", async () => {
  const all = ["train", "validation", "test"];
  const first = trainPredictor(modules, { splits: all });
  const second = trainPredictor(modules, { splits: all });
  assert.deepEqual(first.predictor.data, second.predictor.data);
  const improved = modules.find((m) => m.bestSize < m.ozSize);
  assert.ok(improved, "the tiny dataset has a module that beats -Oz");
  assert.equal(first.predictor.rank(improved.ir)[0]?.pipeline, improved.bestPipeline);
  assert.ok(first.predictor.data.library.some((entry) => entry.pipeline === OZ_PIPELINE));
});

test("several datasets train as one (a module in both counts once); an excluded group is left out", async () => {
  const merged = await readDatasets([datasetDir, datasetDir]);
  assert.equal(merged.modules.length, modules.length);
  const group = modules[0]?.group as string;
  const all = ["train", "validation", "test"];
  const without = trainPredictor(merged.modules, { splits: all, excludeGroups: [group] });
  assert.equal(without.trainingModules, modules.filter((m) => m.group !== group).length);
  assert.ok(without.predictor.data.modules.every((m) => m.group !== group));

  // A package's whole units ("tu/debian-X") and its functions ("debian:X") are one group here too.
  const [first, second] = [...new Set(modules.map((m) => m.group))];
  const relabel = new Map([[first, "tu/debian-fixture"], [second, "debian:fixture"]]);
  const relabeled = modules.map((m) => ({ ...m, group: relabel.get(m.group) ?? m.group }));
  const withoutPackage = trainPredictor(relabeled, { splits: all, excludeGroups: ["tu/debian-fixture"] });
  assert.equal(withoutPackage.trainingModules, modules.filter((m) => !relabel.has(m.group)).length);

  // Two datasets that split one package differently: held out in either means held out.
  const splitTwice = relabeled.map((m) => (m.group === "debian:fixture" ? { ...m, split: "test" } : { ...m, split: "train" }));
  const trainOnly = trainPredictor(splitTwice, { splits: ["train"] });
  assert.equal(trainOnly.trainingModules, modules.filter((m) => !relabel.has(m.group)).length);
});

test("K = 0 compiles nothing; K = 1 never returns something larger than -Oz; an invalid candidate is skipped", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const { predictor } = trainPredictor(modules, { splits: ["train", "validation", "test"], validated: ["test-check"] });
  const improved = modules.find((m) => m.bestSize < m.ozSize) as DatasetModule;
  const module = irModuleFromText(improved.ir, "improved");

  const counting = new CountingEvaluator(new SubprocessEvaluator(toolchain));
  const zero = await predictPipeline(module, { predictor, catalog, verify: 0, evaluator: counting });
  assert.equal(counting.calls, 0);
  assert.equal(zero.compilations, 0);
  assert.equal(zero.size, null);
  assert.equal(zero.pipeline, improved.bestPipeline);
  assert.deepEqual(zero.validated, { checks: ["test-check"], when: "dataset" });

  for (const m of modules) {
    const one = await predictPipeline(irModuleFromText(m.ir, m.hash), { predictor, catalog, verify: 1, evaluator: counting });
    assert.ok(one.size !== null && one.ozSize !== null && one.size <= one.ozSize);
    assert.equal(one.ozSize, m.ozSize);
    assert.equal(one.compilations, one.candidates.some((c) => c.size !== null) ? 2 : 1);
  }

  const refused: string[] = [];
  const validator = {
    checks: ["refuses-the-top-candidate"],
    async validate(pipeline: string) {
      const valid = pipeline !== improved.bestPipeline;
      if (!valid) refused.push(pipeline);
      return { valid, checks: { "refuses-the-top-candidate": valid }, reasons: valid ? [] : ["refused by the test"] };
    },
  };
  const skipping = await predictPipeline(module, { predictor, catalog, verify: 1, evaluator: counting, validator });
  assert.deepEqual(refused, [improved.bestPipeline]);
  assert.notEqual(skipping.pipeline, improved.bestPipeline);
  assert.match(skipping.candidates[0]?.skipped ?? "", /^invalid: refused by the test/);
  assert.ok(skipping.size !== null && skipping.ozSize !== null && skipping.size <= skipping.ozSize);
});

test("K >= 1 takes the library in greedy-coverage order, K = 0 by expected gain", () => {
  const library = ["broad", "big-on-a", "big-on-b"].map((pipeline) => ({ pipeline, validated: ["passlisteval"] }));
  const module = (hash: string, gains: number[]) => ({ hash, group: hash, features: [0], gains });
  const predictor = new Predictor({
    featureNames: ["x"],
    mean: [0],
    std: [1],
    library,
    // "broad" wins a little everywhere; the others win big on one module and break the rest.
    modules: [module("a", [0.01, 0.1, -0.5]), module("b", [0.01, -0.5, 0.1]), module("c", [0.01, -0.5, -0.5])],
    k: 3,
    priorWeight: 1,
  });
  assert.equal(predictor.rankFeatures([0])[0]?.pipeline, "broad");
  assert.deepEqual(
    predictor.rankForVerification().map((r) => r.pipeline),
    ["big-on-a", "big-on-b", "broad"],
  );
  assert.deepEqual(
    predictor.rankForVerification({ exclude: (m) => m.group === "a" }).map((r) => r.pipeline),
    ["big-on-b", "broad", "big-on-a"],
  );
  const heldOut = predictor.withoutGroups(["a"]);
  assert.deepEqual(heldOut.data.modules.map((m) => m.hash), ["b", "c"]);
  assert.deepEqual(heldOut.rankForVerification(), predictor.rankForVerification({ exclude: (m) => m.group === "a" }));
});

test("a strict hold-out also drops the lists that are the best known on a left-out module", () => {
  const library = ["broad", "big-on-a", "big-on-b"].map((pipeline) => ({ pipeline, validated: [] }));
  const module = (hash: string, gains: (number | null)[]) => ({ hash, group: hash, features: [0], gains });
  const predictor = new Predictor({
    featureNames: ["x"],
    mean: [0],
    std: [1],
    library,
    // d's best ties "broad" with "big-on-b"; e gains nothing over -Oz anywhere, so it names no best list.
    modules: [module("a", [0.01, 0.1, -0.5]), module("b", [0.01, -0.5, 0.1]), module("d", [0.1, null, 0.1]), module("e", [0, 0, -0.1])],
    k: 1,
    priorWeight: 1,
  });
  const strict = predictor.withoutGroups(["a", "e"], { dropTheirBestLists: true });
  assert.deepEqual(strict.data.library.map((l) => l.pipeline), ["broad", "big-on-b"]);
  assert.deepEqual(strict.data.modules.map((m) => [m.hash, m.gains]), [["b", [0.01, 0.1]], ["d", [0.1, 0.1]]]);
  const stricter = predictor.withoutGroups(["d"], { dropTheirBestLists: true });
  assert.deepEqual(stricter.data.library.map((l) => l.pipeline), ["big-on-a"]);
  assert.equal(predictor.withoutGroups(["a"]).data.library.length, 3);
});

test("the nested K = 0 estimate does not credit a setting chosen by the very group it is scored on", () => {
  // "near" wins big on a and b, which sit next to each other, and breaks c and d; "safe" wins a little everywhere.
  const module = (hash: string, x: number, gains: number[]) => ({ hash, group: hash, features: [x], gains });
  const data = {
    featureNames: ["x"],
    mean: [0],
    std: [1],
    library: ["safe", "near"].map((pipeline) => ({ pipeline, validated: [] })),
    modules: [module("a", 0, [0.01, 0.2]), module("b", 1, [0.01, 0.2]), module("c", 5, [0.01, -0.5]), module("d", 6, [0.01, -0.5])],
    k: 1,
    priorWeight: 1,
  };
  const { predictor, crossValidation } = chooseHyperparameters(data, { grid: { k: [0, 1], priorWeight: [1] } });
  // Plain leave-one-group-out: one neighbour finds "near" for a and b (0.2 each) and "safe" for c and d.
  assert.equal(predictor.data.k, 1);
  assert.ok(Math.abs(crossValidation.k0 - (Math.exp(0.42 / 4) - 1) * 100) < 1e-9, `${crossValidation.k0}`);
  // Nested: with a (or b) left out, its twin has no near neighbour that knows "near", so nothing
  // favours one neighbour over the prior there, and every module gets "safe".
  assert.ok(Math.abs((crossValidation.k0Nested ?? NaN) - (Math.exp(0.01) - 1) * 100) < 1e-9, `${crossValidation.k0Nested}`);
});

test("a search takes the shipped model's whole library as seeds when half its budget allows, and at least 16", async () => {
  const toolchain = await testToolchain();
  const { predictor } = await loadPredictor(DEFAULT_PREDICTOR_PATH, { llvmMajor: toolchain.version.major });
  const catalog = await testCatalog();
  const module = await loadExample(example("crc32.c"));
  const ranking = usableRanking(module, { predictor, catalog }, "best-of-several").map((r) => r.pipeline);
  assert.ok(ranking.length > 40, `the shipped library has ${ranking.length} usable pipelines`);
  assert.deepEqual(seedPipelines(module, { predictor, catalog, budget: 2 * ranking.length }), ranking);
  assert.deepEqual(seedPipelines(module, { predictor, catalog, budget: 60 }), ranking.slice(0, 30));
  assert.deepEqual(seedPipelines(module, { predictor, catalog, budget: 10 }), ranking.slice(0, 16));
  assert.deepEqual(seedPipelines(module, { predictor, catalog }), ranking.slice(0, 16), "a time-only budget takes the top 16");
});

test("a corrupt or mismatched model file is a clear error", async () => {
  const dir = tempDir();
  const { predictor, crossValidation } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  const file = path.join(dir, "model.json");
  const meta = { llvmVersion: "19.1.7", catalogHash: "x", command: "test", dataset: { dir: datasetDir, trainingModules: 3, heldOutModules: 0, splits: ["train"] }, crossValidation };
  await savePredictor(file, predictor, meta);
  const loaded = await loadPredictor(file, { llvmMajor: 19 });
  assert.deepEqual(loaded.predictor.data, predictor.data);
  await assert.rejects(loadPredictor(file, { llvmMajor: 18 }), /trained for LLVM 19\.1\.7, but LLVM 18 is in use/);
  writeFileSync(file, '{"format": "passwise-predictor", "formatVersion": 1, "llvmVer');
  await assert.rejects(loadPredictor(file, { llvmMajor: 19 }), /corrupt model file \(not valid JSON/);
  writeFileSync(file, JSON.stringify({ format: "something-else" }));
  await assert.rejects(loadPredictor(file, { llvmMajor: 19 }), /not a passwise predictor model/);
  const cli = passwiseCli(["predict", path.join(corpusFixture, "alpha", "sum.c"), "--model", file]);
  assert.equal(cli.code, 1);
  assert.match(cli.stderr, /^passwise: error: .*not a passwise predictor model/m);
  assert.doesNotMatch(cli.stderr, /at .*\.js:\d+/);
});

test("model info recomputes the cross-validation from the file's gains, matching training's, and flags stale stored figures", async () => {
  const dir = tempDir();
  const { predictor, crossValidation } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  const file = path.join(dir, "model.json");
  const meta = { llvmVersion: "19.1.7", catalogHash: "x", command: "test", dataset: { dir: datasetDir, trainingModules: 3, heldOutModules: 0, splits: ["train"] }, crossValidation };
  await savePredictor(file, predictor, meta);
  const info = (args: string[]) => {
    const cli = passwiseCli(["model", "info", "--model", file, "--json", ...args]);
    assert.equal(cli.code, 0, cli.stderr);
    return (JSON.parse(cli.stdout) as { crossValidation: CrossValidation & { stored?: unknown } }).crossValidation;
  };
  const fresh = info([]);
  for (const key of ["k0", "k1", "k10", "oracle"] as const) assert.ok(Math.abs(fresh[key] - crossValidation[key]) < 0.02, `${key}: ${fresh[key]} vs ${crossValidation[key]}`);
  assert.equal(fresh.autotuner, crossValidation.autotuner, "the autotuner's figure comes from the file");
  assert.equal(fresh.stored, undefined);
  const digestOf = () => {
    const cli = passwiseCli(["model", "info", "--model", file, "--json"]);
    return (JSON.parse(cli.stdout) as { contentDigest: string }).contentDigest;
  };
  const digest = digestOf();
  assert.match(digest, /^[0-9a-f]{64}$/);
  await savePredictor(file, predictor, { ...meta, crossValidation: { ...crossValidation, k0: crossValidation.k0 + 1 } });
  assert.equal((info([]).stored as CrossValidation).k0, crossValidation.k0 + 1, "a stale stored block is shown next to the recomputed one");
  assert.equal(digestOf(), digest, "written again, with other recorded figures: the same rankings, the same digest");
  await savePredictor(file, new Predictor({ ...predictor.data, priorWeight: predictor.data.priorWeight + 1 }), meta);
  assert.notEqual(digestOf(), digest, "another prior weight ranks otherwise");
});

test("eval flag-tuning --exclude-group names a group the model lacks: a clear error", () => {
  const cli = passwiseCli(["eval", "flag-tuning", "--suite", corpusFixture, "--exclude-group", "examples,no-such-group", "--budget", "0"]);
  assert.equal(cli.code, 2, cli.stderr);
  assert.match(cli.stderr, /^passwise: error: --exclude-group: the model has no training modules in group 'no-such-group' \(its groups: .*examples/m);
});

test("an evaluation directory's IR, bitcode and C files are one unit each; --languages picks kinds", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  writeFileSync(path.join(dir, "a.ll"), (modules[0] as DatasetModule).ir);
  const bitcode = await runTool(toolPath(toolchain, "opt"), [path.join(dir, "a.ll"), "-o", path.join(dir, "b.bc")], { timeoutMs: 30_000 });
  assert.equal(bitcode.exitCode, 0);
  copyFileSync(path.join(corpusFixture, "alpha", "sum.c"), path.join(dir, "c.c"));
  const units = await unitsFromDirectory(toolchain, dir);
  assert.deepEqual(units.map((u) => u.name), ["a.ll", "b.bc", "c.c"]);
  assert.ok(units.every((u) => u.module !== undefined));
  assert.deepEqual((await unitsFromDirectory(toolchain, dir, { languages: ["c"] })).map((u) => u.name), ["c.c"]);
  // Over a (tiny) token budget a file is split per function; a budget of 0 never splits.
  const split = await unitsFromDirectory(toolchain, dir, { languages: ["c"], tokenBudget: 50 });
  assert.ok(split.length >= 2 && split.every((u) => u.name.startsWith("c.c:")), JSON.stringify(split.map((u) => u.name)));
  assert.deepEqual((await unitsFromDirectory(toolchain, dir, { languages: ["c"], tokenBudget: 0 })).map((u) => u.name), ["c.c"]);
  assert.deepEqual((await unitsFromDirectory(toolchain, dir, { languages: ["llvm-ir", "llvm-bc"] })).map((u) => u.name), ["a.ll", "b.bc"]);
  const badKind = passwiseCli(["eval", "flag-tuning", "--suite", dir, "--languages", "c,fortran"]);
  assert.equal(badKind.code, 2, badKind.stderr);
  assert.match(badKind.stderr, /--languages: unknown kind 'fortran' \(use c, c\+\+ or ir\)/);
});

test("the flag-tuning evaluation's figures match values computed by hand", async () => {
  const toolchain = await testToolchain();
  const catalog = await testCatalog();
  const { predictor } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  const units = await unitsFromDirectory(toolchain, corpusFixture);
  assert.equal(units.length, 4);
  assert.equal(units.filter((u) => u.module === undefined).length, 1, "bad.c counts as a skipped unit");
  const evaluator = new SubprocessEvaluator(toolchain);
  const result = await evaluateFlagTuning(units, { toolchain, evaluator, catalog, predictor, verifyLevels: [0, 1], autotunerBudget: 16, jobs: 2 });

  const fresh = new SubprocessEvaluator(toolchain);
  const sizes: Record<string, number[]> = {};
  const ozSizes: number[] = [];
  for (const [index, unit] of units.entries()) {
    const row = result.units[index];
    assert.ok(row);
    if (unit.module === undefined) {
      assert.equal(row.ozSize, null);
      continue;
    }
    const oz = await fresh.evaluate(unit.module, OZ_PIPELINE);
    assert.ok(oz.ok);
    assert.equal(row.ozSize, oz.binarySize);
    ozSizes.push(oz.binarySize);
    for (const [method, outcome] of Object.entries(row.results)) {
      const measured = await fresh.evaluate(unit.module, outcome.pipeline);
      assert.ok(measured.ok);
      assert.equal(outcome.size, measured.binarySize, `${method} on ${unit.name}`);
      (sizes[method] ??= []).push(measured.binarySize);
    }
  }
  for (const summary of result.methods) {
    const own = sizes[summary.method] ?? [];
    // The skipped unit counts as -Oz: ratio 1, reduction 0.
    const n: number = units.length;
    const mean = (100 * own.reduce((sum, size, i) => sum + ((ozSizes[i] as number) - size) / (ozSizes[i] as number), 0)) / n;
    const geomean = (Math.exp(own.reduce((sum, size, i) => sum + Math.log((ozSizes[i] as number) / size), 0) / n) - 1) * 100;
    assert.ok(Math.abs(summary.meanReduction - mean) < 1e-9, summary.method);
    assert.ok(Math.abs(summary.geomeanReduction - geomean) < 1e-9, summary.method);
    assert.equal(summary.smallerShare, (100 * own.filter((size, i) => size < (ozSizes[i] as number)).length) / n);
  }
  const byMethod = Object.fromEntries(result.methods.map((m) => [m.method, m]));
  assert.equal(byMethod["predictor K=0"]?.compilations, 0);
  assert.equal(byMethod["-Oz"]?.geomeanReduction, 0);
  assert.ok((byMethod["predictor K=1"]?.largerShare ?? 1) === 0, "K = 1 is never larger than -Oz");
  const autotuner = byMethod.autotuner?.geomeanReduction ?? 0;
  if (autotuner > 0) assert.ok(Math.abs((byMethod["predictor K=1"]?.shareOfAutotunerGain ?? 0) - (100 * (byMethod["predictor K=1"]?.geomeanReduction ?? 0)) / autotuner) < 1e-9);
});

test("model fill --add-modules adds unseen modules of the corpus's train-split groups only, measured on the whole library", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  await addSource(toolchain, store.corpus, corpusFixture, { corpus: "m" });
  const entries = store.corpus.entries("m");
  const sizes = new Map<string, number>();
  for (const e of entries) sizes.set(e.groupKey, (sizes.get(e.groupKey) ?? 0) + 1);
  const trainGroup = [...assignSplits(sizes)].find(([, split]) => split === "train")?.[0] as string;
  const all = ["train", "validation", "test"];
  const { predictor } = trainPredictor(modules.filter((m) => m.group !== trainGroup), { splits: all });
  const evaluator = () => new SubprocessEvaluator(toolchain, { evaluationCache: store.evaluationCache() });

  const filled = await fillPredictor(predictor, { evaluator: evaluator(), store, jobs: 2, addModules: { corpus: "m", count: 50 } });
  assert.deepEqual(filled.added, { corpus: "m", requested: 50, added: 1, byGroup: { [trainGroup]: 1 } }, "the validation and test groups stay held out");
  const rows = filled.predictor.data.modules;
  assert.deepEqual(rows.slice(0, -1).map((m) => m.hash), predictor.data.modules.map((m) => m.hash), "the model's own modules come first, in order");
  const addedRow = rows.at(-1) as (typeof rows)[number];
  const entry = entries.find((e) => e.groupKey === trainGroup) as (typeof entries)[number];
  assert.equal(addedRow.hash, entry.moduleHash);
  assert.ok(addedRow.gains.every((g) => g !== null), "every library pipeline is measured on an added module");
  assert.equal(addedRow.gains[predictor.data.library.findIndex((e) => e.pipeline === OZ_PIPELINE)], 0, "-Oz against itself gains nothing");
  const ir = store.corpus.module(entry)?.ir as string;
  assert.deepEqual(addedRow.features, predictor.standardize(irFeatures(ir)).map((v) => Math.round(v * 10_000) / 10_000), "features use the model's own standardization");

  const { predictor: knowsAll } = trainPredictor(modules, { splits: all });
  const none = await fillPredictor(knowsAll, { evaluator: evaluator(), store, jobs: 2, addModules: { corpus: "m", count: 50 } });
  assert.equal(none.added?.added, 0, "a module already in the model is not added again");

  await addSource(toolchain, store.corpus, path.join(repoRoot, "examples"), { corpus: "ex" });
  const few = await fillPredictor(predictor, { evaluator: evaluator(), store, jobs: 2, addModules: { corpus: "ex", count: 2 } });
  assert.equal(few.added?.added, 2, "no more modules than asked for");
  await assert.rejects(fillPredictor(predictor, { evaluator: evaluator(), store, jobs: 2, addModules: { corpus: "nope", count: 1 } }), /corpus 'nope' is empty or does not exist/);
  store.close();
});

test("model fill measures the unknown gains, skips a module whose IR is not in the store, and a rerun compiles nothing", async () => {
  const toolchain = await testToolchain();
  const { predictor: trained } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  // Pipelines no module was measured with, as when two datasets never tried each other's pipelines on each other's modules; one fails.
  const untried = ["default<O2>", "function(simplifycfg)", "globaldce", "no-such-pass"];
  const library = [...trained.data.library.map((entry) => entry.pipeline), ...untried];
  const ozIndex = library.indexOf(OZ_PIPELINE);
  const blank = (gains: (number | null)[]) => [...gains.map((gain, p) => (p === ozIndex ? gain : null)), ...untried.map(() => null)];
  const first = trained.data.modules[0] as Predictor["data"]["modules"][number];
  const ghost = { ...first, hash: "0".repeat(64), group: "ghost", gains: blank(first.gains) };
  const sparse = new Predictor({
    ...trained.data,
    library: [...trained.data.library, ...untried.map((pipeline) => ({ pipeline, validated: [] }))],
    modules: [...trained.data.modules.map((m) => ({ ...m, gains: blank(m.gains) })), ghost],
  });

  const db = path.join(tempDir(), "store.db");
  const store = ResultsStore.open(db);
  for (const m of modules) {
    store.corpus.addModule({ corpus: "t", moduleHash: m.hash, name: m.hash, source: "test", origin: m.hash, groupKey: m.group, parentHash: null, functionName: null, tokens: 0, functions: 0, instructions: 0, irBytes: m.ir.length }, m.ir);
  }
  const filled = await fillPredictor(sparse, { evaluator: new SubprocessEvaluator(toolchain, { evaluationCache: store.evaluationCache() }), store, jobs: 2 });
  const fill = filled.fill;
  assert.deepEqual(fill.missingIr, { modules: 1, byGroup: { ghost: 1 } });
  assert.deepEqual(fill.ozFailed, []);
  assert.equal(fill.unknownAfter, ghost.gains.filter((g) => g === null).length, "only the skipped module keeps unknown cells");
  assert.ok(fill.compilations > 0);
  assert.equal(fill.cellsFilled, modules.length * (library.length - 1));
  assert.equal(fill.cellsFailed, modules.length, "no-such-pass fails on every module");
  const rows = filled.predictor.data.modules;
  assert.deepEqual(rows.at(-1), ghost, "the skipped module's row is left as it was");
  trained.data.modules.forEach((original, i) => {
    const row = rows[i] as (typeof rows)[number];
    assert.ok(row.gains.every((g) => g !== null), `${row.hash} is complete`);
    original.gains.forEach((gain, p) => gain !== null && assert.equal(row.gains[p], gain, `${library[p]} on ${row.hash}: the dataset measured the same`));
    assert.equal(row.gains.at(-1), FAILED_GAIN);
  });

  const fresh = new SubprocessEvaluator(toolchain);
  const module = irModuleFromText(modules.find((m) => m.hash === first.hash)?.ir as string, "first");
  const oz = await fresh.evaluate(module, OZ_PIPELINE);
  assert.ok(oz.ok);
  for (const [p, pipeline] of library.entries()) {
    if (blank(first.gains)[p] !== null) continue;
    const measured = await fresh.evaluate(module, pipeline);
    const expected: number = measured.ok ? Math.round(Math.log(oz.binarySize / measured.binarySize) * 10_000) / 10_000 : FAILED_GAIN;
    assert.equal(rows[0]?.gains[p], expected, pipeline);
  }

  const rerunEvaluator = new SubprocessEvaluator(toolchain, { evaluationCache: store.evaluationCache() });
  const rerun = await fillPredictor(sparse, { evaluator: rerunEvaluator, store, jobs: 2 });
  assert.equal(rerun.fill.compilations, 0);
  assert.equal(rerunEvaluator.stats().optRuns, 0, "a rerun is served from the store");
  assert.deepEqual(rerun.predictor.data, filled.predictor.data);
  store.close();

  // The same through the CLI: the file keeps its metadata, the command records the fill.
  const dir = tempDir();
  const file = path.join(dir, "sparse.json");
  const out = path.join(dir, "filled.json");
  const { crossValidation } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  const dataset = { dir: datasetDir, trainingModules: modules.length, heldOutModules: 0, splits: ["train"] };
  await savePredictor(file, sparse, { llvmVersion: toolchain.version.full, catalogHash: "x", command: "passwise model train", dataset, crossValidation });
  const cli = passwiseCli(["model", "fill", "--model", file, "--out", out, "--db", db, "--jobs", "2", "--json"]);
  assert.equal(cli.code, 0, cli.stderr);
  const report = JSON.parse(cli.stdout) as { compilations: number; unknownAfter: number; missingIr: { modules: number }; after: CrossValidation; command: string };
  assert.equal(report.compilations, 0);
  assert.equal(report.unknownAfter, fill.unknownAfter);
  assert.equal(report.missingIr.modules, 1);
  assert.equal(report.after.autotuner, crossValidation.autotuner, "the autotuner's figure is kept from the file");
  const written = JSON.parse(readFileSync(out, "utf8")) as PredictorFile;
  assert.deepEqual(written.data, filled.predictor.data);
  assert.deepEqual(written.dataset, dataset);
  assert.equal(written.catalogHash, "x");
  assert.equal(written.command, `passwise model train; passwise model fill --model ${file} --out ${out} --db ${db}`);
  const missingStore = passwiseCli(["model", "fill", "--model", file, "--db", path.join(dir, "no-such.db")]);
  assert.equal(missingStore.code, 3, missingStore.stderr);
  assert.match(missingStore.stderr, /^passwise: error: no results store at /m);
});

test("model fill --add-pipeline widens the library with a validated pipeline measured on every module; duplicates, malformed and rejected pipelines are clear errors", async () => {
  const toolchain = await testToolchain();
  const { predictor: trained, crossValidation } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  const added = "function(sroa),default<Oz>,function(lower-switch)";
  assert.throws(() => addLibraryPipelines(trained.data, [{ pipeline: " default<Oz> ", validated: [] }]), /already in the model's library: {2}default<Oz>/);
  assert.throws(() => addLibraryPipelines(trained.data, [{ pipeline: added, validated: [] }, { pipeline: added, validated: [] }]), /already in the model's library/);

  const db = path.join(tempDir(), "store.db");
  const store = ResultsStore.open(db);
  for (const m of modules) {
    store.corpus.addModule({ corpus: "t", moduleHash: m.hash, name: m.hash, source: "test", origin: m.hash, groupKey: m.group, parentHash: null, functionName: null, tokens: 0, functions: 0, instructions: 0, irBytes: m.ir.length }, m.ir);
  }
  const filled = await fillPredictor(trained, { evaluator: new SubprocessEvaluator(toolchain, { evaluationCache: store.evaluationCache() }), store, jobs: 2, addPipelines: [{ pipeline: added, validated: ["passlisteval"] }] });
  const library = filled.predictor.data.library;
  assert.equal(library.length, trained.data.library.length + 1);
  assert.deepEqual(library.at(-1), { pipeline: added, validated: ["passlisteval"] });
  assert.equal(filled.fill.cellsFilled, modules.length, "only the new column is measured");
  const fresh = new SubprocessEvaluator(toolchain);
  for (const row of filled.predictor.data.modules.slice(0, 3)) {
    const module = irModuleFromText(modules.find((m) => m.hash === row.hash)?.ir as string, row.hash);
    const [oz, measured] = [await fresh.evaluate(module, OZ_PIPELINE), await fresh.evaluate(module, added)];
    assert.ok(oz.ok && measured.ok);
    assert.equal(row.gains.at(-1), Math.round(Math.log(oz.binarySize / measured.binarySize) * 10_000) / 10_000);
  }

  // Through the CLI. A real PassListEval run over the whole bundled suite takes minutes, so the
  // valid pipeline's verdict is put in the store as a finished run would have left it.
  const passListEval = await PassListEval.create(toolchain, { cacheDir: sharedProbeCacheDir, jobs: 2 });
  const details = { valid: true, pipeline: added, llvmVersion: toolchain.version.full, suiteVersion: passListEval.suite.version, programs: passListEval.suite.programs.length, failures: [], seconds: 1, fromCache: false };
  store.recordValidation({ pipeline: added, llvmVersion: toolchain.version.full, check: passListEval.checkName, valid: true, details });
  store.close();
  const dir = tempDir();
  const file = path.join(dir, "model.json");
  const out = path.join(dir, "wider.json");
  const dataset = { dir: datasetDir, trainingModules: modules.length, heldOutModules: 0, splits: ["train"] };
  await savePredictor(file, trained, { llvmVersion: toolchain.version.full, catalogHash: "x", command: "passwise model train", dataset, crossValidation });
  const cli = passwiseCli(["model", "fill", "--model", file, "--out", out, "--db", db, "--jobs", "2", "--add-pipeline", added, "--json"]);
  assert.equal(cli.code, 0, cli.stderr);
  const report = JSON.parse(cli.stdout) as { addedPipelines: string[]; compilations: number; command: string };
  assert.deepEqual(report.addedPipelines, [added]);
  assert.equal(report.compilations, 0, "the library call above left every measurement in the store");
  const written = JSON.parse(readFileSync(out, "utf8")) as PredictorFile;
  assert.deepEqual(written.data.library, library);
  assert.equal(written.command, `passwise model train; passwise model fill --model ${file} --out ${out} --db ${db} --add-pipeline '${added}'`);

  for (const [pipeline, message] of [
    ["function(sroa", /malformed pass pipeline 'function\(sroa': it has an unclosed bracket/],
    ["default<Oz>", /already in the model's library: default<Oz>/],
    ["function(no-such-pass)", /--add-pipeline 'function\(no-such-pass\)' fails PassListEval \(.*: opt: .*no-such-pass.*\); nothing was written/],
  ] as const) {
    const rejected = passwiseCli(["model", "fill", "--model", file, "--out", path.join(dir, "never.json"), "--db", db, "--add-pipeline", pipeline]);
    assert.equal(rejected.code, 2, rejected.stderr);
    assert.match(rejected.stderr, message);
    assert.doesNotMatch(rejected.stderr, /\n\s+at /, "no stack trace");
  }
  assert.equal(existsSync(path.join(dir, "never.json")), false);
});

test("model prune drops the library pipelines that use a pass the catalog left out, with their gains, and records the catalog", async () => {
  const toolchain = await testToolchain();
  const catalog = (await loadCatalog(toolchain.version.major)).entries;
  const { predictor: trained, crossValidation } = trainPredictor(modules, { splits: ["train", "validation", "test"] });
  // First in the library, and the best on every module, so a misaligned column or a kept pipeline shows.
  const unsafe = "function(sroa),function(lower-invoke)";
  const withUnsafe = new Predictor({
    ...trained.data,
    library: [{ pipeline: unsafe, validated: ["passlisteval"] }, ...trained.data.library],
    modules: trained.data.modules.map((module) => ({ ...module, gains: [0.5, ...module.gains] })),
  });
  assert.equal(usableRanking(irModuleFromText(modules[0]?.ir as string, "m"), { predictor: withUnsafe, catalog }).some((r) => r.pipeline === unsafe), false, "predict already skips it");
  const pruned = pruneToCatalog(withUnsafe, catalog);
  assert.deepEqual(pruned.dropped, [unsafe]);
  assert.deepEqual(pruned.predictor.data.library, trained.data.library);
  assert.deepEqual(pruned.predictor.data.modules, trained.data.modules);
  assert.ok(pruned.before.oracle > 60 && pruned.after.oracle < 60, `${pruned.before.oracle} -> ${pruned.after.oracle}`);
  assert.equal(pruneToCatalog(trained, catalog).dropped.length, 0);

  const dir = tempDir();
  const file = path.join(dir, "model.json");
  const out = path.join(dir, "pruned.json");
  const dataset = { dir: datasetDir, trainingModules: modules.length, heldOutModules: 0, splits: ["train"] };
  await savePredictor(file, withUnsafe, { llvmVersion: toolchain.version.full, catalogHash: "x", command: "passwise model train", dataset, crossValidation });
  const input = path.join(corpusFixture, "alpha", "sum.c");
  assert.match(passwiseCli(["predict", input, "--model", file]).stderr, /was made for another pass catalog; .*passwise model prune/);
  const cli = passwiseCli(["model", "prune", "--model", file, "--out", out, "--json"]);
  assert.equal(cli.code, 0, cli.stderr);
  const report = JSON.parse(cli.stdout) as { dropped: string[]; out: string | null; catalogHash: string; after: CrossValidation };
  assert.deepEqual(report.dropped, [unsafe]);
  assert.equal(report.out, out);
  assert.equal(report.after.autotuner, crossValidation.autotuner, "the autotuner's figure is kept from the file");
  const written = JSON.parse(readFileSync(out, "utf8")) as PredictorFile;
  assert.deepEqual(written.data.library, trained.data.library);
  assert.equal(written.catalogHash, catalogHash(catalog));
  assert.equal(written.command, `passwise model train; passwise model prune --model ${file} --out ${out}`);
  const predicted = passwiseCli(["predict", input, "--model", out]);
  assert.equal(predicted.code, 0, predicted.stderr);
  assert.doesNotMatch(predicted.stderr, /another pass catalog/);
  const again = passwiseCli(["model", "prune", "--model", out]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /already matches the catalog .*; nothing written/);
});

test("a package's whole units and its functions are one group for cross-validation", () => {
  assert.equal(sourcePackage("tu/debian-zlib"), "debian:zlib");
  assert.equal(sourcePackage("debian:zlib"), "debian:zlib");
  assert.equal(sourcePackage("tu/examples"), "examples");
  assert.equal(sourcePackage("examples"), "examples");
  assert.equal(sourcePackage("vendor/debian-like"), "vendor/debian-like");
  const [a, b, ...rest] = modules;
  assert.ok(a !== undefined && b !== undefined);
  const renamed = [{ ...a, group: "debian:zz" }, { ...b, group: "tu/debian-zz" }, ...rest];
  const all = [...new Set(modules.map((m) => m.split))];
  const trained = trainPredictor(renamed, { splits: all }).predictor.data.modules;
  assert.deepEqual(trained.filter((m) => m.hash === a.hash || m.hash === b.hash).map((m) => m.group), ["debian:zz", "debian:zz"]);
});

test("the top pipeline by neighbours is the ranking's first, ties included", () => {
  // Two pipelines tie on every module ("b" and "a+b" gain the same): the shorter one ranks first.
  const library = ["a+b", "b", "c", "default<Oz>"].map((pipeline) => ({ pipeline, validated: [] }));
  const module = (hash: string, x: number, gains: (number | null)[]) => ({ hash, group: hash, features: [x], gains });
  const modules = [module("m1", 0, [0.1, 0.1, -0.2, 0]), module("m2", 1, [0.05, 0.05, 0.3, 0]), module("m3", 2, [null, -0.1, 0.2, 0]), module("m4", 5, [0, 0, 0, 0])];
  const predictor = new Predictor({ featureNames: ["x"], mean: [0], std: [1], library, modules, k: 1, priorWeight: 0 });
  for (const x of [0, 0.9, 2.2, 5]) {
    const sorted = modules.map((m) => ({ module: m, distance: Math.abs((m.features[0] ?? 0) - x) })).sort((a, b) => a.distance - b.distance);
    for (const setting of [{ k: 0, priorWeight: 1 }, { k: 1, priorWeight: 0 }, { k: 2, priorWeight: 0.5 }, { k: 4, priorWeight: 8 }]) {
      const prior = predictor.priorOver(modules);
      const first = predictor.rankByNeighbours(sorted, prior, setting)[0]?.pipeline;
      assert.equal(library[predictor.topByNeighbours(sorted, prior, setting)]?.pipeline, first, `x = ${x}, ${JSON.stringify(setting)}`);
    }
  }
  const nearFirst = modules.map((m) => ({ module: m, distance: Math.abs((m.features[0] ?? 0) - 0) }));
  assert.equal(predictor.rankByNeighbours(nearFirst, predictor.priorOver(modules), { k: 1, priorWeight: 0 })[0]?.pipeline, "b", "a tie goes to the shorter pipeline");
});

test("leave-one-group-out from the shared table equals ranking every module from scratch", () => {
  const rng = new Rng(7);
  const library = ["a", "b", "a,b", "c", "default<Oz>"].map((pipeline) => ({ pipeline, validated: [] }));
  // Gains on a coarse grid so that ties are common; some unknown.
  const gain = () => (rng.float() < 0.1 ? null : Math.round((rng.float() - 0.4) * 10) / 20);
  const modules = Array.from({ length: 30 }, (_, i) => ({ hash: `m${i}`, group: `g${i % 4}`, features: [Math.round(rng.float() * 4), rng.float()], gains: library.map((e) => (e.pipeline === "default<Oz>" ? 0 : gain())) }));
  const index = new Map(library.map((e, i) => [e.pipeline, i]));
  for (const setting of [{ k: 0, priorWeight: 1 }, { k: 1, priorWeight: 0 }, { k: 3, priorWeight: 0.5 }, { k: 10, priorWeight: 2 }]) {
    const predictor = new Predictor({ featureNames: ["x", "y"], mean: [0, 0], std: [1, 1], library, modules, ...setting });
    let total = 0;
    for (const m of modules) {
      const top = predictor.rankFeatures(m.features, { exclude: (other) => other.group === m.group })[0]?.pipeline ?? "";
      total += m.gains[index.get(top) ?? -1] ?? 0;
    }
    const fromScratch = (Math.exp(total / modules.length) - 1) * 100;
    assert.ok(Math.abs(crossValidate(predictor).k0 - fromScratch) < 1e-12, JSON.stringify(setting));
  }
  // Every setting at once (one walk per prior weight) picks what each setting alone picks, with a
  // second group left out and with k beyond the neighbours there are (22 or 23 outside two groups).
  const data = { featureNames: ["x", "y"], mean: [0, 0], std: [1, 1], library, modules, k: 1, priorWeight: 1 };
  const table = new LeaveOneGroupOut(data);
  const settings = [0, 1, 2, 5, 22, 40].flatMap((k) => [0, 0.5, 8].map((priorWeight) => ({ k, priorWeight })));
  modules.forEach((m, i) => {
    for (const outer of [undefined, "g0", "g3"]) {
      if (outer === m.group) continue;
      const tops = table.topsForSettings(i, settings, outer);
      settings.forEach((setting, s) => assert.equal(tops[s], table.top(i, setting, outer), `${m.hash} ${outer} ${JSON.stringify(setting)}`));
    }
  });
  // The nested estimate equals choosing each group's setting one setting at a time.
  const grid = { k: [0, 1, 3, 40], priorWeight: [0, 0.5, 2] };
  let total = 0;
  for (const outer of new Set(modules.map((m) => m.group))) {
    const score = (setting: { k: number; priorWeight: number }, inOuter: boolean) =>
      modules.reduce((sum, m, i) => ((m.group === outer) === inOuter ? sum + (m.gains[table.top(i, setting, outer)] ?? 0) : sum), 0);
    let chosen = gridSettings(grid)[0] as { k: number; priorWeight: number };
    for (const setting of gridSettings(grid)) if (score(setting, false) > score(chosen, false) + 1e-9) chosen = setting;
    total += score(chosen, true);
  }
  assert.ok(Math.abs(nestedK0(data, grid, table) - (Math.exp(total / modules.length) - 1) * 100) < 1e-9);
});
