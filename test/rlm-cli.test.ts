import { createHash } from "node:crypto";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { addSource } from "../src/corpus/corpus.js";
import { corpusStats } from "../src/corpus/stats.js";
import { generateRegressionRows, type RegressionRow } from "../src/dataset/regression-rows.js";
import { irModuleFromText } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { ResultsStore } from "../src/store/results-store.js";
import { example, passwiseCli, repoRoot, tempDir, testCatalog, testToolchain } from "./helpers.js";

const dir = tempDir("passwise-rlm-cli-");
const data = path.join(dir, "regression.jsonl");
let rows: RegressionRow[] = [];

async function generate(out: string, extraSource?: string): Promise<RegressionRow[]> {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  try {
    for (const source of [path.join(repoRoot, "test", "fixtures", "corpus"), ...(extraSource ? [extraSource] : [])]) await addSource(toolchain, store.corpus, source, { corpus: "r" });
    const result = await generateRegressionRows({ corpus: "r", corpusStore: store.corpus, evaluator: new SubprocessEvaluator(toolchain), catalog: await testCatalog(), out, rows: 40, seed: 2, pipelinesPerModule: 5, maxPasses: 6 });
    assert.equal(result.corpusDigest, corpusStats(store.corpus, "r").digest, "the rows name the corpus build they came from");
  } finally {
    store.close();
  }
  return readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as RegressionRow);
}

before(async () => {
  rows = await generate(data);
});

test("dataset regression rows: real measurements, replayable, split by group, deterministic", async () => {
  assert.ok(rows.length >= 12, `${rows.length} rows`);
  assert.equal(new Set(rows.map((r) => r.split)).size, 3, "three groups: one per split");
  assert.ok(rows.some((r) => r.task === "size-unoptimized") && rows.some((r) => r.task === "size-after"));
  const splitOf = new Map<string, string>();
  for (const row of rows) {
    assert.equal(splitOf.get(row.group) ?? row.split, row.split, `group ${row.group} is in one split`);
    splitOf.set(row.group, row.split);
    assert.equal(row.pipeline === null, row.task === "size-unoptimized");
    assert.ok(row.y.binary_size >= 0 && row.y.ir_instruction_count >= 0);
  }
  // Replay two rows with a fresh evaluator: the same sizes.
  const evaluator = new SubprocessEvaluator(await testToolchain());
  for (const row of [rows[0], rows[rows.length - 1]] as RegressionRow[]) {
    const evaluation = await evaluator.evaluate(irModuleFromText(row.x, row.name), row.pipeline ?? "");
    assert.ok(evaluation.ok);
    assert.equal(evaluation.binarySize, row.y.binary_size);
    assert.equal(evaluation.irInstructionCount, row.y.ir_instruction_count);
  }
  const again = await generate(path.join(dir, "again.jsonl"));
  const key = (r: RegressionRow) => `${r.module_hash} ${r.pipeline} ${r.y.binary_size}`;
  assert.deepEqual(again.map(key), rows.map(key), "same rows in the same order");

  // One more module, first in the corpus's order: every other module keeps its pipelines.
  const extra = path.join(dir, "aa");
  mkdirSync(extra);
  writeFileSync(path.join(extra, "twice.c"), "int twice(int x) { return 2 * x; }\n");
  const pipelinesOf = (sample: RegressionRow[]) => {
    const byModule = new Map<string, (string | null)[]>();
    for (const row of sample) byModule.set(row.module_hash, [...(byModule.get(row.module_hash) ?? []), row.pipeline]);
    return byModule;
  };
  const before = pipelinesOf(rows);
  const after = pipelinesOf(await generate(path.join(dir, "more.jsonl"), extra));
  assert.equal(after.size, before.size + 1);
  for (const [module, pipelines] of before) assert.deepEqual(after.get(module), pipelines, `module ${module.slice(0, 12)}`);
});

