import assert from "node:assert/strict";
import { writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { isPasswiseError } from "../src/errors.js";
import { calibrateTemperatures } from "../src/models/rlm/calibrate.js";
import { mape, kendall, spearman } from "../src/models/rlm/metrics.js";
import { blendFeatureKeys, LinearBlend } from "../src/models/rlm/linear-blend.js";
import { loadRlm, saveRlm } from "../src/models/rlm/model-file.js";
import { RegressionLM, type Example } from "../src/models/rlm/regression-lm.js";
import { PIPELINE_MARKER, textPieces } from "../src/models/rlm/vocabulary.js";
import { Rng } from "../src/search/rng.js";
import { tempDir } from "./helpers.js";

/** A synthetic "program": shuffled lines of two kinds; its size is 4 per add, 9 per call, plus 10. */
function syntheticRows(n: number, seed: number): Example[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => {
    const adds = rng.int(1, 60);
    const calls = rng.int(0, 40);
    const lines = [...Array<string>(adds).fill("%1 = add i32 %2, 1"), ...Array<string>(calls).fill("call void @f()")];
    for (let i = lines.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    }
    return { x: lines.join("\n"), y: 4 * adds + 9 * calls + 10 };
  });
}

const tiny = { vocabularySize: 64, embeddingDim: 8, encoderWidth: 32, decoderWidth: 64, seed: 1 } as const;

test("a tiny RLM learns a synthetic text → number task to under 10% MAPE on held-out rows", () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  const result = model.fineTune(syntheticRows(500, 1), { validation: syntheticRows(80, 2), maxEpochs: 60, patience: 8, learningRate: 4e-3 });
  assert.ok(result.bestEpoch > 1 && result.validationLoss !== undefined);
  const held = syntheticRows(80, 3);
  const medians = model.predict(held, 32).map((p) => p[0]?.median as number);
  const actual = held.map((e) => e.y as number);
  const error = mape(medians, actual);
  // Stated error: under 0.10 (it reaches about 0.05); a model that ignores the text scores ~0.45.
  assert.ok(error < 0.1, `MAPE ${error.toFixed(3)}`);
  assert.ok(spearman(medians, actual) > 0.9);
  assert.ok(kendall(medians, actual) > 0.75);
});

test("selecting the epoch by the validation medians' error keeps the epoch with the smallest error", () => {
  // No linear blend: the medians recomputed below must be the networks' own.
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, linearBlendPieces: 0 });
  const validation = syntheticRows(40, 2);
  const errors: number[] = [];
  const result = model.fineTune(syntheticRows(200, 1), {
    validation,
    maxEpochs: 8,
    patience: 8,
    learningRate: 4e-3,
    selectBy: "error",
    onEpoch: (e) => errors.push(e.validationError as number),
  });
  assert.equal(errors.length, 8);
  const best = Math.min(...errors);
  assert.equal(result.validationError, best);
  assert.equal(result.bestEpoch, errors.indexOf(best) + 1);
  // The kept parameters are that epoch's: the error recomputes exactly (same seed, same samples).
  // The error is measured on the networks' own distribution, before calibration sets temperatures.
  const medians = model.predict(validation, 16, { seed: 1, temperature: 1 }).map((p) => p[0]?.median as number);
  const recomputed = medians.reduce((sum, m, i) => sum + Math.abs(m - (validation[i]?.y as number)) / (validation[i]?.y as number), 0) / validation.length;
  assert.ok(Math.abs(recomputed - best) < 1e-12, `${recomputed} vs ${best}`);
});

