import type { Command } from "commander";
import { loadCatalog } from "../../passes/catalog.js";
import { DEFAULT_PREDICTOR_PATH } from "../../models/default-model.js";
import { loadPredictor, savePredictor } from "../../models/model-file.js";
import { catalogHash } from "../../models/predict.js";
import type { Predictor } from "../../models/predictor.js";
import { crossValidate, readDatasets, trainPredictor, type CrossValidation } from "../../models/train-predictor.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

export function registerModel(program: Command, run: Runner): void {
  const model = program.command("model").description("Train and inspect passwise's built-in flag-tuning predictor");
  model
    .command("train")
    .description("Train the predictor from a dataset built by `passwise dataset build` (pure TypeScript, seconds to minutes on CPU)")
    .requiredOption("-d, --dataset <dir>", "dataset directory (repeatable: several datasets are trained on together)", (dir: string, dirs: string[] = []) => [...dirs, dir])
    .option("-o, --out <file>", "model file to write", "passwise-predictor.json")
    .option("--splits <names>", "comma-separated splits to learn from (the rest are held out)", "train")
    .option("--exclude-group <group>", "leave a group (package, top directory) out of training (repeatable)", (group: string, all: string[] = []) => [...all, group])
    .addHelpText("after", "\nExample:\n  passwise model train --dataset data/dataset --out models/predictor.json\n")
    .action((flags: TrainFlags) => run((globals) => trainCommand(flags, globals)));
  model
    .command("info")
    .description("What a model file was trained on, and its leave-one-group-out figures recomputed from the gains it stores")
    .option("-m, --model <file>", "model file (default: the shipped models/predictor.json)")
    .action((flags: { model?: string }) => run((globals) => infoCommand(flags, globals)));
}

interface TrainFlags {
  dataset: string[];
  excludeGroup?: string[];
  out: string;
  splits: string;
}

async function trainCommand(flags: TrainFlags, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const started = performance.now();
  const dataset = await readDatasets(flags.dataset);
  const splits = flags.splits.split(",").map((s) => s.trim()).filter(Boolean);
  const trained = trainPredictor(dataset.modules, { splits, validated: dataset.validated, excludeGroups: flags.excludeGroup ?? [] });
  const command = `passwise model train ${flags.dataset.map((dir) => `--dataset ${dir}`).join(" ")} --out ${flags.out} --splits ${splits.join(",")}${(flags.excludeGroup ?? []).map((g) => ` --exclude-group ${g}`).join("")}`;
  await savePredictor(flags.out, trained.predictor, {
    llvmVersion: dataset.llvmVersion,
    catalogHash: catalogHash((await loadCatalog(toolchain.version.major)).entries),
    command,
    dataset: { dir: flags.dataset.join(","), trainingModules: trained.trainingModules, heldOutModules: trained.heldOutModules, splits },
    crossValidation: trained.crossValidation,
  });
  const seconds = (performance.now() - started) / 1000;
  const cv = trained.crossValidation;
  if (globals.json) {
    printJson({ model: flags.out, trainingModules: trained.trainingModules, heldOutModules: trained.heldOutModules, library: trained.predictor.data.library.length, crossValidation: cv, seconds, command });
    return 0;
  }
  console.log(`trained ${flags.out} on ${trained.trainingModules} modules (${trained.heldOutModules} held out), library of ${trained.predictor.data.library.length} pipelines, ${seconds.toFixed(1)} s`);
  console.log(`  chosen by leave-one-group-out cross-validation: k = ${cv.chosen.k}, prior weight = ${cv.chosen.priorWeight}`);
  console.log(`  cross-validated geomean vs -Oz (from measured sizes): K=0 ${cv.k0.toFixed(2)}%, K=1 ${cv.k1.toFixed(2)}%, K=10 ${cv.k10.toFixed(2)}%, autotuner ${cv.autotuner?.toFixed(2) ?? "-"}%, library oracle ${cv.oracle.toFixed(2)}%`);
  return 0;
}

async function infoCommand(flags: { model?: string }, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const file = flags.model ?? DEFAULT_PREDICTOR_PATH;
  const { file: model, predictor } = await loadPredictor(file, { llvmMajor: toolchain.version.major });
  const summary = {
    model: file,
    llvmVersion: model.llvmVersion,
    catalogHash: model.catalogHash,
    createdAt: model.createdAt,
    command: model.command,
    dataset: model.dataset,
    library: predictor.data.library.length,
    k: predictor.data.k,
    priorWeight: predictor.data.priorWeight,
    crossValidation: crossValidationOf(model.crossValidation, predictor),
  };
  if (globals.json) printJson(summary);
  else console.log(JSON.stringify(summary, null, 2));
  return 0;
}

/**
 * Recomputed from the file's gains matrix, so a file written by an older trainer (whose figures
 * may have been computed differently) still shows what this passwise measures. The autotuner's
 * figure needs the dataset's tuned sizes: it is kept from the file.
 */
function crossValidationOf(stored: unknown, predictor: Predictor): CrossValidation & { stored?: unknown } {
  const recomputed = crossValidate(predictor);
  const figures = (typeof stored === "object" && stored !== null ? stored : {}) as { autotuner?: unknown; k0?: unknown };
  const autotuner = typeof figures.autotuner === "number" ? figures.autotuner : null;
  const differs = typeof figures.k0 === "number" && Math.abs(figures.k0 - recomputed.k0) > 1e-6;
  return { ...recomputed, autotuner, ...(differs ? { stored } : {}) };
}
