import type { Command } from "commander";
import { loadModule, splitFlags } from "../../llvm/ir-module.js";
import { canonicalPipeline } from "../../passes/pipeline.js";
import { DEFAULT_RLM_PATH } from "../../models/rlm/default-rlm.js";
import { evaluateRlm, type RlmEvalResult } from "../../models/rlm/evaluate.js";
import { DEFAULT_CALIBRATION_ROWS, type CalibrationResult } from "../../models/rlm/calibrate.js";
import { readRegressionData, readRegressionRows, toExample } from "../../models/rlm/data.js";
import { loadRlm, rlmContentDigest, saveRlm } from "../../models/rlm/model-file.js";
import type { RegressionLM } from "../../models/rlm/regression-lm.js";
import { trainRlmFromFile } from "../../models/rlm/train-file.js";
import { rlmInput } from "../../models/rlm/vocabulary.js";
import { PasswiseError } from "../../errors.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { parsePositiveInt } from "../session.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface TrainFlags {
  data: string;
  metrics?: string;
  out: string;
  epochs: string;
  patience: string;
  selectBy: string;
  maxRows?: string;
  maxMinutes?: string;
  seed: string;
  vocabulary?: string;
  dim?: string;
  width?: string;
  decoderWidth?: string;
  probes?: string;
  valueHints: boolean;
  learningRate?: string;
  weightDecay?: string;
  tokenizer: string;
  members?: string;
  snapshots: string;
  blendPieces: string;
  blendPairs: string;
  blendCodegen: boolean;
  blendScaled: boolean;
  calibrate: boolean;
  lengthBuckets: string;
  calibrationRows: string;
}

interface SamplingFlags {
  model?: string;
  samples: string;
  temperature?: string;
}

