import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { buildDataset, DEFAULT_BROADCAST, DEFAULT_EMULATION_SAMPLES } from "../../dataset/build.js";
import { datasetStats, type DatasetStats } from "../../dataset/stats.js";
import { registerDatasetRegression } from "./dataset-regression.js";
import { PasswiseError } from "../../errors.js";
import { DEFAULT_BUDGET, resolveStrategy } from "../../search/tune.js";
import type { GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { openSession, parsePositiveInt, parseSeconds } from "../session.js";
import { addVerifyOptions, buildValidator, type VerifyFlags } from "../verify-flags.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface BuildFlags extends VerifyFlags {
  corpus: string;
  out: string;
  budget: string;
  strategy?: string;
  jobs?: string;
  seed: string;
  broadcast: string;
  emulationSamples: string;
  maxModules?: string;
  validateDuringSearch?: boolean;
  tunedOnly?: boolean;
  emulationAsm?: boolean;
  validate: boolean;
  db?: string;
  timeout: string;
}

export function registerDataset(program: Command, run: Runner): void {
  const dataset = program.command("dataset").description("Build LLM Compiler-style datasets (JSONL) from a corpus");
  const build = dataset
    .command("build")
    .description("Tune, minimize and validate every module, broadcast the most common best lists, write the JSONL files (resumable)")
    .requiredOption("-c, --corpus <name>", "corpus to build from (see passwise corpus add)")
    .requiredOption("-o, --out <dir>", "output directory")
    .option("-b, --budget <n>", "evaluations per module", String(DEFAULT_BUDGET))
    .option("-s, --strategy <name>", "search strategy (default hybrid)")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--seed <n>", "random seed", "1")
    .option("--broadcast <n>", "how many of the most common best lists to try on every module", String(DEFAULT_BROADCAST))
    .option("--emulation-samples <n>", "random pipelines per module for emulation.jsonl", String(DEFAULT_EMULATION_SAMPLES))
    .option("--emulation-asm", "also write assembly-emulation rows")
    .option("--max-modules <n>", "build from a fixed sample of N modules (chosen by module hash) instead of the whole corpus")
    .option("--no-validate", "skip PassListEval (winners are then unchecked)")
    .option("--tuned-only", "finish with the modules tuned so far: skip the rest, then broadcast and write")
    .option("--validate-during-search", "screen every new incumbent on the sentinel programs, not only validate the final ranking (slower, finds more valid gains)")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .option("--timeout <seconds>", "time limit per tool run", "120");
  addVerifyOptions(build)
    .addHelpText("after", "\nExample:\n  passwise dataset build --corpus default --out data/dataset --budget 200 --jobs 2\n")
    .action((flags: BuildFlags) => run((globals) => buildCommand(flags, globals)));
  dataset
    .command("stats")
    .description("The paper's dataset figures: reduction vs -Oz before/after broadcast, list lengths, pass frequencies, rejections")
    .argument("<dir>", "a dataset directory")
    .action((dir: string) => run((globals) => statsCommand(dir, globals)));
  registerDatasetRegression(dataset, run);
}

async function buildCommand(flags: BuildFlags, globals: GlobalOptions): Promise<number> {
  const budget = parsePositiveInt(flags.budget, "--budget");
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const seed = parsePositiveInt(flags.seed, "--seed", { allowZero: true });
  const broadcast = parsePositiveInt(flags.broadcast, "--broadcast", { allowZero: true });
  const emulationSamples = parsePositiveInt(flags.emulationSamples, "--emulation-samples", { allowZero: true });
  const strategy = resolveStrategy(flags.strategy).name;
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), timeoutMs: parseSeconds(flags.timeout, "--timeout") * 1000, jobs });
  if (session.store === undefined) throw new PasswiseError("store-error", "dataset build needs the results store");
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  const progress = createTaskProgress("dataset", { quiet: globals.quiet });
  try {
    const { validator } = flags.validate
      ? await buildValidator(session.toolchain, flags, { jobs, suite: true, store: session.store })
      : { validator: undefined };
    const result = await buildDataset({
      corpus: flags.corpus,
      outDir: flags.out,
      toolchain: session.toolchain,
      store: session.store,
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      strategy,
      budget,
      jobs,
      seed,
      broadcast,
      emulationSamples,
      emulationAsm: flags.emulationAsm ?? false,
      tunedOnly: flags.tunedOnly ?? false,
      ...(flags.maxModules ? { maxModules: parsePositiveInt(flags.maxModules, "--max-modules") } : {}),
      signal: abort.signal,
      ...(validator ? { validator, validateDuringSearch: flags.validateDuringSearch ?? false } : {}),
      onProgress: (p) =>
        progress.update(p.done, p.total, {
          phase: p.phase,
          evaluations: p.evaluations,
          vs_oz: p.geomeanVsOz === undefined ? "-" : `${p.geomeanVsOz.toFixed(2)}%`,
          ...(p.etaMs === undefined ? {} : { eta_s: Math.round(p.etaMs / 1000) }),
          ...(p.current ? { module: p.current.slice(0, 40) } : {}),
        }),
      onLog: (line) => progress.log(line),
    });
    progress.stop();
    if (globals.json) {
      printJson(result);
    } else {
      console.log(
        `dataset ${result.outDir}: ${result.tuned}/${result.modules} modules tuned (${result.failed} failed), ${result.evaluations} evaluations this run, ` +
          `geomean vs -Oz ${result.geomeanVsOzBeforeBroadcast.toFixed(2)}% before broadcast, ${result.geomeanVsOzAfterBroadcast.toFixed(2)}% after, ${(result.elapsedMs / 1000).toFixed(0)} s`,
      );
      console.log(`  rows: ${Object.entries(result.files).map(([file, rows]) => `${file} ${rows}`).join(", ")}`);
    }
    return 0;
  } finally {
    progress.stop();
    process.removeListener("SIGINT", onSigint);
    session.close();
  }
}

async function statsCommand(dir: string, globals: GlobalOptions): Promise<number> {
  const stats = await datasetStats(dir);
  if (globals.json) printJson(stats);
  else renderDatasetStats(stats);
  return 0;
}

function pct(value: number | null): string {
  return value === null ? "-" : `${value.toFixed(2)}%`;
}

function renderDatasetStats(s: DatasetStats): void {
  console.log(`dataset ${s.dir} (LLVM ${s.llvmVersion ?? "?"}): ${s.modules} modules, ${s.tuned} tuned, ${s.failed} failed; splits ${Object.entries(s.splits).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  geomean reduction vs -Oz: ${pct(s.geomeanVsOzBeforeBroadcast)} before broadcast, ${pct(s.geomeanVsOzAfterBroadcast)} after (paper: 7.1%)`);
  console.log(`  smaller than -Oz: ${s.smallerThanOz}/${s.tuned}; improved by broadcast: ${s.improvedByBroadcast}`);
  console.log(`  unique best lists: ${s.uniqueBestListsBeforeBroadcast} before broadcast, ${s.uniqueBestListsAfterBroadcast} after`);
  console.log(`  best-list length: mean ${s.meanListLength?.toFixed(2) ?? "-"} (paper 3.84); ${Object.entries(s.listLengthHistogram).map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  console.log(`  would-be winners refused by validation: ${s.rejectedWinners} (modules affected: ${s.modulesWithRejectedWinners}/${s.tuned})`);
  console.log(`  rows: ${Object.entries(s.files).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log("  passes in best lists:");
  console.log(formatTable(["count", "pass"], s.passFrequency.slice(0, 20).map((p) => [String(p.count), p.pass])).replace(/^/gm, "    "));
}
