import { existsSync, statSync } from "node:fs";
import { appendFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { assignSplits } from "../../dataset/splits.js";
import { PasswiseError } from "../../errors.js";
import { splitFlags } from "../../llvm/ir-module.js";
import { findValgrind, measureRun, type RunMetricsResult, type RunnableProgram } from "../../measure/run-metrics.js";
import type { Toolchain } from "../../llvm/toolchain.js";
import { OZ_PIPELINE } from "../../passes/pipeline.js";
import { mapWithConcurrency } from "../../search/concurrency.js";
import { generateCsmithProgram, locateCsmith } from "../../verify/csmith.js";
import { BUNDLED_SUITE_DIR, languageStd, loadSuite, suiteProgramAt } from "../../verify/suite.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { parsePositiveInt } from "../session.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface MeasureRunFlags {
  passes: string[];
  suite?: string;
  args?: string;
  stdin?: string;
  out?: string;
  jobs: string;
  frontendFlags?: string;
  timeout: string;
  csmith?: string;
  csmithSeed: string;
}

export function registerMeasureRun(program: Command, run: Runner): void {
  program
    .command("measure-run")
    .description("Build runnable programs with pipelines and measure instructions executed and peak heap under valgrind (deterministic)")
    .argument("[program...]", "a C/C++ program with main, or a suite program directory (solution + test)")
    .option("-p, --passes <pipeline>", "pipeline to build with (repeatable; default: no passes and -Oz)", (value: string, all: string[] = []) => [...all, value])
    .option("--suite <dir>", "measure every program of a PassListEval-style suite directory")
    .option("--args <args>", "command-line arguments of a standalone program's run")
    .option("--stdin <file>", "a file fed to a standalone program's stdin")
    .option("-o, --out <file.jsonl>", "append one regression row per program and pipeline (task \"runtime\")")
    .option("-j, --jobs <n>", "programs measured in parallel", "2")
    .option("--frontend-flags <flags>", "extra clang flags")
    .option("--timeout <seconds>", "time limit of one valgrind run", "300")
    .option("--csmith <count>", "also measure COUNT random csmith programs (those whose -O0 build runs within 1 s)")
    .option("--csmith-seed <seed>", "csmith seed of the first generated program (program i uses SEED + i)", "1")
    .addHelpText("after", "\nExamples:\n  passwise measure-run examples/crc32.c --passes 'default<Oz>' --json\n  passwise measure-run --suite suite --out runtime.jsonl\n  passwise measure-run --csmith 100 --passes '' --passes 'default<Oz>' --out runtime.jsonl\n")
    .action((programs: string[], flags: MeasureRunFlags) => run((globals) => measureRunCommand(programs, flags, globals)));
}

async function measureRunCommand(inputs: string[], flags: MeasureRunFlags, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const valgrind = await findValgrind();
  const jobs = parsePositiveInt(flags.jobs, "--jobs");
  const valgrindTimeoutMs = parsePositiveInt(flags.timeout, "--timeout") * 1000;
  const pipelines = flags.passes ?? ["", OZ_PIPELINE];
  const csmithCount = flags.csmith === undefined ? 0 : parsePositiveInt(flags.csmith, "--csmith");
  const csmithSeed = parsePositiveInt(flags.csmithSeed, "--csmith-seed", { allowZero: true });
  const csmithDir = csmithCount > 0 ? await mkdtemp(path.join(tmpdir(), "passwise-measure-csmith-")) : undefined;
  try {
    const programs = await collectPrograms(inputs, flags);
    if (csmithDir !== undefined) programs.push(...(await csmithPrograms(toolchain, csmithCount, csmithSeed, csmithDir, jobs, globals)));
    if (programs.length === 0) throw new PasswiseError("bad-option", "nothing to measure: give programs, --suite DIR or --csmith N");
    return await measurePrograms(toolchain, programs, pipelines, { valgrind, valgrindTimeoutMs, jobs, out: flags.out }, globals);
  } finally {
    if (csmithDir !== undefined) await rm(csmithDir, { recursive: true, force: true });
  }
}

/**
 * Generates csmith programs for seeds first..first+count-1. Only those whose -O0 build finishes
 * within a second are kept: valgrind runs 20–100× slower than the native run.
 */
async function csmithPrograms(toolchain: Toolchain, count: number, firstSeed: number, dir: string, jobs: number, globals: GlobalOptions): Promise<RunnableProgram[]> {
  const install = locateCsmith();
  const progress = createTaskProgress("csmith", { quiet: globals.quiet });
  let done = 0;
  const generated = await mapWithConcurrency(
    Array.from({ length: count }, (_, i) => firstSeed + i),
    jobs,
    async (seed): Promise<RunnableProgram | undefined> => {
      const programDir = path.join(dir, String(seed));
      await mkdir(programDir);
      const program = await generateCsmithProgram(toolchain, install, seed, programDir, 1_000);
      progress.update(++done, count, { seed });
      if (program === undefined) return undefined;
      return { name: `csmith-${seed}`, sources: [program.source], frontendFlags: ["-w", `-I${install.includeDir}`], origin: `csmith --seed ${seed}` };
    },
  );
  progress.stop();
  const programs = generated.filter((p): p is RunnableProgram => p !== undefined);
  if (!globals.quiet && !globals.json) console.error(`csmith: ${programs.length} of ${count} programs run within 1 s at -O0 and are measured`);
  return programs;
}

interface MeasureSettings {
  valgrind: string;
  valgrindTimeoutMs: number;
  jobs: number;
  out: string | undefined;
}

async function measurePrograms(toolchain: Toolchain, programs: RunnableProgram[], pipelines: readonly string[], settings: MeasureSettings, globals: GlobalOptions): Promise<number> {
  const { valgrind, valgrindTimeoutMs, jobs } = settings;
  const flags = { out: settings.out };
  const splits = assignSplits(new Map(programs.map((p) => [p.name, 1])));

  const work = programs.flatMap((program) => pipelines.map((pipeline) => ({ program, pipeline })));
  const progress = createTaskProgress("measure-run", { quiet: globals.quiet });
  let done = 0;
  const results = await mapWithConcurrency(work, jobs, async ({ program, pipeline }) => {
    const result = await measureRun(toolchain, program, { pipeline, valgrind, valgrindTimeoutMs });
    progress.update(++done, work.length, { program: program.name });
    if (!result.ok) progress.log(`${program.name} [${pipeline || "no passes"}]: ${result.failure.stage}: ${result.failure.reason}`);
    return { program, result };
  });
  progress.stop();

  if (flags.out) {
    const rows = results.filter((r): r is { program: RunnableProgram; result: Extract<RunMetricsResult, { ok: true }> } => r.result.ok).map(({ program, result }) =>
      JSON.stringify({
        task: "runtime",
        name: program.name,
        origin: program.origin ?? program.sources.map((s) => path.relative(process.cwd(), s)).join(" "),
        group: program.name,
        split: splits.get(program.name) ?? "train",
        module_hash: result.module.hash,
        llvm_version: toolchain.version.full,
        x: result.module.ir,
        pipeline: result.pipeline,
        y: { instructions_executed: result.metrics.instructionsExecuted, peak_heap_bytes: result.metrics.peakHeapBytes, binary_size: result.metrics.binarySize },
      }),
    );
    if (rows.length > 0) await appendFile(flags.out, `${rows.join("\n")}\n`);
  }

  const summary = results.map(({ program, result }) =>
    result.ok
      ? { program: program.name, pipeline: result.pipeline, ok: true, ...result.metrics }
      : { program: program.name, pipeline: result.pipeline, ok: false, stage: result.failure.stage, reason: result.failure.reason },
  );
  if (globals.json) {
    printJson({ llvmVersion: toolchain.version.full, results: summary, ...(flags.out ? { out: flags.out } : {}) });
  } else {
    for (const row of summary) {
      const label = `${row.program} [${row.pipeline === "" ? "no passes" : row.pipeline}]`;
      if (row.ok && "instructionsExecuted" in row) {
        console.log(`${label}: ${row.instructionsExecuted.toLocaleString("en-US")} instructions, peak heap ${row.peakHeapBytes.toLocaleString("en-US")} B, binary ${row.binarySize} B`);
      } else if ("reason" in row) {
        console.log(`${label}: failed at ${row.stage}: ${row.reason}`);
      }
    }
    if (flags.out) console.log(`rows appended to ${flags.out}`);
  }
  return summary.some((row) => !row.ok) ? 1 : 0;
}

async function collectPrograms(inputs: readonly string[], flags: MeasureRunFlags): Promise<RunnableProgram[]> {
  const extraFlags = flags.frontendFlags ? splitFlags(flags.frontendFlags) : [];
  const stdin = flags.stdin === undefined ? undefined : await readFile(flags.stdin, "utf8");
  const programs: RunnableProgram[] = [];
  const addSuite = async (dir: string) => {
    const suite = await loadSuite(dir);
    for (const program of suite.programs) {
      programs.push({ name: program.name, sources: [program.solutionFile, program.testFile], frontendFlags: [`-I${suite.includeDir}`, languageStd(program.language), ...extraFlags] });
    }
  };
  if (flags.suite) await addSuite(flags.suite);
  for (const input of inputs) {
    if (!existsSync(input)) throw new PasswiseError("unreadable-input", `${input}: no such file or directory`);
    if (statSync(input).isDirectory()) {
      const program = suiteProgramAt(path.resolve(input));
      if (program === undefined) {
        await addSuite(input);
        continue;
      }
      const include = path.join(path.dirname(program.dir), "..", "include");
      const includeDir = existsSync(include) ? include : path.join(BUNDLED_SUITE_DIR, "include");
      programs.push({ name: program.name, sources: [program.solutionFile, program.testFile], frontendFlags: [`-I${includeDir}`, languageStd(program.language), ...extraFlags] });
      continue;
    }
    const args = flags.args ? splitFlags(flags.args) : [];
    programs.push({ name: path.basename(input), sources: [path.resolve(input)], frontendFlags: extraFlags, args, ...(stdin === undefined ? {} : { stdin }) });
  }
  return programs;
}