export function registerRlm(program: Command, run: Runner): void {
  const rlm = program.command("rlm").description("Regression Language Model: IR text (and a pipeline) in, sizes out, with uncertainty from sampling");
  rlm
    .command("train")
    .description("Train an RLM on a regression.jsonl file (train split; early stopping on the validation split; test split scored at the end)")
    .requiredOption("-d, --data <file>", "regression.jsonl (from passwise dataset build or dataset regression)")
    .option("--metrics <names>", "comma-separated metrics to decode, in order", "binary_size,ir_instruction_count")
    .option("-o, --out <file>", "model file to write (.gz: gzipped)", "rlm.json.gz")
    .option("--epochs <n>", "most epochs", "30")
    .option("--patience <n>", "epochs without a better validation score before stopping", "6")
    .option("--select-by <score>", "validation score that picks the kept epochs: error (relative error of the median) or loss (token cross-entropy)", "error")
    .option("--max-rows <n>", "train on at most this many rows")
    .option("--max-minutes <m>", "stop training after this long (the best epoch is kept)")
    .option("--seed <n>", "random seed", "1")
    .option("--vocabulary <n>", "encoder vocabulary size (default 4096)")
    .option("--dim <n>", "embedding width (default 32)")
    .option("--width <n>", "encoder width (default 128)")
    .option("--decoder-width <n>", "decoder width (default 256)")
    .option("--probes <n>", "size probes per input segment (default 8; 0: none)")
    .option("--no-value-hints", "no value estimate and digit hints in the decoder")
    .option("--learning-rate <r>", "Adam learning rate (default 0.002)")
    .option("--weight-decay <r>", "AdamW weight decay (default 0)")
    .option("--tokenizer <kind>", "number tokenizer: ieee or p10", "ieee")
    .option("--members <n>", "ensemble members: networks trained from different seeds, sampled in turn (default 1)")
    .option("--snapshots <n>", "networks kept per member: its best epochs by validation score, all sampled", "3")
    .option("--blend-pieces <n>", "word pieces (by segment) of the linear model the samples are blended with (weights chosen on the validation split; 0: no blend)", "1024")
    .option("--blend-pairs <n>", "adjacent pairs of code pieces the linear model also counts", "512")
    .option("--no-blend-codegen", "without a pipeline the linear model counts the declarations' pieces instead of codegen features (data bytes, callee-saved registers, far stack slots, immediates, jump tables)")
    .option("--blend-scaled", "after a pipeline the linear model counts the IR's features and each pipeline piece times the estimate without a pipeline", true)
    .option("--no-blend-scaled", "after a pipeline the linear model counts whole-text pieces")
    .option("--no-calibrate", "sample at temperature 1 instead of calibrating the 90% intervals on the validation split")
    .option("--length-buckets <n>", "calibrate a temperature per this many input-length buckets (1: one per kind of input)", "3")
    .option("--calibration-rows <n>", "calibrate on at most this many rows of each kind (with and without a pipeline), evenly spaced", String(DEFAULT_CALIBRATION_ROWS))
    .addHelpText("after", "\nExample:\n  passwise rlm train --data data/regression.jsonl --out models/rlm.json.gz\n")
    .action((flags: TrainFlags) => run((globals) => trainCommand(flags, globals)));
  rlm
    .command("predict")
    .description("Predict the metrics of a module (C/C++, .ll or .bc), optionally after a pipeline: median, mean, 5%/95% quantiles")
    .argument("<input>", "C/C++ source, .ll or .bc")
    .option("-p, --passes <pipeline>", "predict for the module after this opt pipeline")
    .option("-n, --samples <n>", "samples to draw", "64")
    .option("-m, --model <file>", "model file (default: the shipped models/rlm.json.gz)")
    .option("--seed <n>", "sampling seed", "1")
    .option("--temperature <t>", "sampling temperature for every metric (default: the model's calibrated ones)")
    .option("--frontend-flags <flags>", "extra clang flags for C/C++ input")
    .addHelpText("after", "\nExample:\n  passwise rlm predict examples/crc32.c --passes 'default<Oz>' --json\n")
    .action((input: string, flags: PredictFlags) => run((globals) => predictCommand(input, flags, globals)));
  rlm
    .command("eval")
    .description("Score an RLM on held-out rows of a regression.jsonl: MAPE, Spearman, Kendall, 90%-interval coverage, next to an instruction-count baseline")
    .requiredOption("-d, --data <file>", "regression.jsonl")
    .option("-m, --model <file>", "model file (default: the shipped models/rlm.json.gz)")
    .option("--split <name>", "rows to score: test, validation, train or all", "test")
    .option("-n, --samples <n>", "samples per input", "64")
    .option("--temperature <t>", "sampling temperature for every metric (default: the model's calibrated ones)")
    .action((flags: SamplingFlags & { data: string; split: string }) => run((globals) => evalCommand(flags, globals)));
  rlm
    .command("info")
    .description("What an RLM file is: how it was made, from which rows, and a digest of what its predictions depend on")
    .option("-m, --model <file>", "model file (default: the shipped models/rlm.json.gz)")
    .action((flags: { model?: string }) => run((globals) => infoCommand(flags, globals)));
  rlm
    .command("calibrate")
    .description("Choose each metric's sampling temperature so 5%–95% intervals cover 90% of a held-out split's values, and save it in the model file")
    .requiredOption("-d, --data <file>", "regression.jsonl")
    .option("-m, --model <file>", "model file to calibrate (default: the shipped models/rlm.json.gz)")
    .option("-o, --out <file>", "write the calibrated model here (default: overwrite --model)")
    .option("--split <name>", "rows to calibrate on", "validation")
    .option("--target <share>", "interval coverage to aim for", "0.9")
    .option("-n, --samples <n>", "samples per input, as predict draws them", "64")
    .option("--length-buckets <n>", "a temperature per this many input-length buckets (1: one per kind of input)", "3")
    .option("--calibration-rows <n>", "calibrate on at most this many rows of each kind (with and without a pipeline), evenly spaced", String(DEFAULT_CALIBRATION_ROWS))
    .addHelpText("after", "\nExample:\n  passwise rlm calibrate --model rlm.json.gz --data regression.jsonl\n")
    .action((flags: CalibrateFlags) => run((globals) => calibrateCommand(flags, globals)));
  rlm
    .command("blend")
    .description("Fit a model's linear blend again (on the train split, weights chosen on the validation split) and recalibrate, keeping its networks")
    .requiredOption("-d, --data <file>", "regression.jsonl")
    .option("-m, --model <file>", "model file (default: the shipped models/rlm.json.gz)")
    .option("-o, --out <file>", "write the model here (default: overwrite --model)")
    .option("--blend-pieces <n>", "word pieces the linear model counts (default: the model's)")
    .option("--blend-pairs <n>", "adjacent pairs of code pieces it also counts (default: the model's)")
    .option("--blend-codegen", "without a pipeline, count the function bodies' pieces and codegen features (data bytes, callee-saved registers, far stack slots, immediates, jump tables)")
    .option("--no-blend-codegen", "without a pipeline, count the whole IR's pieces by segment")
    .option("--blend-scaled", "after a pipeline, count the IR's features and each pipeline piece times the estimate without a pipeline")
    .option("--no-blend-scaled", "after a pipeline, count whole-text pieces")
    .option("--target <share>", "interval coverage the recalibration aims for", "0.9")
    .option("--length-buckets <n>", "a temperature per this many input-length buckets (1: one per kind of input)", "3")
    .option("--calibration-rows <n>", "calibrate on at most this many rows of each kind (with and without a pipeline), evenly spaced", String(DEFAULT_CALIBRATION_ROWS))
    .addHelpText("after", "\nExample:\n  passwise rlm blend --model models/rlm.json.gz --data regression.jsonl --blend-codegen\n")
    .action((flags: BlendFlags) => run((globals) => blendCommand(flags, globals)));
}