test("the second metric is decoded conditioned on the first (and missing metrics are allowed)", () => {
  // The input cannot tell which of two sizes a row has; the second metric follows the first.
  const rng = new Rng(5);
  const rows: Example[] = Array.from({ length: 300 }, (_, i) => {
    const big = rng.float() < 0.5;
    return { x: "define void @f() {\n  ret void\n}", y: [big ? 900 : 100, i % 7 === 0 ? null : big ? 7 : 3] };
  });
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }, { name: "count", nonNegative: true }], ...tiny });
  model.fineTune(rows, { maxEpochs: 25, patience: 25, learningRate: 4e-3 });
  const samples = model.sample([rows[0] as Example], 300, { seed: 3 })[0] as number[][];
  const bigShare = samples.filter(([size]) => (size as number) > 500).length / samples.length;
  assert.ok(bigShare > 0.25 && bigShare < 0.75, `both sizes are sampled (share of 900: ${bigShare})`);
  const consistent = samples.filter(([size, count]) => ((size as number) > 500 ? count === 7 : count === 3)).length / samples.length;
  // Independent decoding would pair them at random (about 0.5).
  assert.ok(consistent > 0.9, `count agrees with the sampled size in ${(consistent * 100).toFixed(0)}% of samples`);
});

test("save/load gives identical samples with a fixed seed; corrupt files are model errors", async () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }, { name: "other", nonNegative: false }], ...tiny });
  model.fineTune(syntheticRows(60, 4).map((e) => ({ x: e.x, y: [e.y as number, -(e.y as number) / 3] })), { maxEpochs: 2 });
  const dir = tempDir("passwise-rlm-");
  const inputs = syntheticRows(3, 9);
  const before = model.sample(inputs, 16, { seed: 42 });
  for (const name of ["model.json", "model.json.gz"]) {
    const file = path.join(dir, name);
    await saveRlm(file, model, { llvmVersion: "19.1.7", command: "test" });
    const { model: loaded, file: body } = await loadRlm(file);
    assert.deepEqual(loaded.sample(inputs, 16, { seed: 42 }), before);
    assert.equal(body.llvmVersion, "19.1.7");
    assert.deepEqual(loaded.metricNames, ["size", "other"]);
  }
  assert.notDeepEqual(model.sample(inputs, 16, { seed: 43 }), before);

  const text = readFileSync(path.join(dir, "model.json"), "utf8");
  const broken = path.join(dir, "broken.json");
  const cases: [string, string | Buffer][] = [
    ["truncated", text.slice(0, text.length / 2)],
    ["not an RLM", JSON.stringify({ format: "passwise-predictor" })],
    ["wrong parameter count", text.replace(/"parameters":"[A-Za-z0-9+/=]{8}/, '"parameters":"')],
    ["bad gzip", Buffer.from([0x1f, 0x8b, 1, 2, 3])],
  ];
  for (const [what, content] of cases) {
    writeFileSync(broken, content);
    await assert.rejects(loadRlm(broken), (error: unknown) => isPasswiseError(error) && error.code === "model-error", what);
  }
  await assert.rejects(loadRlm(path.join(dir, "missing.json")), (error: unknown) => isPasswiseError(error) && error.code === "model-error");
  const future = JSON.parse(text) as { formatVersion: number };
  writeFileSync(broken, JSON.stringify({ ...future, formatVersion: 99 }));
  await assert.rejects(loadRlm(broken), (error: unknown) => isPasswiseError(error) && error.code === "model-error" && /version 99/.test(error.message));
});

test("older model files (version 2: before size probes; 3: before value hints; 4: before ensembles and temperatures; 5: before the linear blend) load as the networks they were", async () => {
  for (const version of [2, 3, 4, 5]) {
    const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, sizeProbes: version === 2 ? 0 : 4, valueHints: version >= 4, linearBlendPieces: 0 });
    model.fineTune(syntheticRows(40, 5), { maxEpochs: 1 });
    const dir = tempDir(`passwise-rlm-v${version}-`);
    const file = path.join(dir, "model.json");
    await saveRlm(file, model, { llvmVersion: "19.1.7", command: "test" });
    const body = JSON.parse(readFileSync(file, "utf8")) as { formatVersion: number; config: Record<string, unknown>; temperatures?: number[]; linearBlend?: unknown };
    body.formatVersion = version;
    delete body.linearBlend;
    delete body.config.linearBlendPieces;
    delete body.config.linearBlendPairs;
    if (version <= 4) delete body.temperatures;
    if (version <= 4) delete body.config.ensembleMembers;
    if (version <= 3) delete body.config.valueHints;
    if (version === 2) delete body.config.sizeProbes;
    writeFileSync(file, JSON.stringify(body));
    const inputs = syntheticRows(3, 9);
    const { model: loaded } = await loadRlm(file);
    assert.equal(loaded.config.sizeProbes, version === 2 ? 0 : 4);
    assert.equal(loaded.config.valueHints, version >= 4);
    assert.equal(loaded.config.linearBlendPieces, 0);
    assert.equal(loaded.parts().blend, undefined);
    assert.equal(loaded.config.ensembleMembers, 1);
    assert.deepEqual(loaded.samplingTemperatures, { withoutPipeline: [1], withPipeline: [1] });
    assert.deepEqual(loaded.sample(inputs, 8, { seed: 7 }), model.sample(inputs, 8, { seed: 7 }));
  }
});

