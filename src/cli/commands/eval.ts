import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { PasswiseError } from "../../errors.js";
import { evaluateFlagTuning, type FlagTuningEvaluation } from "../../eval/flag-tuning.js";
import { unitsFromDataset, unitsFromDirectory } from "../../eval/units.js";
import type { InputLanguage } from "../../llvm/ir-module.js";
import { DEFAULT_TOKEN_BUDGET } from "../../corpus/tokens.js";
import { DEFAULT_PREDICTOR_PATH } from "../../models/default-model.js";
import { loadPredictor } from "../../models/model-file.js";
import type { Predictor } from "../../models/predictor.js";
import { sourcePackage } from "../../models/groups.js";
import type { GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { openSession, parsePositiveInt } from "../session.js";
import { buildValidator } from "../verify-flags.js";
import { addLlmOptions, backendFromFlags, type LlmFlags } from "../llm-flags.js";
import { registerLlmEvals } from "./eval-llm.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface EvalFlags extends LlmFlags {
  llm?: string;
  suite?: string;
  dataset?: string;
  split: string;
  languages?: string;
  tokenBudget: string;
  model?: string;
  excludeGroup?: string;
  budget: string;
  levels: string;
  validate: boolean;
  jobs?: string;
  db?: string;
  seed: string;
}

export function registerEval(program: Command, run: Runner): void {
  const evaluation = program.command("eval").description("The papers' evaluations");
  const flagTuning = evaluation
    .command("flag-tuning")
    .description("LLM Compiler's Table 3 on a directory of programs or a held-out dataset split: -Oz, the predictor at K = 0/1/10, the autotuner")
    .option("--suite <dir>", "directory of C/C++/.ll programs (units over the token budget are split per function)")
    .option("--dataset <dir>", "a dataset built by passwise dataset build (use with --split)")
    .option("--split <name>", "dataset split to evaluate on", "test")
    .option("--languages <list>", "with --suite: only files of these kinds, comma-separated: c, c++, ir (.ll and .bc)")
    .option("--token-budget <n>", "with --suite: split files over this many tokens per function, as the paper did for its LLM's context (0: never split)", String(DEFAULT_TOKEN_BUDGET))
    .option("-m, --model <file>", "predictor model (default: the shipped models/predictor.json)")
    .option("--exclude-group <groups>", "comma-separated groups whose training modules the model leaves out (a held-out test without retraining; e.g. examples)")
    .option("-b, --budget <n>", "autotuner evaluations per unit (0 leaves the autotuner out)", "200")
    .option("--levels <list>", "predictor K values to compare", "0,1,10")
    .option("--no-validate", "skip PassListEval for the predictor's candidates and the autotuner's winner")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--seed <n>", "autotuner seed", "1")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .addHelpText("after", "\nExamples:\n  passwise eval flag-tuning --suite examples --budget 200\n  passwise eval flag-tuning --dataset data/dataset --split test --json\n");
  addLlmOptions(flagTuning, { specFlag: "--llm" }).action((flags: EvalFlags) => run((globals) => flagTuningCommand(flags, globals)));
  registerLlmEvals(evaluation, run);
}

function parseLanguages(list: string): InputLanguage[] {
  const kinds: Record<string, InputLanguage[]> = { c: ["c"], "c++": ["c++"], cpp: ["c++"], ir: ["llvm-ir", "llvm-bc"] };
  return list.split(",").flatMap((name) => {
    const kind = kinds[name.trim().toLowerCase()];
    if (kind === undefined) throw new PasswiseError("bad-option", `--languages: unknown kind '${name.trim()}' (use c, c++ or ir)`);
    return kind;
  });
}

