// The predictor's cross-validation cost: one hyper-parameter setting scored by ranking every
// module from scratch (Predictor.rankFeatures with its group excluded), against the trainer's
// whole grid plus the nested K = 0 estimate from one shared leave-one-group-out table. Both run
// here, on the same model, so the ratio holds on a noisy machine; the K = 0 figures must agree.
import path from "node:path";
import { findToolchain } from "../src/llvm/toolchain.js";
import { loadPredictor } from "../src/models/model-file.js";
import { gridSettings } from "../src/models/nested-cv.js";
import { chooseHyperparameters, DEFAULT_GRID } from "../src/models/train-predictor.js";
import { checkArguments, option, repoRoot } from "./common.js";

checkArguments("Usage: npm run bench:model -- [--model FILE]", { flags: [], options: ["--model"] });
const file = option("--model") ?? path.join(repoRoot, "models", "predictor.json");
const toolchain = await findToolchain();
const { predictor } = await loadPredictor(file, { llvmMajor: toolchain.version.major });
const { modules, library } = predictor.data;
const pipelineIndex = new Map(library.map((entry, i) => [entry.pipeline, i]));

let started = performance.now();
let total = 0;
for (const module of modules) {
  const top = predictor.rankFeatures(module.features, { exclude: (other) => other.group === module.group })[0];
  total += module.gains[pipelineIndex.get(top?.pipeline ?? "") ?? -1] ?? 0;
}
const fromScratchSeconds = (performance.now() - started) / 1000;
const fromScratchK0 = (Math.exp(total / modules.length) - 1) * 100;

started = performance.now();
const { crossValidation } = chooseHyperparameters(predictor.data, { grid: { k: [predictor.data.k], priorWeight: [predictor.data.priorWeight] } });
const oneSettingSeconds = (performance.now() - started) / 1000;
started = performance.now();
const grid = chooseHyperparameters(predictor.data);
const gridSeconds = (performance.now() - started) / 1000;

console.log(`${file}: ${modules.length} modules, library of ${library.length}, k = ${predictor.data.k}, prior weight = ${predictor.data.priorWeight}`);
console.log(`one setting, ranked from scratch:        ${fromScratchSeconds.toFixed(1)} s  (K=0 ${fromScratchK0.toFixed(4)}%, no nested estimate)`);
console.log(`one setting from the table, with nested:  ${oneSettingSeconds.toFixed(1)} s  (K=0 ${crossValidation.k0.toFixed(4)}%)`);
console.log(`the whole grid from the table, with nested: ${gridSeconds.toFixed(1)} s  (chose k = ${grid.crossValidation.chosen.k}, prior ${grid.crossValidation.chosen.priorWeight}; nested K=0 ${grid.crossValidation.k0Nested?.toFixed(4)}%)`);
const settings = gridSettings(DEFAULT_GRID).length;
console.log(`the grid's ${settings} settings ranked from scratch would take about ${(settings * fromScratchSeconds).toFixed(0)} s without the nested estimate: ${((settings * fromScratchSeconds) / gridSeconds).toFixed(1)}x the table's time with it`);
const agree = Math.abs(fromScratchK0 - crossValidation.k0) < 1e-9;
console.log(`K=0 from scratch and from the table ${agree ? "agree" : "DIFFER"}`);
if (!agree) process.exitCode = 1;
