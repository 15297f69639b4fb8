import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { PasswiseError } from "../../errors.js";
import { splitFlags } from "../../llvm/ir-module.js";
import { canonicalPipeline } from "../../passes/pipeline.js";
import { ResultsStore } from "../../store/results-store.js";
import { csmithTest } from "../../verify/csmith.js";
import { differentialTest } from "../../verify/differential.js";
import { PassListEval } from "../../verify/passlisteval.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { EXIT, printJson } from "../render/output.js";
import { cacheDir, defaultDbPath, parsePositiveInt } from "../session.js";
import { addVerifyOptions, runCases, type VerifyFlags } from "../verify-flags.js";

interface ValidateFlags extends VerifyFlags {
  passes: string;
  input?: string;
  suiteCheck: boolean;
  jobs?: string;
  db?: string;
}

export function registerValidate(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  const command = program
    .command("validate")
    .description("Check that a pipeline compiles programs correctly: PassListEval suite, differential testing of your program, csmith")
    .requiredOption("-p, --passes <pipeline>", "the pipeline to check, as `opt -passes=` takes it")
    .option("--input <program>", "your runnable C/C++ program, for differential testing with --run/--stdin")
    .option("--no-suite-check", "skip the PassListEval suite")
    .option("-j, --jobs <n>", "programs built and run in parallel (default: number of cores)")
    .option("--db <file>", "results store for verdicts (default ~/.passwise/passwise.db)")
    .option("--frontend-flags <flags>", "extra clang flags for --input");
  addVerifyOptions(command)
    .addHelpText("after", "\nExamples:\n  passwise validate --passes 'default<Oz>,function(sroa)' --json\n  passwise validate --passes P --input prog.c --run '--size 10' --run '' --csmith 20\n")
    .action((flags: ValidateFlags) => run((globals) => validateCommand(flags, globals)));
}

async function validateCommand(flags: ValidateFlags, globals: GlobalOptions): Promise<number> {
  const pipeline = canonicalPipeline(flags.passes);
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const runs = runCases(flags);
  if (runs.length > 0 && flags.input === undefined) throw new PasswiseError("bad-option", "--run/--stdin need --input <program>");
  const toolchain = await cliToolchain(globals);
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  try {
    const report: Record<string, unknown> = { pipeline, llvmVersion: toolchain.version.full };
    let valid = true;
    let seconds = 0;
    if (flags.suiteCheck) {
      const ple = await PassListEval.create(toolchain, { cacheDir: cacheDir(), jobs, store, ...(flags.suite ? { suiteDir: flags.suite } : {}) });
      if (!globals.quiet && !globals.json) process.stderr.write(`passlisteval: ${ple.suite.programs.length} programs (suite ${ple.suite.version})\n`);
      const result = await ple.evaluate(pipeline);
      valid &&= result.valid;
      seconds += result.seconds;
      Object.assign(report, { programs: result.programs, suiteVersion: result.suiteVersion, failures: result.failures, fromCache: result.fromCache });
      if (!globals.json) {
        console.log(`PassListEval: ${result.valid ? "PASS" : "FAIL"} — ${result.programs - result.failures.length}/${result.programs} programs pass (${result.seconds.toFixed(1)} s${result.fromCache ? ", cached verdict" : ""})`);
        for (const f of result.failures) console.log(`  ${f.program}: ${f.stage}: ${f.reason}`);
      }
    }
    if (flags.input !== undefined) {
      const result = await differentialTest(toolchain, flags.input, pipeline, {
        runs,
        ...(flags.frontendFlags ? { frontend: { frontendFlags: splitFlags(flags.frontendFlags) } } : {}),
      });
      valid &&= result.valid;
      seconds += result.seconds;
      report.differential = result;
      if (!globals.json) {
        console.log(`differential (${flags.input} vs -O0 and -O2, ${result.cases} runs): ${result.valid ? "PASS" : "FAIL"}`);
        for (const f of result.failures) console.log(`  ${f.stage}: ${f.reason}`);
      }
    }
    if (flags.csmith !== undefined) {
      const result = await csmithTest(toolchain, pipeline, {
        count: parsePositiveInt(flags.csmith, "--csmith"),
        firstSeed: parsePositiveInt(flags.csmithSeed ?? "1", "--csmith-seed"),
        jobs,
        ...(flags.keep ? { keepDir: flags.keep } : {}),
      });
      valid &&= result.valid;
      seconds += result.seconds;
      report.csmith = result;
      if (!globals.json) {
        console.log(`csmith: ${result.valid ? "PASS" : "FAIL"} — ${result.programs - result.skipped - result.failures.length}/${result.programs - result.skipped} programs agree with -O0 (${result.skipped} skipped)`);
        for (const f of result.failures) console.log(`  seed ${f.seed}: ${f.stage}: ${f.reason}${f.reproducer ? ` (kept: ${f.reproducer})` : ""}`);
      }
    }
    if (!flags.suiteCheck && flags.input === undefined && flags.csmith === undefined) {
      throw new PasswiseError("bad-option", "nothing to check: the suite is off and no --input or --csmith was given");
    }
    report.valid = valid;
    report.seconds = Number(seconds.toFixed(2));
    if (globals.json) printJson(report);
    else console.log(valid ? `valid: ${pipeline}` : `INVALID: ${pipeline}`);
    return valid ? 0 : EXIT.failed;
  } finally {
    store.close();
  }
}
