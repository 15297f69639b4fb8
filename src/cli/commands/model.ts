import type { Command } from "commander";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { PasswiseError } from "../../errors.js";
import { loadCatalog } from "../../passes/catalog.js";
import { DEFAULT_PREDICTOR_PATH } from "../../models/default-model.js";
import { loadPredictor, predictorContentDigest, savePredictor } from "../../models/model-file.js";
import { catalogHash } from "../../models/predict.js";
import type { Predictor } from "../../models/predictor.js";
import { LeaveOneGroupOut } from "../../models/nested-cv.js";
import { crossValidate, nestedK0CrossValidation, readDatasets, trainPredictor, type CrossValidation } from "../../models/train-predictor.js";
import { addLibraryPipelines, fillPredictor, type FilledPredictor } from "../../models/fill-gains.js";
import { pruneToCatalog } from "../../models/prune.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { cacheDir, defaultDbPath, openMeasuringSession, parsePositiveInt } from "../session.js";
import { parsePipelineOption } from "../../passes/pipeline.js";
import { PassListEval } from "../../verify/passlisteval.js";

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
  model
    .command("fill")
    .description("Measure the gains a model file lacks (null cells) by compiling each library pipeline on each training module whose IR is in the results store, then choose k and the prior weight again")
    .option("-m, --model <file>", "model file (default: the shipped models/predictor.json)")
    .option("-o, --out <file>", "model file to write (default: overwrite --model)")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--db <file>", "results store with the modules' IR; evaluations are recorded there (default ~/.passwise/passwise.db)")
    .option("--add-modules <n>", "first add n modules of --corpus as training modules (from its train-split groups, evenly over groups), measured on the whole library")
    .option("--corpus <name>", "corpus that --add-modules samples from", "default")
    .option("--add-pipeline <pipeline>", "first add this pipeline to the library (it must pass PassListEval), measured on every training module (repeatable)", (pipeline: string, all: string[] = []) => [...all, pipeline])
    .addHelpText(
      "after",
      "\nExamples:\n  passwise model fill --out /tmp/predictor-filled.json --jobs 2\n  passwise model fill --add-modules 400 --corpus default --out /tmp/predictor-grown.json\n  passwise model fill --add-pipeline 'default<Oz>,function(lower-switch)' --out /tmp/predictor-wider.json\n",
    )
    .action((flags: FillFlags) => run((globals) => fillCommand(flags, globals)));
  model
    .command("prune")
    .description("Drop the library pipelines that use a pass the installed LLVM's pass catalog no longer holds (a pass left out as unsafe), choose k and the prior weight again, and record the catalog; compiles nothing")
    .option("-m, --model <file>", "model file (default: the shipped models/predictor.json)")
    .option("-o, --out <file>", "model file to write (default: overwrite --model)")
    .addHelpText("after", "\nExample:\n  passwise model prune --out /tmp/predictor-pruned.json\n")
    .action((flags: { model?: string; out?: string }) => run((globals) => pruneCommand(flags, globals)));
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
  console.log(`  cross-validated geomean vs -Oz (from measured sizes): K=0 ${cv.k0.toFixed(2)}% (nested: ${cv.k0Nested?.toFixed(2) ?? "-"}%), K=1 ${cv.k1.toFixed(2)}%, K=10 ${cv.k10.toFixed(2)}%, autotuner ${cv.autotuner?.toFixed(2) ?? "-"}%, library oracle ${cv.oracle.toFixed(2)}%`);
  return 0;
}

interface FillFlags {
  model?: string;
  out?: string;
  jobs?: string;
  db?: string;
  addModules?: string;
  corpus: string;
  addPipeline?: string[];
}