function optionalInt(value: string | undefined, flag: string): number | undefined {
  return value === undefined ? undefined : parsePositiveInt(value, flag);
}

async function trainCommand(flags: TrainFlags, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals).catch(() => undefined);
  if (flags.tokenizer !== "ieee" && flags.tokenizer !== "p10") throw new PasswiseError("bad-option", `--tokenizer must be ieee or p10, got '${flags.tokenizer}'`);
  const learningRate = flags.learningRate === undefined ? undefined : Number(flags.learningRate);
  if (learningRate !== undefined && !(learningRate > 0)) throw new PasswiseError("bad-option", `--learning-rate must be a positive number, got '${flags.learningRate}'`);
  const weightDecay = flags.weightDecay === undefined ? undefined : Number(flags.weightDecay);
  if (weightDecay !== undefined && !(weightDecay >= 0)) throw new PasswiseError("bad-option", `--weight-decay must be a non-negative number, got '${flags.weightDecay}'`);
  const maxMinutes = flags.maxMinutes === undefined ? undefined : Number(flags.maxMinutes);
  if (maxMinutes !== undefined && !(maxMinutes > 0)) throw new PasswiseError("bad-option", `--max-minutes must be a positive number, got '${flags.maxMinutes}'`);
  const metrics = (flags.metrics ?? "").split(",").map((m) => m.trim()).filter(Boolean);
  const config = {
    seed: parsePositiveInt(flags.seed, "--seed", { allowZero: true }),
    numberTokenizer: flags.tokenizer === "p10" ? ({ kind: "p10", mantissaDigits: 4, maxExponent: 10 } as const) : ({ kind: "ieee", exponentDigits: 1, mantissaDigits: 4 } as const),
    ...(flags.vocabulary ? { vocabularySize: parsePositiveInt(flags.vocabulary, "--vocabulary") } : {}),
    ...(flags.dim ? { embeddingDim: parsePositiveInt(flags.dim, "--dim") } : {}),
    ...(flags.width ? { encoderWidth: parsePositiveInt(flags.width, "--width") } : {}),
    ...(flags.decoderWidth ? { decoderWidth: parsePositiveInt(flags.decoderWidth, "--decoder-width") } : {}),
    ...(flags.probes !== undefined ? { sizeProbes: parsePositiveInt(flags.probes, "--probes", { allowZero: true }) } : {}),
    valueHints: flags.valueHints,
    ...(flags.members ? { ensembleMembers: parsePositiveInt(flags.members, "--members") } : {}),
    snapshots: parsePositiveInt(flags.snapshots, "--snapshots"),
    linearBlendPieces: parsePositiveInt(flags.blendPieces, "--blend-pieces", { allowZero: true, max: 4096 }),
    linearBlendPairs: parsePositiveInt(flags.blendPairs, "--blend-pairs", { allowZero: true, max: 4096 }),
    linearBlendCodegen: flags.blendCodegen,
    ...(flags.blendScaled ? { linearBlendScaled: true } : {}),
  };
  if (flags.selectBy !== "loss" && flags.selectBy !== "error") throw new PasswiseError("bad-option", `--select-by must be loss or error, got '${flags.selectBy}'`);
  const maxRows = optionalInt(flags.maxRows, "--max-rows");
  const lengthBuckets = parsePositiveInt(flags.lengthBuckets, "--length-buckets", { max: 8 });
  const calibrationRows = parsePositiveInt(flags.calibrationRows, "--calibration-rows");
  const command = ["passwise rlm train", `--data ${flags.data}`, `--metrics ${metrics.join(",")}`, `--out ${flags.out}`, `--epochs ${flags.epochs}`, `--patience ${flags.patience}`, `--select-by ${flags.selectBy}`, `--seed ${config.seed}`, `--tokenizer ${flags.tokenizer}`]
    .concat(maxRows ? [`--max-rows ${maxRows}`] : [], flags.maxMinutes ? [`--max-minutes ${flags.maxMinutes}`] : [], flags.vocabulary ? [`--vocabulary ${flags.vocabulary}`] : [], flags.dim ? [`--dim ${flags.dim}`] : [], flags.width ? [`--width ${flags.width}`] : [], flags.decoderWidth ? [`--decoder-width ${flags.decoderWidth}`] : [], flags.probes !== undefined ? [`--probes ${flags.probes}`] : [], flags.valueHints ? [] : ["--no-value-hints"], flags.learningRate ? [`--learning-rate ${flags.learningRate}`] : [], flags.weightDecay ? [`--weight-decay ${flags.weightDecay}`] : [], flags.members ? [`--members ${flags.members}`] : [], [`--snapshots ${flags.snapshots}`], [`--blend-pieces ${config.linearBlendPieces}`, `--blend-pairs ${config.linearBlendPairs}`], config.linearBlendCodegen ? [] : ["--no-blend-codegen"], config.linearBlendScaled ? ["--blend-scaled"] : [], flags.calibrate ? [`--length-buckets ${lengthBuckets}`, `--calibration-rows ${calibrationRows}`] : ["--no-calibrate"])
    .join(" ");
  const progress = createTaskProgress("rlm train", { quiet: globals.quiet });
  const result = await trainRlmFromFile({
    data: flags.data,
    out: flags.out,
    metrics,
    config,
    fineTune: {
      maxEpochs: parsePositiveInt(flags.epochs, "--epochs"),
      patience: parsePositiveInt(flags.patience, "--patience"),
      selectBy: flags.selectBy,
      seed: config.seed,
      calibrate: flags.calibrate ? { lengthBuckets, maxRows: calibrationRows } : false,
      ...(learningRate !== undefined ? { learningRate } : {}),
      ...(weightDecay !== undefined ? { weightDecay } : {}),
      ...(maxMinutes !== undefined ? { maxSeconds: maxMinutes * 60 } : {}),
    },
    ...(maxRows ? { maxRows } : {}),
    llvmVersion: toolchain?.version.full ?? null,
    command,
    onEpoch: (e) =>
      progress.update(e.epoch, e.maxEpochs, { ...(e.members !== undefined && e.members > 1 ? { member: `${e.member}/${e.members}` } : {}), train_loss: e.trainLoss.toFixed(4), val_loss: e.validationLoss?.toFixed(4) ?? "-", ...(e.validationError !== undefined ? { val_error: e.validationError.toFixed(4) } : {}), best: e.best ? "yes" : "no", elapsed_s: Math.round(e.elapsedMs / 1000) }),
  });
  progress.stop();
  if (globals.json) {
    printJson(result);
    return 0;
  }
  const t = result.training;
  console.log(`${result.out}: ${result.parameters} parameters, vocabulary ${result.vocabulary}, metrics ${result.metrics.join(" → ")}`);
  console.log(
    `  ${t.trainingRows} training rows, ${t.validationRows} validation rows; best epoch ${t.bestEpoch}/${t.epochs}${t.stoppedEarly ? " (stopped early)" : ""}; ` +
      `validation loss ${t.validationLoss?.toFixed(4) ?? "-"} per token${t.validationError !== undefined ? `, median error ${t.validationError.toFixed(4)}` : ""}; ${t.rowsPerSecond.toFixed(0)} rows/s; ${(t.elapsedMs / 1000).toFixed(0)} s`,
  );
  if (t.members.length > 1 || t.snapshotEpochs.length > 1) {
    t.members.forEach((member, j) => console.log(`  member ${j + 1} (seed ${config.seed + j}): networks from epochs ${member.snapshotEpochs.join(", ")} of ${member.epochs}`));
  }
  for (const b of t.blend ?? []) {
    console.log(`  linear blend, ${b.metric} ${b.withPipeline ? "after a pipeline" : "unoptimized"}: weight ${b.weight} (validation MAPE ${b.validationMape.toFixed(4)}, without the blend ${b.unblendedMape.toFixed(4)})`);
  }
  if (t.calibration) renderCalibration(t.calibration);
  if (result.test) renderEval(result.test);
  return 0;
}

