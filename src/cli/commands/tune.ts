import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { isPasswiseError } from "../../errors.js";
import { existsSync } from "node:fs";
import { loadModule, splitFlags, type IrModule, type LoadModuleOptions } from "../../llvm/ir-module.js";
import { replayCommands } from "../../llvm/replay.js";
import { formatPassSavings } from "../../minimize/pass-savings.js";
import { DEFAULT_PREDICTOR_PATH } from "../../models/default-model.js";
import { loadPredictor } from "../../models/model-file.js";
import { seedPipelines } from "../../models/predict.js";
import type { Predictor } from "../../models/predictor.js";
import { DEFAULT_RLM_PATH } from "../../models/rlm/default-rlm.js";
import { loadRlm } from "../../models/rlm/model-file.js";
import { rlmSurrogate, type Surrogate } from "../../search/surrogate.js";
import { DEFAULT_BUDGET, resolveStrategy, tune, type TuneResult } from "../../search/tune.js";
import type { PipelineValidator } from "../../verify/validator.js";
import type { GlobalOptions } from "../context.js";
import { printJson, reportError } from "../render/output.js";
import { createProgressReporter } from "../render/progress.js";
import { openSession, parsePositiveInt, parseSeconds, type Session } from "../session.js";
import { availableParallelism } from "node:os";
import { addVerifyOptions, buildValidator, type VerifyFlags } from "../verify-flags.js";

interface TuneFlags extends VerifyFlags {
  validate: boolean;
  budget?: string;
  time?: string;
  strategy?: string;
  jobs?: string;
  seed: string;
  out?: string;
  db?: string;
  insertion?: boolean;
  timeout: string;
  model: string | boolean;
  surrogate?: string | boolean;
}

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

export function registerTune(program: Command, run: Runner): void {
  const command = program
    .command("tune")
    .description("Search for a pass pipeline that makes each input's object file smaller than -Oz")
    .argument("<input...>", "C/C++ sources, .ll or .bc files")
    .option("-b, --budget <n>", `distinct pipelines to evaluate per input (default ${DEFAULT_BUDGET} unless --time is given)`)
    .option("-t, --time <seconds>", "wall-clock limit per input")
    .option("-s, --strategy <name>", "hybrid (default), local, evolution, eda or random (the paper's)")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--seed <n>", "random seed; the same seed and budget replay the same search", "1")
    .option("-o, --out <dir>", "write the optimized .ll and .o of each winner here")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db, or $PASSWISE_HOME)")
    .option("--insertion", "also run the minimizer's insertion search on the winner (slower)")
    .option("--frontend-flags <flags>", "extra clang flags for C/C++ input")
    .option("--timeout <seconds>", "time limit per tool run", "120")
    .option("--no-validate", "report the smallest pipeline without checking it (PassListEval is on by default)")
    .option("--model <file>", "seed the search with this predictor's candidates (default: the shipped model)")
    .option("--no-model", "do not seed the search with the predictor")
    .option("--surrogate [file]", "screen hybrid's proposals with the Regression Language Model and compile the promising ones (default model: the shipped models/rlm.json.gz)");
  addVerifyOptions(command)
    .addHelpText("after", "\nExample:\n  passwise tune examples/crc32.c --budget 300 --jobs 2 --seed 7 --json\n  passwise tune prog.c --run '' --csmith 10   # also differential + random-program testing\n")
    .action((inputs: string[], flags: TuneFlags) => run((globals) => tuneCommand(inputs, flags, globals)));
}

async function tuneCommand(inputs: string[], flags: TuneFlags, globals: GlobalOptions): Promise<number> {
  const strategy = resolveStrategy(flags.strategy);
  const timeMs = flags.time === undefined ? undefined : parseSeconds(flags.time, "--time") * 1000;
  const budget = flags.budget === undefined ? (timeMs === undefined ? DEFAULT_BUDGET : undefined) : parsePositiveInt(flags.budget, "--budget");
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const seed = parsePositiveInt(flags.seed, "--seed", { allowZero: true });
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), timeoutMs: parseSeconds(flags.timeout, "--timeout") * 1000, jobs });
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  const results: (TuneResult | { input: string; ok: false; error: string })[] = [];
  let exitCode = 0;
  try {
    const predictor = await loadSeedPredictor(flags.model, session, globals);
    const surrogate = flags.surrogate ? rlmSurrogate((await loadRlm(typeof flags.surrogate === "string" ? flags.surrogate : DEFAULT_RLM_PATH)).model) : undefined;
    for (const input of inputs) {
      if (abort.signal.aborted) break;
      try {
        const { validator } = flags.validate
          ? await buildValidator(session.toolchain, flags, { input, jobs, suite: true, ...(session.store ? { store: session.store } : {}) })
          : { validator: undefined };
        const result = await tuneOne(input, flags, session, { strategy: strategy.name, budget, timeMs, jobs, seed, signal: abort.signal, validator, predictor, surrogate }, globals);
        results.push(result);
        if (!globals.json) renderTune(result, flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {});
      } catch (error) {
        if (!isPasswiseError(error)) throw error;
        exitCode = reportError(error, { json: false, debug: globals.debug });
        results.push({ input, ok: false, error: error.message });
      }
    }
  } finally {
    process.removeListener("SIGINT", onSigint);
    session.close();
  }
  if (globals.json) printJson(results.map((r) => ("ok" in r ? r : tuneJson(r, flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {}))));
  return exitCode;
}