async function flagTuningCommand(flags: EvalFlags, globals: GlobalOptions): Promise<number> {
  if ((flags.suite === undefined) === (flags.dataset === undefined)) throw new PasswiseError("bad-option", "give exactly one of --suite DIR or --dataset DIR");
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const budget = parsePositiveInt(flags.budget, "--budget", { allowZero: true });
  const levels = flags.levels.split(",").map((v) => parsePositiveInt(v.trim(), "--levels", { allowZero: true }));
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), jobs });
  const progress = createTaskProgress("eval", { quiet: globals.quiet });
  try {
    const loaded = (await loadPredictor(flags.model ?? DEFAULT_PREDICTOR_PATH, { llvmMajor: session.toolchain.version.major })).predictor;
    const predictor = flags.excludeGroup ? withoutGroups(loaded, flags.excludeGroup) : loaded;
    const languages = flags.languages === undefined ? undefined : parseLanguages(flags.languages);
    const tokenBudget = parsePositiveInt(flags.tokenBudget, "--token-budget", { allowZero: true });
    const units = flags.suite ? await unitsFromDirectory(session.toolchain, flags.suite, { jobs, tokenBudget, ...(languages ? { languages } : {}) }) : await unitsFromDataset(flags.dataset as string, flags.split);
    if (units.length === 0) throw new PasswiseError("bad-input", "no programs to evaluate");
    const validator = flags.validate ? (await buildValidator(session.toolchain, {}, { jobs, suite: true, ...(session.store ? { store: session.store } : {}) })).validator : undefined;
    const backend = flags.llm === undefined ? undefined : await backendFromFlags(flags, process.env, flags.llm);
    const result = await evaluateFlagTuning(units, {
      toolchain: session.toolchain,
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      predictor,
      verifyLevels: levels,
      autotunerBudget: budget,
      jobs,
      seed: parsePositiveInt(flags.seed, "--seed", { allowZero: true }),
      ...(validator ? { validator } : {}),
      onUnit: (done, total, name) => progress.update(done, total, { unit: name }),
      ...(backend ? { llm: { backend } } : {}),
    }).finally(() => backend?.dispose());
    progress.stop();
    if (globals.json) printJson({ llvmVersion: session.toolchain.version.full, source: flags.suite ?? `${flags.dataset}:${flags.split}`, ...(backend ? { llm: backend.description } : {}), ...result });
    else render(result);
    return 0;
  } finally {
    progress.stop();
    session.close();
  }
}

/** --exclude-group: a group the model has no modules of is most likely a typo, so it is an error. */
function withoutGroups(predictor: Predictor, list: string): Predictor {
  const groups = list.split(",").map((g) => sourcePackage(g.trim()));
  const known = new Set(predictor.data.modules.map((m) => m.group));
  const unknown = groups.filter((g) => !known.has(g));
  if (unknown.length > 0) throw new PasswiseError("bad-option", `--exclude-group: the model has no training modules in group ${unknown.map((g) => `'${g}'`).join(", ")} (its groups: ${[...known].sort().join(", ")})`);
  return predictor.withoutGroups(groups);
}

function render(result: FlagTuningEvaluation): void {
  const skipped = result.units.filter((u) => u.ozSize === null).length;
  console.log(`${result.units.length} units (${skipped} could not be evaluated and count as -Oz)${result.autotunerBudget ? `; autotuner: default strategy, ${result.autotunerBudget} evaluations per unit, minimized` : ""}`);
  console.log(
    formatTable(
      ["method", "mean vs -Oz", "geomean vs -Oz", "smaller", "larger", "compilations", "failed", "of autotuner"],
      result.methods.map((m) => [
        m.method,
        `${m.meanReduction.toFixed(2)}%`,
        `${m.geomeanReduction.toFixed(2)}%`,
        `${m.smallerShare.toFixed(0)}%`,
        `${m.largerShare.toFixed(0)}%`,
        String(m.compilations),
        String(m.failed),
        m.shareOfAutotunerGain === null ? "-" : `${m.shareOfAutotunerGain.toFixed(0)}%`,
      ]),
    ),
  );
  const p = result.sizePrediction;
  if (p) {
    const mape = (v: number | null, n: number) => (v === null ? "-" : `${v.toFixed(3)} (${n} answers)`);
    console.log(`LLM binary-size prediction MAPE: unoptimized ${mape(p.unoptimizedMape, p.unoptimizedCount)}, optimized ${mape(p.optimizedMape, p.optimizedCount)}`);
  }
}