interface PredictFlags extends SamplingFlags {
  passes?: string;
  seed: string;
  frontendFlags?: string;
}

async function predictCommand(input: string, flags: PredictFlags, globals: GlobalOptions): Promise<number> {
  const samples = parsePositiveInt(flags.samples, "--samples");
  const temperature = temperatureFlag(flags.temperature);
  const seed = parsePositiveInt(flags.seed, "--seed", { allowZero: true });
  const modelFile = flags.model ?? DEFAULT_RLM_PATH;
  const { model, file } = await loadRlm(modelFile);
  const toolchain = await cliToolchain(globals);
  if (file.llvmVersion !== null && Number.parseInt(file.llvmVersion, 10) !== toolchain.version.major && !globals.json) {
    process.stderr.write(`passwise: warning: ${modelFile} was trained on LLVM ${file.llvmVersion} measurements; LLVM ${toolchain.version.full} is in use\n`);
  }
  const module = await loadModule(toolchain, input, flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {});
  const pipeline = flags.passes === undefined ? null : canonicalPipeline(flags.passes);
  const started = performance.now();
  const text = rlmInput(module.ir, pipeline);
  const [summary = []] = model.predict([text], samples, { seed, ...(temperature !== undefined ? { temperature } : {}) });
  const predictMs = performance.now() - started;
  const metrics = model.metricNames.map((name, m) => ({ name, ...(summary[m] as NonNullable<(typeof summary)[number]>) }));
  if (globals.json) {
    printJson({ input, pipeline, model: modelFile, samples, seed, temperatures: metricTemperatures(model, temperature, text), predictMs, metrics });
    return 0;
  }
  console.log(`${input}${pipeline ? ` after '${pipeline}'` : " (unoptimized)"}: ${samples} samples in ${predictMs.toFixed(1)} ms`);
  console.log(formatTable(["metric", "median", "mean", "5%", "95%"], metrics.map((m) => [m.name, fmt(m.median), fmt(m.mean), fmt(m.q05), fmt(m.q95)])).replace(/^/gm, "  "));
  return 0;
}