type ModelBody = { formatVersion: number; config: Record<string, unknown>; linearBlend: unknown };

/** Saves `model`, lets `edit` rewrite the file's JSON (as an older passwise wrote it) and returns its path. */
async function rewrittenModelFile(model: RegressionLM, prefix: string, edit: (body: ModelBody) => void): Promise<string> {
  const file = path.join(tempDir(prefix), "model.json");
  await saveRlm(file, model, { llvmVersion: "19.1.7", command: "test" });
  const body = JSON.parse(readFileSync(file, "utf8")) as ModelBody;
  edit(body);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

test("a version-7 file (its blend counts the declarations' pieces without a pipeline) loads and estimates as it did; new fits count codegen features", async () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  const rows = syntheticRows(60, 5);
  model.fineTune(rows, { validation: syntheticRows(30, 6), maxEpochs: 1 });
  assert.deepEqual(model.parts().blend?.heads.map((h) => [h.withPipeline, h.features]), [[false, "code"]]);
  assert.ok(model.parts().blend?.heads[0]?.keys.includes("data:bytes"));
  const file = await rewrittenModelFile(model, "passwise-rlm-v7-", (body) => {
    body.formatVersion = 7;
    delete body.config.linearBlendCodegen;
    // Version 7: "segments" heads, here 4 per "add" in code and 1 per "declare".
    body.linearBlend = { heads: [{ metric: 0, withPipeline: false, weight: 0.5, features: "segments", keys: ["add", "D:declare"], coefficients: [4, 1, 10] }] };
  });
  const { model: loaded } = await loadRlm(file);
  assert.equal(loaded.config.linearBlendCodegen, false);
  const blend = loaded.parts().blend;
  assert.ok(blend !== undefined);
  assert.equal(blend.estimates("declare void @call()\ndefine void @f() {\n  %1 = add i32 1, 2\n  ret void\n}", 1)[0], 4 + 1 + 10);
});

test("a version-6 file's linear blend (one list of whole-text word pieces for every head) loads and estimates as it did", async () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, linearBlendPieces: 0 });
  model.fineTune(syntheticRows(40, 5), { maxEpochs: 1 });
  const file = await rewrittenModelFile(model, "passwise-rlm-v6-", (body) => {
    body.formatVersion = 6;
    delete body.config.linearBlendPairs;
    body.config.linearBlendPieces = 2;
    // Version 6: 4 per "add" and 9 per "call" anywhere in the text, plus 10.
    body.linearBlend = { pieces: ["add", "call"], heads: [{ metric: 0, withPipeline: false, weight: 0.5, coefficients: [4, 9, 10] }] };
  });
  const { model: loaded } = await loadRlm(file);
  assert.equal(loaded.config.linearBlendPairs, 0);
  const blend = loaded.parts().blend;
  assert.ok(blend !== undefined);
  assert.deepEqual(blend.heads.map((h) => [h.features, h.keys]), [["pieces", ["add", "call"]]]);
  for (const row of syntheticRows(5, 9)) assert.equal(blend.estimates(row.x, 1)[0], row.y);
  // Outside function bodies too: whole-text pieces do not tell declarations from code.
  assert.equal(blend.estimates("declare void @f()\n; add call", 1)[0], 23);
});

