import assert from "node:assert/strict";
import { writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { isPasswiseError } from "../src/errors.js";
import { mape, kendall, spearman } from "../src/models/rlm/metrics.js";
import { loadRlm, saveRlm } from "../src/models/rlm/model-file.js";
import { RegressionLM, type Example } from "../src/models/rlm/regression-lm.js";
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
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
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
  const medians = model.predict(validation, 16, { seed: 1 }).map((p) => p[0]?.median as number);
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

test("older model files (version 2: before size probes; 3: before value hints) load as the networks they were", async () => {
  for (const version of [2, 3]) {
    const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny, sizeProbes: version === 2 ? 0 : 4, valueHints: false });
    model.fineTune(syntheticRows(40, 5), { maxEpochs: 1 });
    const dir = tempDir(`passwise-rlm-v${version}-`);
    const file = path.join(dir, "model.json");
    await saveRlm(file, model, { llvmVersion: "19.1.7", command: "test" });
    const body = JSON.parse(readFileSync(file, "utf8")) as { formatVersion: number; config: Record<string, unknown> };
    body.formatVersion = version;
    delete body.config.valueHints;
    if (version === 2) delete body.config.sizeProbes;
    writeFileSync(file, JSON.stringify(body));
    const inputs = syntheticRows(3, 9);
    const { model: loaded } = await loadRlm(file);
    assert.equal(loaded.config.sizeProbes, version === 2 ? 0 : 4);
    assert.equal(loaded.config.valueHints, false);
    assert.deepEqual(loaded.sample(inputs, 8, { seed: 7 }), model.sample(inputs, 8, { seed: 7 }));
  }
});

test("invalid configs and examples are bad-input errors", () => {
  assert.throws(() => RegressionLM.fromScratch({ metrics: [{ name: "size" }], vocabSize: 10 } as never), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  assert.throws(() => RegressionLM.fromScratch({ metrics: [] }), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  const model = RegressionLM.fromScratch({ metrics: [{ name: "size", nonNegative: true }], ...tiny });
  assert.throws(() => model.fineTune([{ x: "a", y: -3 }]), (e: unknown) => isPasswiseError(e) && e.code === "bad-input");
  assert.throws(() => model.sample(["a"], 1), (e: unknown) => isPasswiseError(e) && e.code === "model-error");
});
