import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { frontendArgs } from "../llvm/ir-module.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { canonicalPipeline } from "../passes/pipeline.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import { linkExecutable, lower, optimize, runProgram, type ProgramStage } from "./build-and-run.js";

export interface CsmithFailure {
  seed: number;
  stage: ProgramStage | "compare";
  reason: string;
  /** The generated program, kept to reproduce the failure. */
  reproducer?: string;
}

export interface CsmithResult {
  valid: boolean;
  pipeline: string;
  programs: number;
  /** Programs whose -O0 reference itself did not finish in time (no verdict). */
  skipped: number;
  failures: CsmithFailure[];
  seconds: number;
}

export interface CsmithOptions {
  count: number;
  /** First csmith seed; program i uses firstSeed + i, so runs are reproducible. */
  firstSeed?: number;
  /** Where failing programs are kept (default: ./passwise-csmith-failures). */
  keepDir?: string;
  jobs?: number;
  runTimeoutMs?: number;
  csmithPath?: string;
  includeDir?: string;
}

const CSMITH_CANDIDATES = ["/usr/bin/csmith", "/usr/local/bin/csmith"];
const INCLUDE_CANDIDATES = ["/usr/include/csmith", "/usr/local/include/csmith", "/usr/include/csmith-2.3.0"];

/**
 * Random-program testing: csmith programs print a checksum of their global state; one built with
 * the candidate pipeline must print the same checksum as one built at -O0.
 */
export async function csmithTest(toolchain: Toolchain, pipelineText: string, options: CsmithOptions): Promise<CsmithResult> {
  const started = performance.now();
  const pipeline = canonicalPipeline(pipelineText);
  const { csmith, includeDir } = locateCsmith(options);
  const runTimeout = options.runTimeoutMs ?? 5_000;
  const work = await mkdtemp(path.join(tmpdir(), "passwise-csmith-"));
  const firstSeed = options.firstSeed ?? 1;
  let skipped = 0;
  try {
    const verdicts = await mapWithConcurrency(
      Array.from({ length: options.count }, (_, i) => firstSeed + i),
      options.jobs ?? 2,
      async (seed): Promise<CsmithFailure | "skipped" | undefined> => {
        const dir = path.join(work, String(seed));
        await mkdir(dir);
        const generated = await generateCsmithProgram(toolchain, { csmith, includeDir }, seed, dir, runTimeout);
        if (generated === undefined) return "skipped";
        const { source, expectedStdout } = generated;
        const clang = toolPath(toolchain, "clang");
        const ir = await runTool(clang, frontendArgs(source, "c", { frontendFlags: ["-w", `-I${includeDir}`] }), { timeoutMs: 120_000, cwd: dir });
        if (ir.exitCode !== 0) return { seed, stage: "prepare", reason: firstDiagnosticLine(ir.stderr) };
        await writeFile(path.join(dir, "input.ll"), ir.stdout);
        const failed =
          (await optimize(toolchain, pipeline, path.join(dir, "input.ll"), path.join(dir, "c.bc"), 120_000)) ??
          (await lower(toolchain, path.join(dir, "c.bc"), path.join(dir, "c.o"), 120_000)) ??
          (await linkExecutable(toolchain, "c", [path.join(dir, "c.o")], path.join(dir, "candidate"), 120_000));
        let failure: CsmithFailure | undefined = failed === undefined ? undefined : { seed, ...failed };
        if (failure === undefined) {
          const actual = await runProgram(path.join(dir, "candidate"), [], { timeoutMs: runTimeout * 4 });
          if (actual.timedOut) failure = { seed, stage: "run", reason: "timeout: the candidate build hangs where -O0 finishes" };
          else if (actual.signal !== null) failure = { seed, stage: "run", reason: `crashed: killed by ${actual.signal}` };
          else if (actual.stdout !== expectedStdout) failure = { seed, stage: "compare", reason: `checksum differs: expected ${expectedStdout.trim()}, got ${actual.stdout.trim() || "(nothing)"}` };
        }
        if (failure !== undefined) failure.reproducer = await keepReproducer(source, seed, pipeline, failure, options.keepDir);
        return failure;
      },
    );
    const failures: CsmithFailure[] = [];
    for (const verdict of verdicts) {
      if (verdict === "skipped") skipped++;
      else if (verdict !== undefined) failures.push(verdict);
    }
    return { valid: failures.length === 0, pipeline, programs: options.count, skipped, failures, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface CsmithInstall {
  csmith: string;
  /** Directory holding csmith.h, which generated programs include. */
  includeDir: string;
}

/** Where csmith and its header are; their absence is a clear environment error. */
export function locateCsmith(options: { csmithPath?: string; includeDir?: string } = {}): CsmithInstall {
  const csmith = options.csmithPath ?? CSMITH_CANDIDATES.find((file) => existsSync(file));
  const includeDir = options.includeDir ?? INCLUDE_CANDIDATES.find((dir) => existsSync(path.join(dir, "csmith.h")));
  if (csmith === undefined || includeDir === undefined) {
    throw new PasswiseError("toolchain-missing", "csmith is not installed; install it with: apt-get install -y csmith libcsmith-dev");
  }
  return { csmith, includeDir };
}

/**
 * Writes csmith's program for `seed` to DIR/program.c and runs it built at -O0. Returns the
 * source and the checksum it prints, or undefined when csmith or the -O0 build fails or the run
 * does not finish within `runTimeoutMs` (csmith programs may loop for a very long time).
 */
export async function generateCsmithProgram(toolchain: Toolchain, install: CsmithInstall, seed: number, dir: string, runTimeoutMs: number): Promise<{ source: string; expectedStdout: string } | undefined> {
  const source = path.join(dir, "program.c");
  const generated = await runTool(install.csmith, ["--seed", String(seed)], { timeoutMs: 60_000, cwd: dir });
  if (generated.exitCode !== 0) return undefined;
  await writeFile(source, generated.stdout);
  const reference = path.join(dir, "ref");
  const built = await runTool(toolPath(toolchain, "clang"), ["-O0", "-w", `-I${install.includeDir}`, source, "-o", reference], { timeoutMs: 120_000 });
  if (built.exitCode !== 0) return undefined;
  const expected = await runProgram(reference, [], { timeoutMs: runTimeoutMs });
  if (expected.timedOut || expected.exitCode !== 0) return undefined;
  return { source, expectedStdout: expected.stdout };
}

async function keepReproducer(source: string, seed: number, pipeline: string, failure: CsmithFailure, keepDir = "passwise-csmith-failures"): Promise<string> {
  await mkdir(keepDir, { recursive: true });
  const file = path.join(keepDir, `csmith-${seed}.c`);
  await copyFile(source, file);
  await writeFile(
    path.join(keepDir, `csmith-${seed}.txt`),
    `pipeline: ${pipeline}\nstage: ${failure.stage}\nreason: ${failure.reason}\n` +
      `reproduce: clang -Oz -Xclang -disable-llvm-passes -S -emit-llvm -w -I/usr/include/csmith ${path.basename(file)} -o in.ll && ` +
      `opt -passes='${pipeline}' in.ll -o out.bc && llc -filetype=obj out.bc -o out.o && clang -no-pie out.o -o candidate && ./candidate\n`,
  );
  return file;
}