test("invalid configs and examples are bad-input errors", () => {
  assert.throws(() => RegressionLM.fromScratch({ metrics: [{ name: "size" }], vocabSize: 10 } as never), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  assert.throws(() => RegressionLM.fromScratch({ metrics: [] }), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  assert.throws(() => model.fineTune([{ x: "a", y: -3 }]), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  assert.throws(() => model.sample(["a"], 1), (e: unknown) => isPasswiseError(e) && e.code === "model-error");
});

test("calibration finds the temperature whose intervals cover the target share (bisection on a known sampler)", () => {
  // Samples spread as ±temperature around a centre; the actual values sit at distances 0.01..1.00,
  // so the 5%–95% interval (±0.9·T) covers a share min(0.9·T, 1) of them.
  const actual = Array.from({ length: 100 }, (_, i) => [10 + (i + 1) / 100]);
  const sampler = (temperatures: readonly number[]) =>
    actual.map(() => Array.from({ length: 101 }, (_, k) => [10 + (temperatures[0] as number) * (-1 + k / 50)]));
  const result = calibrateTemperatures(["size"], actual, sampler, 0.72);
  const metric = result.metrics[0];
  assert.ok(metric !== undefined);
  // 0.9·T covers 72% at T = 0.8.
  assert.ok(Math.abs(metric.temperature - 0.8) <= 0.02, `temperature ${metric.temperature}`);
  assert.ok(Math.abs(metric.coverageBefore - 0.9) < 1e-9);
  assert.ok(Math.abs(metric.coverageAfter - 0.72) <= 0.02, `coverage ${metric.coverageAfter}`);
  // Sharp samples: 0.9·T covers 18% at T = 0.2.
  const sharp = calibrateTemperatures(["size"], actual, sampler, 0.18).metrics[0];
  assert.ok(sharp !== undefined && Math.abs(sharp.temperature - 0.2) <= 0.01, `temperature ${sharp?.temperature}`);
  // A metric without held-out values keeps temperature 1.
  const none = calibrateTemperatures(["size", "other"], actual.map((v) => [...v, null]), (t) => sampler(t).map((rows) => rows.map((r) => [...r, 0])), 0.9);
  assert.equal(none.metrics[1]?.temperature, 1);
});

test("fine-tuning with validation rows calibrates: wider intervals for a higher target, saved with the model", async () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  const validation = syntheticRows(60, 2);
  const result = model.fineTune(syntheticRows(200, 1), { validation, maxEpochs: 4, patience: 4, learningRate: 4e-3 });
  const calibrated = result.calibration?.metrics[0];
  assert.ok(calibrated !== undefined);
  // The rows have no pipeline: inputs with one take the same temperature.
  assert.equal(calibrated.pipeline, false);
  assert.deepEqual(model.samplingTemperatures, { withoutPipeline: [calibrated.temperature], withPipeline: [calibrated.temperature] });
  assert.ok(Math.abs(calibrated.coverageAfter - 0.9) <= 0.1, `coverage ${calibrated.coverageAfter} at ${calibrated.temperature}`);
  const narrow = model.calibrate(validation, { target: 0.5 }).metrics[0];
  const wide = model.calibrate(validation, { target: 0.97 }).metrics[0];
  assert.ok(narrow !== undefined && wide !== undefined && narrow.temperature < wide.temperature, `${narrow?.temperature} < ${wide?.temperature}`);
  assert.ok(narrow.coverageAfter < wide.coverageAfter);
  const file = path.join(tempDir("passwise-rlm-cal-"), "model.json.gz");
  await saveRlm(file, model, { llvmVersion: null, command: "test" });
  const { model: loaded } = await loadRlm(file);
  assert.deepEqual(loaded.samplingTemperatures.withoutPipeline, [wide.temperature]);
  assert.deepEqual(loaded.sample(validation, 8, { seed: 3 }), model.sample(validation, 8, { seed: 3 }));
  assert.throws(() => model.setTemperatures([0]), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
});

test("calibration by input length: a temperature per tercile of the validation rows' IR lengths, used by each input's length, saved with the model", async () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  const validation = syntheticRows(150, 2);
  const result = model.fineTune(syntheticRows(200, 1), { validation, maxEpochs: 3, patience: 3, learningRate: 4e-3 });
  const lines = result.calibration?.metrics ?? [];
  assert.equal(lines.length, 3, "150 rows: three buckets of at least 40");
  const buckets = model.samplingTemperatures.byLength?.withoutPipeline;
  assert.ok(buckets !== undefined && buckets.bounds.length === 2);
  // The bounds are the terciles of the rows' word-piece counts (the synthetic rows are all IR).
  const lengths = validation.map((e) => textPieces(e.x).length).sort((a, b) => a - b);
  assert.deepEqual(buckets.bounds, [lengths[50], lengths[100]]);
  assert.deepEqual(lines.map((l) => l.lengths), [{ from: 0, to: lengths[50] }, { from: lengths[50], to: lengths[100] }, { from: lengths[100], to: null }]);
  assert.deepEqual(buckets.temperatures, lines.map((l) => [l.temperature]));
  for (const line of lines) assert.ok(Math.abs(line.coverageAfter - 0.9) <= 0.15, `coverage ${line.coverageAfter} at ${line.temperature} for ${JSON.stringify(line.lengths)}`);
  // The flat list holds the middle bucket's; each input is sampled at its own bucket's.
  assert.deepEqual(model.samplingTemperatures.withoutPipeline, [lines[1]?.temperature]);
  const [shortest, longest] = [validation.find((e) => textPieces(e.x).length === lengths[0]), validation.find((e) => textPieces(e.x).length === lengths.at(-1))];
  assert.ok(shortest !== undefined && longest !== undefined);
  assert.deepEqual(model.temperaturesFor(shortest), [lines[0]?.temperature]);
  assert.deepEqual(model.temperaturesFor(longest), [lines[2]?.temperature]);
  assert.deepEqual(model.sample([longest], 8, { seed: 4 }), model.sample([longest], 8, { seed: 4, temperature: lines[2]?.temperature as number }));
  const file = path.join(tempDir("passwise-rlm-len-"), "model.json.gz");
  await saveRlm(file, model, { llvmVersion: null, command: "test" });
  const { model: loaded } = await loadRlm(file);
  assert.deepEqual(loaded.samplingTemperatures, model.samplingTemperatures);
  assert.deepEqual(loaded.sample(validation.slice(0, 20), 8, { seed: 3 }), model.sample(validation.slice(0, 20), 8, { seed: 3 }));

  // An input as long as a bound is in the bucket above it.
  const atBound = validation.find((e) => textPieces(e.x).length === buckets.bounds[0]);
  assert.ok(atBound !== undefined);
  model.setTemperatures({ withoutPipeline: [1], withPipeline: [1], byLength: { withoutPipeline: { bounds: buckets.bounds, temperatures: [[0.5], [1.5], [2]] } } });
  assert.deepEqual([shortest, atBound, longest].map((e) => model.temperaturesFor(e)), [[0.5], [1.5], [2]]);

  // One bucket on request, and where a bucket would get under 40 rows.
  model.calibrate(validation, { lengthBuckets: 1 });
  assert.equal(model.samplingTemperatures.byLength, undefined);
  assert.equal(model.calibrate(validation.slice(0, 79)).metrics.length, 1);
  assert.equal(model.calibrate(validation.slice(0, 80)).metrics.length, 2);
  assert.throws(
    () => model.setTemperatures({ withoutPipeline: [1], withPipeline: [1], byLength: { withoutPipeline: { bounds: [50, 20], temperatures: [[1], [1], [1]] } } }),
    (e: unknown) => isPasswiseError(e) && e.code === "bad-input" && /ascending/.test(e.message),
  );
});

test("an ensemble trains every member from its own seed and samples them in turn", async () => {
  const rows = syntheticRows(120, 1);
  const single = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  single.fineTune(rows, { maxEpochs: 2 });
  const second = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, seed: 2 });
  second.fineTune(rows, { maxEpochs: 2 });
  const ensemble = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, ensembleMembers: 2 });
  const result = ensemble.fineTune(rows, { maxEpochs: 2 });
  assert.equal(result.members.length, 2);
  assert.equal(ensemble.parameterCount(), 2 * single.parameterCount());
  // Member j is the network a single model with seed 1 + j would be.
  const { parameters } = ensemble.parts();
  const n = single.parameterCount();
  assert.deepEqual(parameters.subarray(0, n), single.parts().parameters);
  assert.deepEqual(parameters.subarray(n), second.parts().parameters);
  assert.notDeepEqual(single.parts().parameters, second.parts().parameters);
  const file = path.join(tempDir("passwise-rlm-ens-"), "model.json.gz");
  await saveRlm(file, ensemble, { llvmVersion: null, command: "test" });
  const { model: loaded } = await loadRlm(file);
  const inputs = syntheticRows(2, 9);
  assert.deepEqual(loaded.sample(inputs, 9, { seed: 5 }), ensemble.sample(inputs, 9, { seed: 5 }));
  // Odd sample counts split 5 / 4; every sample is a number.
  const samples = ensemble.sample(inputs, 9, { seed: 5 });
  assert.ok(samples.every((perInput) => perInput.length === 9 && perInput.every((s) => Number.isFinite(s[0]))));
});