function fmt(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(4);
}

function temperatureFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Number(value);
  if (!(t > 0) || !Number.isFinite(t)) throw new PasswiseError("bad-option", `--temperature must be a positive number, got '${value}'`);
  return t;
}

/** The temperature each metric of this input is sampled at. */
function metricTemperatures(model: RegressionLM, override: number | undefined, input: string): Record<string, number> {
  const own = model.temperaturesFor(input);
  return Object.fromEntries(model.metricNames.map((name, m) => [name, override ?? (own[m] as number)]));
}

async function infoCommand(flags: { model?: string }, globals: GlobalOptions): Promise<number> {
  const modelFile = flags.model ?? DEFAULT_RLM_PATH;
  const { model, file } = await loadRlm(modelFile);
  const training = (typeof file.training === "object" && file.training !== null ? file.training : {}) as {
    data?: unknown;
    dataSha256?: unknown;
    rows?: unknown;
    snapshotEpochs?: unknown;
    epochs?: unknown;
    elapsedMs?: unknown;
  };
  const info = {
    model: modelFile,
    formatVersion: file.formatVersion,
    llvmVersion: file.llvmVersion,
    createdAt: file.createdAt,
    command: file.command,
    metrics: model.metricNames,
    parameters: model.parameterCount(),
    data: typeof training.data === "string" ? training.data : null,
    dataSha256: typeof training.dataSha256 === "string" ? training.dataSha256 : null,
    rows: training.rows ?? null,
    epochs: typeof training.epochs === "number" ? training.epochs : null,
    snapshotEpochs: Array.isArray(training.snapshotEpochs) ? training.snapshotEpochs : null,
    trainingMinutes: typeof training.elapsedMs === "number" ? training.elapsedMs / 60_000 : null,
    contentDigest: rlmContentDigest(file),
  };
  if (globals.json) {
    printJson(info);
    return 0;
  }
  console.log(`${modelFile}: format ${info.formatVersion}, sizes measured with LLVM ${info.llvmVersion ?? "?"}, written ${info.createdAt}`);
  console.log(`  made by: ${info.command}`);
  console.log(`  metrics ${info.metrics.join(", ")}; ${info.parameters} parameters`);
  if (info.dataSha256 !== null) console.log(`  trained on ${info.data ?? "?"} (sha256 ${info.dataSha256}), ${JSON.stringify(info.rows)}`);
  if (info.epochs !== null) console.log(`  ${info.epochs} epochs, networks of epochs ${(info.snapshotEpochs ?? []).join(", ")}${info.trainingMinutes === null ? "" : `, ${info.trainingMinutes.toFixed(1)} minutes`}`);
  console.log(`  content digest (what its predictions depend on): ${info.contentDigest}`);
  return 0;
}

