import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { irModuleFromText, languageOf, loadModule, type IrModule } from "../llvm/ir-module.js";
import { readElfSizes } from "../llvm/elf-sizes.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { isExecutable, toolPath, type Toolchain } from "../llvm/toolchain.js";
import { linkExecutable, lower, optimize, runFailure, runProgram, type StageFailure } from "../verify/build-and-run.js";

/** A runnable program: one or more sources linked into one module (e.g. a suite program's solution and test). */
export interface RunnableProgram {
  name: string;
  sources: readonly string[];
  /** Extra clang flags, e.g. include directories. */
  frontendFlags?: readonly string[];
  args?: readonly string[];
  stdin?: string;
  /** Where the program came from, for dataset rows (default: its source paths). */
  origin?: string;
}

/**
 * Runtime metrics of a program built with a pipeline. Both come from valgrind and are
 * deterministic for a deterministic program: the same binary and input give the same numbers.
 */
export interface RunMetrics {
  /** Guest instructions executed (callgrind's `Ir`). */
  instructionsExecuted: number;
  /** Peak heap in bytes, allocator overhead included (massif's mem_heap_B + mem_heap_extra_B). */
  peakHeapBytes: number;
  /** text + data of the program's object file (the size passwise optimizes). */
  binarySize: number;
  /** Wall time of the native run, for information only (not deterministic). */
  nativeWallMs: number;
}

export type RunMetricsResult = { ok: true; module: IrModule; pipeline: string; metrics: RunMetrics } | { ok: false; module: IrModule | undefined; pipeline: string; failure: StageFailure };

export interface MeasureRunOptions {
  pipeline: string;
  /** valgrind's path (findValgrind()). */
  valgrind: string;
  timeoutMs?: number;
  /** Time limit of one run under valgrind, which is 20–100× slower than a native run. */
  valgrindTimeoutMs?: number;
}

/** Finds valgrind on the search path; its absence is a clear environment error. */
export async function findValgrind(searchPath = process.env.PATH ?? ""): Promise<string> {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, "valgrind");
    if (await isExecutable(candidate)) return candidate;
  }
  throw new PasswiseError("toolchain-missing", "valgrind is needed to measure instructions executed and peak memory (Debian: apt-get install valgrind)");
}

/** Links a program's sources into one unoptimized module: the text runtime metrics are predicted from. */
export async function programModule(toolchain: Toolchain, program: RunnableProgram, timeoutMs = 120_000): Promise<IrModule> {
  const modules = await Promise.all(program.sources.map((source) => loadModule(toolchain, source, { frontendFlags: [`-I${path.dirname(source)}`, ...(program.frontendFlags ?? [])], timeoutMs })));
  if (modules.length === 1) return { ...(modules[0] as IrModule), name: program.name };
  const dir = await mkdtemp(path.join(tmpdir(), "passwise-link-"));
  try {
    const files = await Promise.all(
      modules.map(async (module, i) => {
        const file = path.join(dir, `${i}.ll`);
        await writeFile(file, module.ir);
        return file;
      }),
    );
    const linked = await runTool(toolPath(toolchain, "llvm-link"), ["-S", ...files, "-o", "-"], { timeoutMs });
    if (linked.exitCode !== 0) throw new PasswiseError("bad-input", `${program.name}: llvm-link failed: ${firstDiagnosticLine(linked.stderr)}`, { diagnostic: linked.stderr });
    return irModuleFromText(linked.stdout.toString("utf8"), program.name);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Builds the program with the pipeline, checks that it runs cleanly, then measures it under valgrind. */
export async function measureRun(toolchain: Toolchain, program: RunnableProgram, options: MeasureRunOptions): Promise<RunMetricsResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const valgrindTimeoutMs = options.valgrindTimeoutMs ?? 300_000;
  const pipeline = options.pipeline;
  let module: IrModule | undefined;
  const dir = await mkdtemp(path.join(tmpdir(), "passwise-run-"));
  try {
    module = await programModule(toolchain, program, timeoutMs);
    const input = path.join(dir, "in.ll");
    await writeFile(input, module.ir);
    const bitcode = path.join(dir, "out.bc");
    const object = path.join(dir, "out.o");
    const executable = path.join(dir, "program");
    const language = program.sources.some((source) => languageOf(source) === "c++") ? "c++" : "c";
    const built =
      (await optimize(toolchain, pipeline, input, bitcode, timeoutMs)) ??
      (await lower(toolchain, bitcode, object, timeoutMs)) ??
      (await linkExecutable(toolchain, language, [object], executable, timeoutMs));
    if (built) return { ok: false, module, pipeline, failure: built };
    const sizes = readElfSizes(await readFile(object));
    const binarySize = sizes.textSize + sizes.dataSize;

    const runOptions = { ...(program.stdin === undefined ? {} : { stdin: program.stdin }), cwd: dir };
    const args = program.args ?? [];
    const native = await runProgram(executable, args, { timeoutMs, ...runOptions });
    const nativeFailure = runFailure(native, timeoutMs);
    if (nativeFailure) return { ok: false, module, pipeline, failure: nativeFailure };

    const callgrind = await runTool(options.valgrind, ["--tool=callgrind", "--callgrind-out-file=/dev/null", executable, ...args], { timeoutMs: valgrindTimeoutMs, ...runOptions });
    const collected = /Collected\s*:\s*(\d+)/.exec(callgrind.stderr);
    if (callgrind.exitCode !== 0 || !collected) return { ok: false, module, pipeline, failure: { stage: "run", reason: `valgrind (callgrind) failed: ${callgrind.timedOut ? "timed out" : firstDiagnosticLine(callgrind.stderr)}` } };

    const massifOut = path.join(dir, "massif.out");
    const massif = await runTool(options.valgrind, ["--tool=massif", `--massif-out-file=${massifOut}`, "--time-unit=B", executable, ...args], { timeoutMs: valgrindTimeoutMs, ...runOptions });
    if (massif.exitCode !== 0) return { ok: false, module, pipeline, failure: { stage: "run", reason: `valgrind (massif) failed: ${massif.timedOut ? "timed out" : firstDiagnosticLine(massif.stderr)}` } };
    const peakHeapBytes = peakHeapFromMassif(await readFile(massifOut, "utf8"));

    return { ok: true, module, pipeline, metrics: { instructionsExecuted: Number(collected[1]), peakHeapBytes, binarySize, nativeWallMs: native.wallMs } };
  } catch (error) {
    if (error instanceof PasswiseError && error.code !== "toolchain-missing") {
      return { ok: false, module, pipeline, failure: { stage: "prepare", reason: error.message } };
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The largest heap of any massif snapshot (useful bytes plus the allocator's extra). */
export function peakHeapFromMassif(text: string): number {
  let peak = 0;
  let heap = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("mem_heap_B=")) heap = Number(line.slice("mem_heap_B=".length));
    else if (line.startsWith("mem_heap_extra_B=")) peak = Math.max(peak, heap + Number(line.slice("mem_heap_extra_B=".length)));
  }
  return peak;
}