test("snapshots keep the best epochs by validation score as extra networks", () => {
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, snapshots: 3 });
  const losses: number[] = [];
  const validation = syntheticRows(30, 2);
  const result = model.fineTune(syntheticRows(120, 1), { validation, maxEpochs: 6, patience: 6, calibrate: false, onEpoch: (e) => losses.push(e.validationLoss as number) });
  const byScore = losses.map((loss, i) => ({ loss, epoch: i + 1 })).sort((a, b) => a.loss - b.loss);
  assert.deepEqual(result.members[0]?.snapshotEpochs, byScore.slice(0, 3).map((e) => e.epoch));
  assert.equal(result.bestEpoch, byScore[0]?.epoch);
  const single = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  single.fineTune(syntheticRows(120, 1), { validation, maxEpochs: 6, patience: 6, calibrate: false });
  assert.equal(model.parameterCount(), 3 * single.parameterCount());
  // The first network is the best epoch's, as a one-network model keeps it.
  assert.deepEqual(model.parts().parameters.subarray(0, single.parameterCount()), single.parts().parameters);
  // The networks are distinct epochs: the model's loss (their mean) differs from the best one's.
  assert.notEqual(model.loss(validation), single.loss(validation));
});

test("the linear blend's segment features key declarations apart from code and count adjacent pairs of code pieces; whole-text pieces after a pipeline", () => {
  const ir = 'declare void @load()\n@s = constant [4 x i8] c"load"\ndefine i32 @f(ptr %0) {\n  %2 = load i8, ptr %0\n  %3 = shl i32 %2, 8\n  ret i32 %3\n}\n';
  const keys = blendFeatureKeys(ir, "segments");
  assert.equal(keys.single.filter((k) => k === "load").length, 1, "code's load");
  assert.equal(keys.single.filter((k) => k === "D:load").length, 1, "the string's load, a declaration");
  assert.ok(keys.single.includes("D:declare") && !keys.single.includes("declare"));
  assert.ok(keys.pairs.includes("load i8") && keys.pairs.includes("8 ret") && !keys.pairs.some((p) => p.includes("declare")));
  const withPipeline = `${ir}${PIPELINE_MARKER}function(sroa)`;
  assert.deepEqual(blendFeatureKeys(withPipeline, "segments"), keys);
  // Only counts matter: the whole text's pieces, in any order.
  const sorted = (list: readonly string[]) => [...list].sort();
  const pieces = blendFeatureKeys(withPipeline, "pieces");
  assert.deepEqual({ single: sorted(pieces.single), pairs: pieces.pairs }, { single: sorted(textPieces(withPipeline)), pairs: [] });

  // Size: 3 per load, 5 per shl, 2 per store, but 4 less where a store directly follows a shl
  // (a pair: "8 store"); strings in declarations that spell "load" cost nothing.
  const rng = new Rng(3);
  const rows = Array.from({ length: 240 }, () => {
    const lines: string[] = [];
    let y = 10;
    for (let i = rng.int(4, 40); i > 0; i--) {
      const kind = rng.int(0, 2);
      lines.push(["  %1 = load i8, ptr %0", "  %2 = shl i32 %1, 8", "  store i32 %2, ptr %0"][kind] as string);
      y += [3, 5, 2][kind] as number;
      if (kind === 2 && lines.at(-2)?.includes("shl")) y -= 4;
    }
    const strings = Array.from({ length: rng.int(0, 12) }, (_, i) => `@s${i} = constant [4 x i8] c"load"`);
    return { x: `${strings.join("\n")}\ndefine void @f(ptr %0) {\n${lines.join("\n")}\n  ret void\n}\n`, y };
  });
  const [fit, held] = [rows.slice(0, 200), rows.slice(200)];
  const errorWith = (pairs: number) => {
    const blend = LinearBlend.fit(fit.map((r) => r.x), fit.map((r) => [r.y]), [true], { pieces: 64, pairs, codegen: false });
    assert.deepEqual(blend.heads.map((h) => [h.withPipeline, h.features]), [[false, "segments"]]);
    return mape(held.map((r) => blend.estimates(r.x, 1)[0] as number), held.map((r) => r.y));
  };
  assert.ok(errorWith(64) < 0.01, `with pairs: MAPE ${errorWith(64)}`);
  assert.ok(errorWith(0) > 0.03, `without pairs the fold is invisible: MAPE ${errorWith(0)}`);
});