async function tuneOne(
  input: string,
  flags: TuneFlags,
  session: Session,
  search: { strategy: string; budget: number | undefined; timeMs: number | undefined; jobs: number; seed: number; signal: AbortSignal; validator: PipelineValidator | undefined; predictor: Predictor | undefined; surrogate: Surrogate | undefined },
  globals: GlobalOptions,
): Promise<TuneResult> {
  const loadOptions = flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {};
  const module = await loadModule(session.toolchain, input, loadOptions);
  const extraSeeds = search.predictor ? seedPipelines(module, { predictor: search.predictor, catalog: session.catalog.usable, ...(search.budget === undefined ? {} : { budget: search.budget }) }) : [];
  let ozSize: number | undefined;
  const progress = createProgressReporter(path.basename(input), () => ozSize, { quiet: globals.quiet });
  try {
    const result = await tune(module, {
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      strategy: search.strategy,
      budget: { ...(search.budget === undefined ? {} : { evaluations: search.budget }), ...(search.timeMs === undefined ? {} : { timeMs: search.timeMs }) },
      jobs: search.jobs,
      seed: search.seed,
      input,
      minimize: { insertion: flags.insertion ?? false },
      signal: search.signal,
      extraSeeds,
      ...(search.surrogate ? { surrogate: search.surrogate } : {}),
      ...(search.validator ? { validator: search.validator } : {}),
      ...(session.store ? { store: session.store } : {}),
      onProgress: (p) => {
        if (ozSize === undefined && p.best !== undefined) ozSize = p.best.size;
        progress.update(p);
      },
      onPhase: (phase, detail) => progress.phase(phase, detail),
    });
    if (flags.out) await writeOutputs(flags.out, module, input, result, session);
    return result;
  } finally {
    progress.stop();
  }
}

/**
 * The predictor whose best candidates for each module join the search's seeds: with a model
 * present the search starts where similar modules ended. A missing or unusable default model is
 * skipped with a warning; an explicitly named one that cannot be loaded is an error.
 */
export async function loadSeedPredictor(model: string | boolean, session: Session, globals: GlobalOptions): Promise<Predictor | undefined> {
  if (model === false) return undefined;
  const explicit = typeof model === "string";
  const file = typeof model === "string" ? model : DEFAULT_PREDICTOR_PATH;
  if (!explicit && !existsSync(file)) return undefined;
  try {
    return (await loadPredictor(file, { llvmMajor: session.toolchain.version.major })).predictor;
  } catch (error) {
    if (explicit || !isPasswiseError(error)) throw error;
    if (!globals.json) process.stderr.write(`passwise: warning: the default model is not used: ${error.message}\n`);
    return undefined;
  }
}

async function writeOutputs(dir: string, module: IrModule, input: string, result: TuneResult, session: Session): Promise<void> {
  const { evaluation, artifacts } = await session.evaluator.compile(module, result.bestPipeline);
  if (!evaluation.ok || artifacts === undefined) return;
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, path.basename(input).replace(/\.[^.]+$/, ""));
  await writeFile(`${base}.ll`, artifacts.optimizedIr);
  await writeFile(`${base}.o`, artifacts.object);
  await writeFile(`${base}.pipeline`, result.bestPipeline + "\n");
}

export function tuneJson(result: TuneResult, loadOptions: LoadModuleOptions = {}) {
  return {
    ok: true,
    input: result.input,
    moduleHash: result.moduleHash,
    llvmVersion: result.llvmVersion,
    strategy: result.strategy,
    seed: result.seed,
    o0Size: result.o0Size,
    ozSize: result.ozSize,
    bestSize: result.bestSize,
    bestPipeline: result.bestPipeline,
    passSavings: result.passSavings,
    improvementOverOz: Number(result.improvementOverOz.toFixed(4)),
    evaluations: result.evaluations,
    minimizeEvaluations: result.minimizeEvaluations,
    compilations: result.compilations,
    validated: result.validated,
    rejectedByValidation: result.rejected,
    screenedBySurrogate: result.screenedOut,
    setAsideAfterHangs: result.setAsideAfterHangs,
    searchPipeline: result.searchPipeline,
    searchSize: result.searchSize,
    seconds: Number((result.elapsedMs / 1000).toFixed(2)),
    replay: replayCommands(result.input, result.bestPipeline, loadOptions),
  };
}

function renderTune(r: TuneResult, loadOptions: LoadModuleOptions): void {
  const validated = r.validated === null ? "not validated (--no-validate)" : r.validated.valid ? `valid (${Object.keys(r.validated.checks).join(", ")} passed)` : "INVALID";
  console.log(`${r.input} — LLVM ${r.llvmVersion}, strategy ${r.strategy}, seed ${r.seed}`);
  console.log(`  -O0 ${r.o0Size ?? "failed"} B   -Oz ${r.ozSize} B   best ${r.bestSize} B   ${r.improvementOverOz.toFixed(2)}% smaller than -Oz`);
  console.log(`  pipeline: ${r.bestPipeline}`);
  if (r.passSavings) console.log(`  each pass saves: ${formatPassSavings(r.passSavings)}`);
  console.log(`  evaluations: ${r.evaluations} search + ${r.minimizeEvaluations} minimize; ${r.compilations} compilations; ${(r.elapsedMs / 1000).toFixed(1)} s`);
  console.log(`  validated: ${validated}`);
  for (const rejected of r.rejected) console.log(`  rejected by validation: ${rejected.pipeline} — ${rejected.reasons[0] ?? ""}`);
  if (r.setAsideAfterHangs > 0) console.log(`  set aside unchecked after opt hangs in their batch's checks: ${r.setAsideAfterHangs}`);
  console.log(`  replay: ${replayCommands(r.input, r.bestPipeline, loadOptions)}`);
}