async function fillCommand(flags: FillFlags, globals: GlobalOptions): Promise<number> {
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const addModules = flags.addModules === undefined ? undefined : { corpus: flags.corpus, count: parsePositiveInt(flags.addModules, "--add-modules") };
  const modelFile = flags.model ?? DEFAULT_PREDICTOR_PATH;
  const out = flags.out ?? modelFile;
  const db = flags.db ?? defaultDbPath();
  // Opening a store creates it: a mistyped path would otherwise "skip" every module.
  if (!existsSync(db)) throw new PasswiseError("store-error", `no results store at ${db} (the modules' IR comes from the store \`passwise corpus add\` filled; pass it with --db)`);
  const started = performance.now();
  const session = await openMeasuringSession(globals, { db });
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  const progress = createTaskProgress("fill", { quiet: globals.quiet });
  try {
    const { file: saved, predictor } = await loadPredictor(modelFile, { llvmMajor: session.toolchain.version.major });
    if (session.evaluator.llvmVersion !== saved.llvmVersion) {
      progress.log(`passwise: warning: the model's gains were measured with LLVM ${saved.llvmVersion}, the missing ones will be with LLVM ${session.evaluator.llvmVersion}`);
    }
    const addPipelines = await validatedPipelines(flags.addPipeline ?? [], predictor, session, jobs, progress.log.bind(progress));
    const filled = await fillPredictor(predictor, {
      evaluator: session.evaluator,
      store: session.store,
      jobs,
      signal: abort.signal,
      onProgress: (p) => progress.update(p.done, p.total, { compiled: p.compiled, module: p.module }),
      ...(addModules ? { addModules } : {}),
      addPipelines,
    });
    progress.stop();
    // The autotuner's figure depends on the modules' tuned sizes, not on the matrix: filling leaves it as
    // it was. Added modules were never tuned, so over the grown set there is no autotuner figure.
    const autotuner = storedAutotuner(saved.crossValidation);
    const before = { ...filled.before, autotuner };
    const after = { ...filled.after, autotuner: filled.added ? null : autotuner };
    const adding = (addModules ? ` --add-modules ${addModules.count} --corpus ${addModules.corpus}` : "") + addPipelines.map((p) => ` --add-pipeline '${p.pipeline}'`).join("");
    const command = `${saved.command}; passwise model fill${flags.model ? ` --model ${flags.model}` : ""}${flags.out ? ` --out ${flags.out}` : ""}${flags.db ? ` --db ${flags.db}` : ""}${adding}`;
    const dataset = filled.added ? { ...saved.dataset, trainingModules: filled.predictor.data.modules.length } : saved.dataset;
    await savePredictor(out, filled.predictor, { llvmVersion: saved.llvmVersion, catalogHash: saved.catalogHash, command, dataset, crossValidation: after });
    const seconds = (performance.now() - started) / 1000;
    const { data: _filledData, ...fill } = filled.fill;
    const addedPipelines = addPipelines.map((p) => p.pipeline);
    if (globals.json) printJson({ model: modelFile, out, db, ...fill, ...(filled.added ? { added: filled.added } : {}), addedPipelines, cells: cellCount(filled), before, after, seconds, command });
    else {
      if (addedPipelines.length > 0) console.log(`added ${addedPipelines.length} pipeline(s) to the library (now ${filled.predictor.data.library.length}): ${addedPipelines.join("; ")}`);
      renderFill(filled, { out, db, before, after, seconds });
    }
    return 0;
  } finally {
    progress.stop();
    process.removeListener("SIGINT", onSigint);
    session.close();
  }
}

async function pruneCommand(flags: { model?: string; out?: string }, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const modelFile = flags.model ?? DEFAULT_PREDICTOR_PATH;
  const out = flags.out ?? modelFile;
  const { file: saved, predictor } = await loadPredictor(modelFile, { llvmMajor: toolchain.version.major });
  const catalog = (await loadCatalog(toolchain.version.major)).entries;
  const pruned = pruneToCatalog(predictor, catalog);
  const autotuner = storedAutotuner(saved.crossValidation);
  const before = { ...pruned.before, autotuner };
  const after = { ...pruned.after, autotuner };
  const command = `${saved.command}; passwise model prune${flags.model ? ` --model ${flags.model}` : ""}${flags.out ? ` --out ${flags.out}` : ""}`;
  const hash = catalogHash(catalog);
  const changed = pruned.dropped.length > 0 || hash !== saved.catalogHash;
  if (changed) await savePredictor(out, pruned.predictor, { llvmVersion: saved.llvmVersion, catalogHash: hash, command, dataset: saved.dataset, crossValidation: after });
  if (globals.json) {
    printJson({ model: modelFile, out: changed ? out : null, catalogHash: hash, dropped: pruned.dropped, library: pruned.predictor.data.library.length, before, after });
    return 0;
  }
  if (!changed) {
    console.log(`${modelFile} already matches the catalog of LLVM ${toolchain.version.major} (${hash}); nothing written`);
    return 0;
  }
  console.log(`pruned ${out}: dropped ${pruned.dropped.length} of ${predictor.data.library.length} library pipelines, catalog ${saved.catalogHash} -> ${hash}`);
  for (const pipeline of pruned.dropped) console.log(`  dropped: ${pipeline}`);
  printCrossValidationTable(before, after);
  return 0;
}

/** Pipelines for the library: well-formed, and passing PassListEval (predict returns only validated ones). */
async function validatedPipelines(
  texts: readonly string[],
  predictor: Predictor,
  session: Awaited<ReturnType<typeof openMeasuringSession>>,
  jobs: number,
  log: (line: string) => void,
): Promise<{ pipeline: string; validated: string[] }[]> {
  if (texts.length === 0) return [];
  const pipelines = texts.map(parsePipelineOption);
  // Checked before the slow validation: a duplicate is an error either way.
  addLibraryPipelines(predictor.data, pipelines.map((pipeline) => ({ pipeline, validated: [] })));
  const passListEval = await PassListEval.create(session.toolchain, { cacheDir: cacheDir(), jobs, store: session.store });
  const out: { pipeline: string; validated: string[] }[] = [];
  for (const pipeline of pipelines) {
    const verdict = await passListEval.evaluate(pipeline, { failFast: true });
    if (!verdict.valid) {
      const first = verdict.failures[0];
      throw new PasswiseError("bad-input", `--add-pipeline '${pipeline}' fails PassListEval${first ? ` (${first.program}: ${first.stage}: ${first.reason})` : ""}; nothing was written`);
    }
    log(`passwise: ${pipeline} passes PassListEval (${verdict.programs} programs${verdict.fromCache ? ", verdict from the store" : ""})`);
    out.push({ pipeline, validated: ["passlisteval"] });
  }
  return out;
}