test("scaled pipeline features: a pass that removes a share of the module is one coefficient times the estimate without a pipeline, which whole-text pieces cannot express", async () => {
  // After a pipeline the size is the unoptimized size less a share per pass: sroa 40%, instcombine
  // 20%, globaldce 10%. Bytes removed grow with the module, not by a constant per pass.
  const shares: [string, number][] = [["function(sroa)", 0.4], ["function(instcombine)", 0.2], ["globaldce", 0.1]];
  const rowsOf = (n: number, seed: number) => {
    const rng = new Rng(seed + 200);
    return syntheticRows(n, seed).flatMap((row) => {
      const chosen = shares.filter(() => rng.int(0, 1) === 1);
      const passes = chosen.length > 0 ? chosen : [shares[0] as [string, number]];
      const after = (row.y as number) * (1 - passes.reduce((sum, [, share]) => sum + share, 0));
      return [row, { x: `${row.x}${PIPELINE_MARKER}${passes.map(([pass]) => pass).join(",")}`, y: after }];
    });
  };
  const rows = rowsOf(300, 21);
  const held = rowsOf(60, 22).filter((r) => r.x.includes(PIPELINE_MARKER));
  const fit = (scaled: boolean) => LinearBlend.fit(rows.map((r) => r.x), rows.map((r) => [r.y as number]), [true], { pieces: 64, pairs: 0, codegen: false, scaled });
  const error = (blend: LinearBlend) => mape(held.map((r) => blend.estimates(r.x, 1)[0] as number), held.map((r) => r.y as number));
  const scaled = fit(true);
  assert.deepEqual(scaled.heads.map((h) => [h.withPipeline, h.features]), [[false, "segments"], [true, "scaled"]]);
  assert.ok(error(scaled) < 0.01, `scaled: MAPE ${error(scaled)}`);
  assert.ok(error(fit(false)) > 0.05, `whole-text pieces: MAPE ${error(fit(false))}`);
  // Without a head for inputs without a pipeline there is nothing to scale by: whole-text pieces.
  const afterOnly = rows.filter((r) => r.x.includes(PIPELINE_MARKER));
  const alone = LinearBlend.fit(afterOnly.map((r) => r.x), afterOnly.map((r) => [r.y as number]), [true], { pieces: 64, pairs: 0, codegen: false, scaled: true });
  assert.deepEqual(alone.heads.map((h) => h.features), ["pieces"]);

  // Through the model: the weight is chosen on the validation rows, and the scaled head survives
  // save and load.
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, linearBlendScaled: true });
  const result = model.fineTune(rows, { validation: rowsOf(80, 23), maxEpochs: 2, patience: 2, learningRate: 4e-3 });
  const after = result.blend?.find((r) => r.withPipeline);
  assert.ok(after !== undefined && after.weight > 0 && after.validationMape < after.unblendedMape && after.validationRows === 80, JSON.stringify(after));
  const file = path.join(tempDir("passwise-rlm-scaled-"), "model.json");
  await saveRlm(file, model, { llvmVersion: null, command: "test" });
  const { model: loaded, file: body } = await loadRlm(file);
  assert.deepEqual(body.linearBlend?.heads.map((h) => h.features), ["code", "scaled"]);
  const inputs = held.slice(0, 20).map((r) => r.x);
  assert.deepEqual(loaded.sample(inputs, 8, { seed: 3 }), model.sample(inputs, 8, { seed: 3 }));
});

