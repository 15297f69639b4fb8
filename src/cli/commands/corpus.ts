import type { Command } from "commander";
import { availableParallelism } from "node:os";
import path from "node:path";
import { addSource, type AddSourceResult } from "../../corpus/corpus.js";
import { corpusStats, type CorpusStats } from "../../corpus/stats.js";
import { PasswiseError } from "../../errors.js";
import type { CorpusStore } from "../../store/corpus-store.js";
import { ResultsStore } from "../../store/results-store.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { defaultDbPath, parsePositiveInt, parseSeconds, passwiseHome } from "../session.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface AddFlags {
  name: string;
  db?: string;
  jobs?: string;
  tokenBudget: string;
  workDir?: string;
  timeout: string;
}

export function registerCorpus(program: Command, run: Runner): void {
  const corpus = program.command("corpus").description("Build corpora of unoptimized IR modules from real code");
  corpus
    .command("add")
    .description("Add C/C++ code to a corpus: a directory, a compile_commands.json, or a Debian source package (debian:<name>)")
    .argument("<source...>", "directories, compile_commands.json files, C/C++ or LLVM IR (.ll/.bc) files, or debian:<package>")
    .option("-n, --name <name>", "corpus name", "default")
    .option("--db <file>", "results store holding the corpus (default ~/.passwise/passwise.db)")
    .option("-j, --jobs <n>", "files compiled in parallel (default: number of cores)")
    .option("--token-budget <n>", "modules over this many tokens are split per function (paper: 15000)", "15000")
    .option("--work-dir <dir>", "where Debian sources are unpacked and built (default ~/.passwise/debian)")
    .option("--timeout <seconds>", "time limit per frontend run", "120")
    .addHelpText("after", "\nExamples:\n  passwise corpus add examples --name demo\n  passwise corpus add build/compile_commands.json --name mylib\n  passwise corpus add debian:zlib debian:lz4 --name debian\n")
    .action((sources: string[], flags: AddFlags) => run((globals) => addCommand(sources, flags, globals)));
  corpus
    .command("stats")
    .description("Modules, functions, IR instructions and token lengths of a corpus")
    .option("-n, --name <name>", "corpus name", "default")
    .option("--db <file>", "results store holding the corpus")
    .option("--failures", "list the files that did not compile, with the reason")
    .action((flags: { name: string; db?: string; failures?: boolean }) => run((globals) => statsCommand(flags, globals)));
  corpus
    .command("list")
    .description("The corpora in the store, with their modules and sources")
    .option("--db <file>", "results store holding the corpora")
    .action((flags: { db?: string }) => run((globals) => listCommand(flags, globals)));
  corpus
    .command("remove")
    .description("Remove sources (their modules and failures) from a corpus, or the whole corpus with --all")
    .argument("[source...]", "sources as `corpus stats` lists them (debian:<name>, a directory's absolute path, …)")
    .option("-n, --name <name>", "corpus name", "default")
    .option("--all", "remove every source of the corpus")
    .option("--db <file>", "results store holding the corpus")
    .addHelpText("after", "\nAdding a source again replaces its modules with those of the new build; remove is for sources you no longer want.\n")
    .action((sources: string[], flags: { name: string; all?: boolean; db?: string }) => run((globals) => removeCommand(sources, flags, globals)));
}

async function addCommand(sources: string[], flags: AddFlags, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const tokenBudget = parsePositiveInt(flags.tokenBudget, "--token-budget");
  const timeoutMs = parseSeconds(flags.timeout, "--timeout") * 1000;
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  const results: AddSourceResult[] = [];
  try {
    for (const source of sources) {
      const progress = createTaskProgress(path.basename(source), { quiet: globals.quiet });
      try {
        const result = await addSource(toolchain, store.corpus, source, {
          corpus: flags.name,
          jobs,
          tokenBudget,
          timeoutMs,
          workDir: flags.workDir ?? path.join(passwiseHome(), "debian"),
          onProgress: (done, total, file) => progress.update(done, total, { file }),
          onLog: (line) => progress.log(`${source}: ${line}`),
        });
        results.push(result);
      } finally {
        progress.stop();
      }
      const last = results.at(-1);
      if (last && !globals.json) {
        console.log(
          `${last.source}: ${last.filesFound} source files found, ${last.compiled} compiled (${last.method}), ${last.added} modules added, ${last.duplicates} duplicates, ${last.split} split per function, ${last.failures.length} failed${last.removed > 0 ? `, ${last.removed} modules of an earlier build removed` : ""}`,
        );
        for (const failure of last.failures.slice(0, 5)) console.log(`  ${failure.origin}: ${failure.reason.split("\n")[0]}`);
        if (last.failures.length > 5) console.log(`  … ${last.failures.length - 5} more (passwise corpus stats --failures --name ${flags.name})`);
      }
    }
    if (globals.json) printJson({ corpus: flags.name, sources: results });
    return 0;
  } finally {
    store.close();
  }
}