async function evalCommand(flags: SamplingFlags & { data: string; split: string }, globals: GlobalOptions): Promise<number> {
  const samples = parsePositiveInt(flags.samples, "--samples");
  const temperature = temperatureFlag(flags.temperature);
  const modelFile = flags.model ?? DEFAULT_RLM_PATH;
  const { model } = await loadRlm(modelFile);
  const rows = await readRegressionRows(flags.data);
  const progress = createTaskProgress("rlm eval", { quiet: globals.quiet });
  const result = evaluateRlm(model, rows, { split: flags.split, samples, ...(temperature !== undefined ? { temperature } : {}), onProgress: (done, total) => (done % 25 === 0 || done === total ? progress.update(done, total, {}) : undefined) });
  progress.stop();
  if (globals.json) printJson({ model: modelFile, data: flags.data, temperatures: temperature === undefined ? model.samplingTemperatures : { withoutPipeline: model.metricNames.map(() => temperature), withPipeline: model.metricNames.map(() => temperature) }, ...result });
  else renderEval(result);
  return 0;
}

interface CalibrateFlags {
  data: string;
  model?: string;
  out?: string;
  split: string;
  target: string;
  samples: string;
  lengthBuckets: string;
  calibrationRows: string;
}

interface BlendFlags {
  data: string;
  model?: string;
  out?: string;
  blendPieces?: string;
  blendPairs?: string;
  /** Undefined: keep the model's setting. */
  blendCodegen?: boolean;
  /** Undefined: keep the model's setting. */
  blendScaled?: boolean;
  target: string;
  lengthBuckets: string;
  calibrationRows: string;
}