test("passwise rlm train / predict / eval end to end, and a corrupt model is a one-line error", () => {
  const model = path.join(dir, "rlm.json");
  const train = passwiseCli(["rlm", "train", "--data", data, "--out", model, "--epochs", "3", "--vocabulary", "128", "--dim", "8", "--width", "16", "--decoder-width", "32", "--snapshots", "2", "--json"]);
  assert.equal(train.code, 0, train.stderr);
  const trained = JSON.parse(train.stdout) as { parameters: number; metrics: string[]; training: { epochs: number; calibration?: { metrics: { temperature: number }[] } } };
  assert.deepEqual(trained.metrics, ["binary_size", "ir_instruction_count"]);
  assert.ok(trained.parameters > 0 && trained.training.epochs >= 1);
  assert.equal(trained.training.calibration?.metrics.length, 4, "calibrated on the validation split: 2 metrics, inputs with and without a pipeline");

  // Recalibrating for a narrower target writes its temperatures into the new file; predict uses them.
  const calibratedModel = path.join(dir, "calibrated.json");
  const calibrate = passwiseCli(["rlm", "calibrate", "--data", data, "--model", model, "--out", calibratedModel, "--target", "0.5", "--samples", "16", "--json"]);
  assert.equal(calibrate.code, 0, calibrate.stderr);
  const calibration = JSON.parse(calibrate.stdout) as { metrics: { metric: string; pipeline: boolean; temperature: number }[] };
  assert.deepEqual(new Set(calibration.metrics.map((m) => m.pipeline)), new Set([false, true]), "inputs with and without a pipeline apart");
  const calibratedPredict = passwiseCli(["rlm", "predict", example("crc32.c"), "--model", calibratedModel, "--samples", "8", "--json"]);
  assert.equal(calibratedPredict.code, 0, calibratedPredict.stderr);
  assert.deepEqual((JSON.parse(calibratedPredict.stdout) as { temperatures: Record<string, number> }).temperatures, Object.fromEntries(calibration.metrics.filter((m) => !m.pipeline).map((m) => [m.metric, m.temperature])));
  const badTemperature = passwiseCli(["rlm", "predict", example("crc32.c"), "--model", model, "--temperature", "0"]);
  assert.notEqual(badTemperature.code, 0);
  assert.match(badTemperature.stderr, /--temperature must be a positive number/);
  const badBuckets = passwiseCli(["rlm", "calibrate", "--data", data, "--model", model, "--out", calibratedModel, "--length-buckets", "0"]);
  assert.notEqual(badBuckets.code, 0);
  assert.match(badBuckets.stderr, /--length-buckets must be a positive integer/);
  const tooManyPieces = passwiseCli(["rlm", "train", "--data", data, "--out", path.join(dir, "never.json"), "--blend-pieces", "5000"]);
  assert.notEqual(tooManyPieces.code, 0);
  assert.match(tooManyPieces.stderr, /--blend-pieces must be at most 4096/);

  // A new blend on the same networks: the codegen heads replace the segment heads, the file says how.
  const reblended = path.join(dir, "reblended.json");
  const blend = passwiseCli(["rlm", "blend", "--data", data, "--model", model, "--out", reblended, "--no-blend-codegen", "--json"]);
  assert.equal(blend.code, 0, blend.stderr);
  const segmentsBody = JSON.parse(readFileSync(reblended, "utf8")) as { parameters: string; command: string; config: { linearBlendCodegen: boolean }; linearBlend: { heads: { withPipeline: boolean; features: string }[] } };
  assert.equal(segmentsBody.config.linearBlendCodegen, false);
  assert.deepEqual(new Set(segmentsBody.linearBlend.heads.filter((h) => !h.withPipeline).map((h) => h.features)), new Set(["segments"]));
  const codegen = passwiseCli(["rlm", "blend", "--data", data, "--model", reblended, "--blend-codegen", "--target", "0.8", "--json"]);
  assert.equal(codegen.code, 0, codegen.stderr);
  const reported = JSON.parse(codegen.stdout) as { blend: { metric: string; weight: number }[]; calibration: { target: number } };
  assert.equal(reported.calibration.target, 0.8);
  assert.ok(reported.blend.length > 0);
  const codegenBody = JSON.parse(readFileSync(reblended, "utf8")) as typeof segmentsBody & { training: { dataSha256: string; blendData: { sha256: string } } };
  const dataSha256 = createHash("sha256").update(readFileSync(data)).digest("hex");
  assert.equal(codegenBody.training.dataSha256, dataSha256, "rlm train records the rows it was trained on");
  assert.equal(codegenBody.training.blendData.sha256, dataSha256, "rlm blend records the rows it fitted the blend on");
  assert.equal(codegenBody.parameters, (JSON.parse(readFileSync(model, "utf8")) as { parameters: string }).parameters, "the networks are kept");
  assert.deepEqual(new Set(codegenBody.linearBlend.heads.filter((h) => !h.withPipeline).map((h) => h.features)), new Set(["code"]));
  assert.match(codegenBody.command, /; passwise rlm blend .*--no-blend-codegen.*; passwise rlm blend .*--blend-codegen --blend-scaled --target 0.8/);
  // Scaled pipeline pieces: rlm train's default, kept by rlm blend unless turned off; the file's
  // config and command record the choice.
  assert.deepEqual(new Set(codegenBody.linearBlend.heads.filter((h) => h.withPipeline).map((h) => h.features)), new Set(["scaled"]));
  assert.match(codegenBody.command, /^passwise rlm train .*--blend-scaled/);
  const unscaledFile = path.join(dir, "unscaled.json");
  const unscaled = passwiseCli(["rlm", "blend", "--data", data, "--model", reblended, "--out", unscaledFile, "--no-blend-scaled", "--json"]);
  assert.equal(unscaled.code, 0, unscaled.stderr);
  const unscaledBody = JSON.parse(readFileSync(unscaledFile, "utf8")) as { command: string; config: { linearBlendScaled?: boolean }; linearBlend: { heads: { withPipeline: boolean; features: string }[] } };
  assert.equal(unscaledBody.config.linearBlendScaled, false);
  assert.deepEqual(new Set(unscaledBody.linearBlend.heads.filter((h) => h.withPipeline).map((h) => h.features)), new Set(["pieces"]));
  assert.match(unscaledBody.command, /; passwise rlm blend .*--blend-codegen --no-blend-scaled --target/);
  const badTarget = passwiseCli(["rlm", "blend", "--data", data, "--model", model, "--out", path.join(dir, "never.json"), "--target", "1.5"]);
  assert.notEqual(badTarget.code, 0);
  assert.match(badTarget.stderr, /--target must be a share between 0 and 1/);

  // The same command trains the same model: rlm info's content digest says so, whatever the file's
  // write time; a new blend on the same networks is another model.
  const again = path.join(dir, "again.json");
  assert.equal(passwiseCli(["rlm", "train", "--data", data, "--out", again, "--epochs", "3", "--vocabulary", "128", "--dim", "8", "--width", "16", "--decoder-width", "32", "--snapshots", "2"]).code, 0);
  const info = (file: string) => {
    const result = passwiseCli(["rlm", "info", "--model", file, "--json"]);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout) as { contentDigest: string; dataSha256: string; parameters: number; command: string };
  };
  const first = info(model);
  assert.equal(first.dataSha256, dataSha256);
  assert.equal(first.parameters, trained.parameters);
  assert.match(first.command, /^passwise rlm train --data /);
  assert.equal(info(again).contentDigest, first.contentDigest);
  assert.notEqual(info(reblended).contentDigest, first.contentDigest);

  const predict = passwiseCli(["rlm", "predict", example("crc32.c"), "--model", model, "--passes", "default<Oz>", "--samples", "32", "--json"]);
  assert.equal(predict.code, 0, predict.stderr);
  const prediction = JSON.parse(predict.stdout) as { pipeline: string; metrics: { name: string; median: number; mean: number; q05: number; q95: number }[] };
  assert.equal(prediction.pipeline, "default<Oz>");
  assert.equal(prediction.metrics.length, 2);
  for (const m of prediction.metrics) {
    assert.ok(Number.isFinite(m.median) && m.q05 <= m.median && m.median <= m.q95 && m.q05 >= 0, JSON.stringify(m));
  }

  const evaluation = passwiseCli(["rlm", "eval", "--data", data, "--model", model, "--split", "all", "--samples", "16", "--json"]);
  assert.equal(evaluation.code, 0, evaluation.stderr);
  const scored = JSON.parse(evaluation.stdout) as { rows: number; lines: { metric: string; rlm: { mape: number }; baseline: { mape: number } }[] };
  assert.equal(scored.rows, rows.length);
  assert.ok(scored.lines.some((l) => l.metric === "binary_size" && Number.isFinite(l.rlm.mape) && Number.isFinite(l.baseline.mape)));

  writeFileSync(model, readFileSync(model, "utf8").slice(0, 500));
  const broken = passwiseCli(["rlm", "predict", example("crc32.c"), "--model", model]);
  assert.notEqual(broken.code, 0);
  assert.match(broken.stderr, /^passwise: error: .*corrupt RLM file/);
  assert.equal(broken.stderr.trim().split("\n").length, 1);
  const missing = passwiseCli(["rlm", "eval", "--data", path.join(dir, "nope.jsonl"), "--model", model]);
  assert.notEqual(missing.code, 0);
});