async function statsCommand(flags: { name: string; db?: string; failures?: boolean }, globals: GlobalOptions): Promise<number> {
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  try {
    requireCorpus(store.corpus, flags.name);
    const stats = corpusStats(store.corpus, flags.name);
    const failures = flags.failures ? store.corpus.failures(flags.name) : undefined;
    if (globals.json) {
      printJson({ ...stats, ...(failures ? { failureList: failures } : {}) });
      return 0;
    }
    renderStats(stats);
    for (const failure of failures ?? []) console.log(`  ${failure.source} ${failure.origin}: ${failure.reason.split("\n")[0]}`);
    return 0;
  } finally {
    store.close();
  }
}

async function listCommand(flags: { db?: string }, globals: GlobalOptions): Promise<number> {
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  try {
    const corpora = store.corpus.corpora().map(({ corpus, modules }) => ({ corpus, modules, sources: store.corpus.sourceNames(corpus) }));
    if (globals.json) printJson({ corpora });
    else if (corpora.length === 0) console.log("no corpora yet (add one with: passwise corpus add <dir> --name <name>)");
    else console.log(formatTable(["corpus", "modules", "sources (names: corpus stats --name N)"], corpora.map((c) => [c.corpus, String(c.modules), String(c.sources.length)])));
    return 0;
  } finally {
    store.close();
  }
}

async function removeCommand(sources: string[], flags: { name: string; all?: boolean; db?: string }, globals: GlobalOptions): Promise<number> {
  if (flags.all && sources.length > 0) throw new PasswiseError("bad-option", "name sources or give --all, not both");
  if (!flags.all && sources.length === 0) throw new PasswiseError("bad-option", `name the sources to remove from corpus '${flags.name}', or give --all to remove the corpus`);
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  try {
    requireCorpus(store.corpus, flags.name);
    const known = store.corpus.sourceNames(flags.name);
    const unknown = sources.filter((s) => !known.includes(s));
    if (unknown.length > 0) {
      throw new PasswiseError("bad-input", `corpus '${flags.name}' has no source ${unknown.map((s) => `'${s}'`).join(", ")}; its sources: ${known.join(", ")}`);
    }
    const removed = (flags.all ? known : sources).map((source) => ({ source, modules: store.corpus.removeSource(flags.name, source) }));
    if (globals.json) printJson({ corpus: flags.name, removed });
    else for (const r of removed) console.log(`${r.source}: ${r.modules} modules removed from corpus ${flags.name}`);
    return 0;
  } finally {
    store.close();
  }
}

/** A corpus name the store does not know is most likely a typo: say which ones it does know. */
function requireCorpus(store: CorpusStore, corpus: string): void {
  if (store.exists(corpus)) return;
  const known = store.corpora().map((c) => `${c.corpus} (${c.modules} modules)`);
  throw new PasswiseError("bad-input", `no corpus '${corpus}' in the store; ${known.length === 0 ? "it holds none yet (add one with: passwise corpus add <dir> --name " + corpus + ")" : `it holds: ${known.join(", ")}`}`);
}

function renderStats(stats: CorpusStats): void {
  console.log(`corpus ${stats.corpus}: ${stats.modules} modules (${stats.splitParts} split out of larger units) in ${stats.groups} groups`);
  console.log(`  functions ${stats.functions}, IR instructions ${stats.irInstructions}, tokens ~${stats.tokens}`);
  const t = stats.tokenLengths;
  if (t) console.log(`  tokens per module: min ${t.min}, p10 ${t.p10}, median ${t.median}, p90 ${t.p90}, max ${t.max}, mean ${t.mean.toFixed(0)}`);
  console.log(`  token-length histogram: ${stats.tokenHistogram.map((b) => `${b.upTo === null ? ">15000" : `≤${b.upTo}`}: ${b.modules}`).join(", ")}`);
  if (stats.sources.length > 0) {
    const rows = stats.sources.map((s) => [s.source, String(s.filesFound), String(s.compiled), String(s.modules), s.digest.slice(0, 12), s.version ?? ""]);
    console.log(formatTable(["source", "files", "compiled", "modules", "digest", "version"], rows));
  }
  console.log(`  files that did not compile: ${stats.failures}`);
  console.log(`  digest (sha256 of the sorted module hashes): ${stats.digest}`);
}