/** `--target`: the interval coverage calibration aims for, a share strictly between 0 and 1. */
function parseTarget(value: string): number {
  const target = Number(value);
  if (!(target > 0 && target < 1)) throw new PasswiseError("bad-option", `--target must be a share between 0 and 1, got '${value}'`);
  return target;
}

async function blendCommand(flags: BlendFlags, globals: GlobalOptions): Promise<number> {
  const target = parseTarget(flags.target);
  const lengthBuckets = parsePositiveInt(flags.lengthBuckets, "--length-buckets", { max: 8 });
  const calibrationRows = parsePositiveInt(flags.calibrationRows, "--calibration-rows");
  const settings = {
    ...(flags.blendPieces !== undefined ? { linearBlendPieces: parsePositiveInt(flags.blendPieces, "--blend-pieces", { max: 4096 }) } : {}),
    ...(flags.blendPairs !== undefined ? { linearBlendPairs: parsePositiveInt(flags.blendPairs, "--blend-pairs", { allowZero: true, max: 4096 }) } : {}),
    ...(flags.blendCodegen !== undefined ? { linearBlendCodegen: flags.blendCodegen } : {}),
    ...(flags.blendScaled !== undefined ? { linearBlendScaled: flags.blendScaled } : {}),
  };
  const modelFile = flags.model ?? DEFAULT_RLM_PATH;
  const out = flags.out ?? modelFile;
  const { model, file } = await loadRlm(modelFile);
  const { rows, sha256 } = await readRegressionData(flags.data);
  const examplesOf = (split: string) => rows.filter((r) => r.split === split).map((r) => toExample(r, model.metricNames));
  const [train, validation] = [examplesOf("train"), examplesOf("validation")];
  if (train.length === 0 || validation.length === 0) throw new PasswiseError("bad-input", `${flags.data}: the blend needs 'train' and 'validation' rows (found ${train.length} and ${validation.length})`);
  const { blend, calibration } = model.refitBlend(train, validation, { settings, calibrate: { target, lengthBuckets, maxRows: calibrationRows } });
  const { linearBlendPieces, linearBlendPairs, linearBlendCodegen, linearBlendScaled } = model.config;
  const note = `passwise rlm blend --data ${flags.data} --blend-pieces ${linearBlendPieces} --blend-pairs ${linearBlendPairs} ${linearBlendCodegen ? "--blend-codegen" : "--no-blend-codegen"} ${linearBlendScaled ? "--blend-scaled" : "--no-blend-scaled"} --target ${target} --length-buckets ${lengthBuckets} --calibration-rows ${calibrationRows}`;
  const training = typeof file.training === "object" && file.training !== null ? file.training : {};
  const blendData = { file: flags.data, sha256 };
  await saveRlm(out, model, { llvmVersion: file.llvmVersion, command: `${file.command}; ${note}`, training: { ...training, blendData, ...(blend ? { blend } : {}), ...(calibration ? { calibration } : {}) } });
  if (globals.json) {
    printJson({ model: modelFile, out, data: flags.data, blend: blend ?? [], calibration: calibration ?? null });
    return 0;
  }
  console.log(`${out}: linear blend fitted on ${train.length} train rows, weights chosen on ${validation.length} validation rows of ${flags.data}`);
  for (const head of blend ?? []) {
    const inputs = head.withPipeline ? "after a pipeline" : "unoptimized";
    console.log(`  ${head.metric} ${inputs}: weight ${head.weight} on ${head.validationRows} rows (validation MAPE ${head.validationMape.toFixed(4)}, without the blend ${head.unblendedMape.toFixed(4)})`);
  }
  if (calibration) renderCalibration(calibration);
  return 0;
}