function cellCount(filled: FilledPredictor): number {
  return filled.predictor.data.modules.length * filled.predictor.data.library.length;
}

function renderFill(filled: FilledPredictor, report: { out: string; db: string; before: CrossValidation; after: CrossValidation; seconds: number }): void {
  const fill = filled.fill;
  if (filled.added) {
    const groups = Object.entries(filled.added.byGroup).map(([group, n]) => `${group} ${n}`).join(", ");
    console.log(`added ${filled.added.added} of ${filled.added.requested} requested modules of corpus ${filled.added.corpus}: ${groups}`);
  }
  console.log(
    `filled ${report.out}: ${fill.cellsFilled} unknown gains measured on ${fill.modulesFilled} modules (${fill.cellsFailed} failed), ` +
      `${fill.evaluations} evaluations of which ${fill.compilations} compiled (the rest from the store), ${report.seconds.toFixed(0)} s`,
  );
  console.log(`  unknown cells: ${fill.unknownBefore} of ${cellCount(filled)} before, ${fill.unknownAfter} after`);
  if (fill.missingIr.modules > 0) {
    const groups = Object.entries(fill.missingIr.byGroup).map(([group, n]) => `${group} ${n}`).join(", ");
    console.log(`  skipped ${fill.missingIr.modules} modules whose IR is not in ${report.db}: ${groups}`);
  }
  for (const module of fill.ozFailed) console.log(`  left as it was: ${module.group} ${module.hash.slice(0, 12)}, -Oz gave no size (${module.reason})`);
  printCrossValidationTable(report.before, report.after);
}

function printCrossValidationTable(before: CrossValidation, after: CrossValidation): void {
  const pct = (v: number | undefined) => (v === undefined ? "-" : `${v.toFixed(2)}%`);
  const row = (label: string, cv: CrossValidation) => [`${label} (k = ${cv.chosen.k}, prior weight = ${cv.chosen.priorWeight})`, ...[cv.k0, cv.k0Nested, cv.k1, cv.k10, cv.oracle].map(pct)];
  console.log("  leave-one-group-out geomean vs -Oz:");
  console.log(formatTable(["model", "K=0", "K=0 nested", "K=1", "K=10", "oracle"], [row("before", before), row("after", after)]).replace(/^/gm, "    "));
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
    contentDigest: predictorContentDigest(model),
    command: model.command,
    dataset: model.dataset,
    library: predictor.data.library.length,
    k: predictor.data.k,
    priorWeight: predictor.data.priorWeight,
    crossValidation: crossValidationOf(model.crossValidation, predictor),
  };
  if (globals.json) {
    printJson(summary);
    return 0;
  }
  const cv = summary.crossValidation;
  const pct = (value: number | null) => (value === null ? "-" : `${value.toFixed(2)}%`);
  console.log(`${file}: LLVM ${summary.llvmVersion}, catalog ${summary.catalogHash}, written ${summary.createdAt}`);
  console.log(`  made by: ${summary.command}`);
  console.log(`  content digest (what its rankings depend on): ${summary.contentDigest}`);
  console.log(`  ${predictor.data.modules.length} training modules, library of ${summary.library} pipelines; k = ${summary.k}, prior weight = ${summary.priorWeight}`);
  console.log(`  leave-one-group-out geomean vs -Oz (recomputed from the stored gains): K=0 ${pct(cv.k0)} (nested: ${pct(cv.k0Nested ?? null)}), K=1 ${pct(cv.k1)}, K=10 ${pct(cv.k10)}, autotuner ${pct(cv.autotuner)}, library oracle ${pct(cv.oracle)}`);
  if (cv.stored !== undefined) console.log(`  the file's own stored figures differ (an older trainer): ${JSON.stringify(cv.stored)}`);
  return 0;
}

/**
 * Recomputed from the file's gains matrix, so a file written by an older trainer (whose figures
 * may have been computed differently) still shows what this passwise measures. The autotuner's
 * figure needs the dataset's tuned sizes: it is kept from the file.
 */
function crossValidationOf(stored: unknown, predictor: Predictor): CrossValidation & { stored?: unknown } {
  const table = new LeaveOneGroupOut(predictor.data);
  const recomputed = crossValidate(predictor, { table });
  const figures = (typeof stored === "object" && stored !== null ? stored : {}) as { k0?: unknown };
  const autotuner = storedAutotuner(stored);
  const differs = typeof figures.k0 === "number" && Math.abs(figures.k0 - recomputed.k0) > 1e-6;
  return { ...recomputed, k0Nested: nestedK0CrossValidation(predictor.data, table), autotuner, ...(differs ? { stored } : {}) };
}

function storedAutotuner(stored: unknown): number | null {
  const figures = (typeof stored === "object" && stored !== null ? stored : {}) as { autotuner?: unknown };
  return typeof figures.autotuner === "number" ? figures.autotuner : null;
}