test("the linear blend: fitted on word-piece counts, its weight chosen on validation rows, samples scaled towards it, saved with the model", async () => {
  // The synthetic size is exactly linear in the counts of two kinds of lines, so the linear fit
  // is close to exact while a briefly trained network is not: validation must choose a weight > 0.
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  const result = model.fineTune(syntheticRows(200, 1), { validation: syntheticRows(60, 2), maxEpochs: 2, patience: 2, learningRate: 4e-3 });
  const chosen = result.blend?.[0];
  assert.ok(chosen !== undefined && result.blend?.length === 1, "one head: one metric, rows without a pipeline");
  assert.equal(chosen.withPipeline, false);
  assert.ok(chosen.weight > 0 && chosen.validationMape < chosen.unblendedMape, JSON.stringify(chosen));
  const blend = model.parts().blend;
  assert.ok(blend !== undefined);
  const held = syntheticRows(40, 3);
  const estimates = held.map((e) => blend.estimates(e.x, 1)[0] as number);
  assert.ok(mape(estimates, held.map((e) => e.y as number)) < 0.01, "the linear estimate recovers 4 per add + 9 per call + 10");

  // The same networks and temperatures without the blend: every blended sample is the unblended
  // one scaled by (estimate / median)^weight.
  const dir = tempDir("passwise-rlm-blend-");
  const file = path.join(dir, "model.json");
  await saveRlm(file, model, { llvmVersion: null, command: "test" });
  const { model: loaded } = await loadRlm(file);
  assert.deepEqual(loaded.sample(held, 16, { seed: 5 }), model.sample(held, 16, { seed: 5 }));
  const body = JSON.parse(readFileSync(file, "utf8")) as { linearBlend: { heads: { coefficients: number[] }[] } | null };
  const plain = path.join(dir, "plain.json");
  writeFileSync(plain, JSON.stringify({ ...body, linearBlend: null }));
  const { model: unblended } = await loadRlm(plain);
  const blendedSamples = model.sample(held, 16, { seed: 5 });
  const plainSamples = unblended.sample(held, 16, { seed: 5 });
  held.forEach((_, i) => {
    const values = (plainSamples[i] as number[][]).map((s) => s[0] as number).sort((a, b) => a - b);
    const median = ((values[7] as number) + (values[8] as number)) / 2;
    const factor = ((estimates[i] as number) / median) ** chosen.weight;
    (blendedSamples[i] as number[][]).forEach((s, k) => assert.ok(Math.abs((s[0] as number) - ((plainSamples[i] as number[][])[k]?.[0] as number) * factor) < 1e-6 * (s[0] as number)));
  });
  const medians = (m: RegressionLM) => m.predict(held, 16, { seed: 5 }).map((p) => p[0]?.median as number);
  const actual = held.map((e) => e.y as number);
  assert.ok(mape(medians(model), actual) < mape(medians(unblended), actual));

  // A head that does not fit the pieces is a corrupt file; a model without a blend fits none.
  const head = body.linearBlend?.heads[0];
  assert.ok(head !== undefined);
  head.coefficients.pop();
  writeFileSync(plain, JSON.stringify(body));
  await assert.rejects(loadRlm(plain), (error: unknown) => isPasswiseError(error) && error.code === "model-error" && /linear-blend/.test(error.message));
  const off = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, linearBlendPieces: 0 });
  assert.equal(off.fineTune(syntheticRows(60, 1), { validation: syntheticRows(20, 2), maxEpochs: 1 }).blend, undefined);
  assert.equal(off.parts().blend, undefined);
});