async function calibrateCommand(flags: CalibrateFlags, globals: GlobalOptions): Promise<number> {
  const target = parseTarget(flags.target);
  const samples = parsePositiveInt(flags.samples, "--samples");
  const modelFile = flags.model ?? DEFAULT_RLM_PATH;
  const out = flags.out ?? modelFile;
  const { model, file } = await loadRlm(modelFile);
  const rows = (await readRegressionRows(flags.data)).filter((r) => r.split === flags.split);
  if (rows.length === 0) throw new PasswiseError("bad-input", `${flags.data}: no rows with split '${flags.split}'`);
  const lengthBuckets = parsePositiveInt(flags.lengthBuckets, "--length-buckets", { max: 8 });
  const calibrationRows = parsePositiveInt(flags.calibrationRows, "--calibration-rows");
  const calibration = model.calibrate(rows.map((r) => toExample(r, model.metricNames)), { target, samples, lengthBuckets, maxRows: calibrationRows });
  const note = `passwise rlm calibrate --data ${flags.data} --split ${flags.split} --target ${target} --samples ${samples} --length-buckets ${lengthBuckets} --calibration-rows ${calibrationRows}`;
  await saveRlm(out, model, { llvmVersion: file.llvmVersion, command: `${file.command}; ${note}`, training: { ...(typeof file.training === "object" && file.training !== null ? file.training : {}), calibration } });
  if (globals.json) {
    printJson({ model: modelFile, out, data: flags.data, split: flags.split, ...calibration });
    return 0;
  }
  console.log(`${out}: calibrated on ${calibration.rows} '${flags.split}' rows of ${flags.data}`);
  renderCalibration(calibration);
  return 0;
}

function renderCalibration(calibration: CalibrationResult): void {
  console.log(`  sampling temperatures for ${Math.round(calibration.target * 100)}% interval coverage on held-out rows:`);
  console.log(
    formatTable(
      ["metric", "inputs", "IR word pieces", "values", "temperature", "coverage at 1", "coverage now"],
      calibration.metrics.map((m) => [
        m.metric,
        m.pipeline ? "with pipeline" : "without pipeline",
        m.lengths === undefined ? "any" : m.lengths.to === null ? `${m.lengths.from}+` : `${m.lengths.from}–${m.lengths.to - 1}`,
        String(m.values),
        m.temperature.toFixed(2),
        m.coverageBefore.toFixed(3),
        m.coverageAfter.toFixed(3),
      ]),
    ).replace(/^/gm, "    "),
  );
}

function renderEval(result: RlmEvalResult): void {
  console.log(`held-out split '${result.split}': ${result.rows} rows, median of ${result.samples} samples (${result.msPerInput.toFixed(1)} ms per input); RLM / baseline (linear on log instruction count${result.baselineInSample ? ", fitted in-sample" : ""})`);
  const pair = (a: number, b: number, digits = 3) => `${a.toFixed(digits)} / ${b.toFixed(digits)}`;
  console.log(
    formatTable(
      ["metric", "task", "rows", "MAPE", "Spearman", "Kendall", "90% coverage"],
      result.lines.map((l) => [l.metric, l.task, String(l.rlm.rows), pair(l.rlm.mape, l.baseline.mape), pair(l.rlm.spearman, l.baseline.spearman), pair(l.rlm.kendall, l.baseline.kendall), pair(l.rlm.coverage90, l.baseline.coverage90, 2)]),
    ).replace(/^/gm, "  "),
  );
}
