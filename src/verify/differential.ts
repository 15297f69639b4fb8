import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { languageOf, loadModule, sha256, type LoadModuleOptions } from "../llvm/ir-module.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { canonicalPipeline } from "../passes/pipeline.js";
import { linkExecutable, lower, optimize, runProgram, type ProgramStage, type RunOutcome } from "./build-and-run.js";

/** One way to run the user's program: its arguments and, optionally, a file fed to stdin. */
export interface RunCase {
  args: string[];
  stdinFile?: string;
}

export interface DifferentialFailure {
  stage: ProgramStage | "compare";
  reason: string;
  runCase?: RunCase;
}

export interface DifferentialResult {
  valid: boolean;
  pipeline: string;
  references: ("O0" | "O2")[];
  cases: number;
  failures: DifferentialFailure[];
  seconds: number;
}

export interface DifferentialOptions {
  runs: RunCase[];
  frontend?: LoadModuleOptions;
  runTimeoutMs?: number;
  toolTimeoutMs?: number;
}

/**
 * Differential testing of a runnable program: build it with the candidate pipeline and at -O0
 * and -O2 (plain clang), run every case, and reject the candidate when its stdout, exit code or
 * crash behaviour differs from the references (the paper compared final binaries with -O2).
 */
export async function differentialTest(toolchain: Toolchain, source: string, pipelineText: string, options: DifferentialOptions): Promise<DifferentialResult> {
  const started = performance.now();
  const pipeline = canonicalPipeline(pipelineText);
  const language = languageOf(source);
  if (language !== "c" && language !== "c++") {
    throw new PasswiseError("bad-input", `${source}: differential testing needs a C or C++ program with main()`);
  }
  const runs = options.runs.length > 0 ? options.runs : [{ args: [] }];
  const toolTimeout = options.toolTimeoutMs ?? 120_000;
  const runTimeout = options.runTimeoutMs ?? 10_000;
  const work = await mkdtemp(path.join(tmpdir(), "passwise-diff-"));
  const failures: DifferentialFailure[] = [];
  try {
    const references = await buildReferences(toolchain, source, language, work, options.frontend ?? {}, toolTimeout);
    const module = await loadModule(toolchain, source, options.frontend ?? {});
    const input = path.join(work, "input.ll");
    await writeFile(input, module.ir);
    const built =
      (await optimize(toolchain, pipeline, input, path.join(work, "candidate.bc"), toolTimeout)) ??
      (await lower(toolchain, path.join(work, "candidate.bc"), path.join(work, "candidate.o"), toolTimeout)) ??
      (await linkExecutable(toolchain, language, [path.join(work, "candidate.o")], path.join(work, "candidate"), toolTimeout));
    if (built !== undefined) {
      failures.push(built);
    } else {
      for (const runCase of runs) {
        const stdin = runCase.stdinFile === undefined ? undefined : await readStdin(runCase.stdinFile);
        const run = (exe: string) => runProgram(exe, runCase.args, { timeoutMs: runTimeout, ...(stdin === undefined ? {} : { stdin }), cwd: work });
        const expected = await run(references.O2);
        const baseline = await run(references.O0);
        if (!sameBehaviour(expected, baseline)) {
          throw new PasswiseError("bad-input", `${source}: -O0 and -O2 builds disagree on ${describeCase(runCase)}; the program is not deterministic or has undefined behaviour`);
        }
        const actual = await run(path.join(work, "candidate"));
        const difference = describeDifference(expected, actual);
        if (difference !== undefined) failures.push({ stage: "compare", reason: `${describeCase(runCase)}: ${difference}`, runCase });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { valid: failures.length === 0, pipeline, references: ["O0", "O2"], cases: runs.length, failures, seconds: (performance.now() - started) / 1000 };
}

async function buildReferences(toolchain: Toolchain, source: string, language: "c" | "c++", work: string, frontend: LoadModuleOptions, timeoutMs: number) {
  const driver = toolPath(toolchain, language === "c++" ? "clang++" : "clang");
  const out = { O0: path.join(work, "ref-O0"), O2: path.join(work, "ref-O2") };
  for (const level of ["O0", "O2"] as const) {
    const result = await runTool(driver, [`-${level}`, ...(frontend.frontendFlags ?? []), path.resolve(source), "-lm", "-o", out[level]], { timeoutMs });
    if (result.exitCode !== 0) {
      throw new PasswiseError("frontend-failed", `${source}: the -${level} reference does not build: ${firstDiagnosticLine(result.stderr)}`);
    }
  }
  return out;
}

async function readStdin(file: string): Promise<Buffer> {
  const { readFile } = await import("node:fs/promises");
  try {
    return await readFile(file);
  } catch (error) {
    throw new PasswiseError("unreadable-input", `cannot read --stdin file ${file}: ${(error as Error).message}`, { cause: error });
  }
}

function sameBehaviour(a: RunOutcome, b: RunOutcome): boolean {
  return describeDifference(a, b) === undefined;
}

function describeDifference(expected: RunOutcome, actual: RunOutcome): string | undefined {
  if (actual.timedOut && !expected.timedOut) return "the candidate build timed out";
  if (actual.signal !== expected.signal) return `the candidate build ${actual.signal ? `was killed by ${actual.signal}` : "exited normally"} where the reference ${expected.signal ? `was killed by ${expected.signal}` : "exited normally"}`;
  if (actual.exitCode !== expected.exitCode) return `exit code ${actual.exitCode}, expected ${expected.exitCode}`;
  if (actual.stdout !== expected.stdout) {
    const a = actual.stdout.split("\n");
    const e = expected.stdout.split("\n");
    const line = e.findIndex((text, i) => text !== a[i]);
    return `stdout differs at line ${line + 1}: expected ${JSON.stringify(e[line] ?? "")}, got ${JSON.stringify(a[line] ?? "")}`;
  }
  return undefined;
}

function describeCase(runCase: RunCase): string {
  return `run [${runCase.args.join(" ")}]${runCase.stdinFile ? ` < ${runCase.stdinFile}` : ""}`;
}

/** Identifies a differential check in the results store. */
export function differentialCheckName(sourceText: string, runs: readonly RunCase[]): string {
  return `differential@${sha256(sourceText + JSON.stringify(runs)).slice(0, 16)}`;
}
