import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { readFile } from "node:fs/promises";
import { DEFAULT_PIPELINES_PER_MODULE, generateRegressionRows } from "../../dataset/regression-rows.js";
import { PasswiseError } from "../../errors.js";
import type { GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { openSession, parsePositiveInt, parseSeconds } from "../session.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface RegressionFlags {
  corpus: string;
  out: string;
  rows: string;
  seed: string;
  pipelines: string;
  library?: string;
  jobs?: string;
  db?: string;
  timeout: string;
}

/** `passwise dataset regression`: regression.jsonl rows without tuning (for the RLM). */
export function registerDatasetRegression(dataset: Command, run: Runner): void {
  dataset
    .command("regression")
    .description("Write regression.jsonl rows fast, without tuning: corpus modules compiled unoptimized and with seed/library/random pipelines")
    .requiredOption("-c, --corpus <name>", "corpus to sample from")
    .requiredOption("-o, --out <file>", "output JSONL file")
    .option("--rows <n>", "rows to aim for", "2000")
    .option("--seed <n>", "random seed", "1")
    .option("--pipelines <n>", "pipelines per module (besides the unoptimized row)", String(DEFAULT_PIPELINES_PER_MODULE))
    .option("--library <file>", "a text file of pipelines (one per line) to draw from, e.g. a broadcast library")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .option("--timeout <seconds>", "time limit per tool run", "60")
    .addHelpText("after", "\nExample:\n  passwise dataset regression --corpus default --out data/regression.jsonl --rows 4000 --seed 1\n")
    .action((flags: RegressionFlags) => run((globals) => regressionCommand(flags, globals)));
}

async function regressionCommand(flags: RegressionFlags, globals: GlobalOptions): Promise<number> {
  const rows = parsePositiveInt(flags.rows, "--rows");
  const seed = parsePositiveInt(flags.seed, "--seed", { allowZero: true });
  const pipelinesPerModule = parsePositiveInt(flags.pipelines, "--pipelines", { allowZero: true });
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  let library: string[] = [];
  if (flags.library !== undefined) {
    const text = await readFile(flags.library, "utf8").catch(() => {
      throw new PasswiseError("bad-input", `${flags.library}: cannot read the pipeline library`);
    });
    library = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith("#"));
  }
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), timeoutMs: parseSeconds(flags.timeout, "--timeout") * 1000, jobs });
  if (session.store === undefined) throw new PasswiseError("store-error", "dataset regression needs the results store (the corpus lives there)");
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once("SIGINT", onSigint);
  const progress = createTaskProgress("regression", { quiet: globals.quiet });
  try {
    const result = await generateRegressionRows({
      corpus: flags.corpus,
      corpusStore: session.store.corpus,
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      out: flags.out,
      rows,
      seed,
      pipelinesPerModule,
      library,
      jobs,
      signal: abort.signal,
      onProgress: (done, total, written) => progress.update(done, total, { rows: written }),
    });
    progress.stop();
    if (globals.json) printJson(result);
    else
      console.log(
        `${result.out}: ${result.rows} rows from ${result.modules} modules (${result.failed} evaluations failed), ` +
          `train ${result.splits.train} / validation ${result.splits.validation} / test ${result.splits.test}, LLVM ${result.llvmVersion}, ${(result.elapsedMs / 1000).toFixed(0)} s; corpus digest ${result.corpusDigest}`,
      );
    return 0;
  } finally {
    progress.stop();
    process.removeListener("SIGINT", onSigint);
    session.close();
  }
}
