import { existsSync } from "node:fs";
import { runTool, firstDiagnosticLine, type RunToolResult } from "../llvm/run-tool.js";
import { executableLinker } from "../llvm/linker.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";

/** Where a program failed on its way from IR to a passing run. */
export type ProgramStage = "prepare" | "opt" | "llc" | "link" | "run";

export interface StageFailure {
  stage: ProgramStage;
  reason: string;
  /** The tool or program was killed at its time limit. */
  timedOut?: true;
}

// Suite programs run in well under 0.1 s; anything still running after 2 s is hung.
export const DEFAULT_RUN_TIMEOUT_MS = 2_000;
export const DEFAULT_MEMORY_LIMIT_MB = 1024;

/** Runs `opt -passes=P in -o out.bc`; undefined on success. */
export async function optimize(toolchain: Toolchain, pipeline: string, input: string, bitcode: string, timeoutMs: number): Promise<StageFailure | undefined> {
  const optArgs = pipeline === "" ? [input, "-o", bitcode] : [`-passes=${pipeline}`, input, "-o", bitcode];
  const opt = await runTool(toolPath(toolchain, "opt"), optArgs, { timeoutMs });
  if (opt.exitCode === 0) return undefined;
  return opt.timedOut ? { stage: "opt", reason: `opt timed out after ${timeoutMs / 1000} s`, timedOut: true } : { stage: "opt", reason: toolFailure("opt", opt) };
}

/** Runs `llc -filetype=obj` (the code generator at its default level); undefined on success. */
export async function lower(toolchain: Toolchain, bitcode: string, object: string, timeoutMs: number): Promise<StageFailure | undefined> {
  const llc = await runTool(toolPath(toolchain, "llc"), ["-filetype=obj", bitcode, "-o", object], { timeoutMs });
  return llc.exitCode === 0 ? undefined : { stage: "llc", reason: toolFailure("llc", llc) };
}

/** Links objects into an executable (non-PIE, since llc emits static-relocation code by default). */
export async function linkExecutable(toolchain: Toolchain, language: "c" | "c++", objects: readonly string[], output: string, timeoutMs: number): Promise<StageFailure | undefined> {
  const linker = await executableLinker(toolchain, language);
  const link = await runTool(linker.tool, linker.args(objects, output), { timeoutMs });
  if (link.exitCode !== 0) return { stage: "link", reason: toolFailure("link", link) };
  return undefined;
}

export interface RunOutcome {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  wallMs: number;
}

/** Runs a test program under a time limit and an address-space limit (prlimit, when present). */
export async function runProgram(
  executable: string,
  args: readonly string[],
  options: { timeoutMs: number; memoryLimitMb?: number; stdin?: string | Buffer; cwd?: string },
): Promise<RunOutcome> {
  const limitBytes = (options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB) * 1024 * 1024;
  const [program, argv] = PRLIMIT ? [PRLIMIT, [`--as=${limitBytes}`, "--", executable, ...args]] : [executable, [...args]];
  const result = await runTool(program, argv, {
    timeoutMs: options.timeoutMs,
    maxOutputBytes: 16 * 1024 * 1024,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  return {
    exitCode: result.exitCode,
    signal: result.signal,
    stdout: result.stdout.toString("utf8"),
    stderr: result.stderr,
    timedOut: result.timedOut,
    wallMs: result.wallMs,
  };
}

/** Why a test run did not pass, or undefined when it exited 0. */
export function runFailure(outcome: RunOutcome, timeoutMs: number): StageFailure | undefined {
  if (outcome.timedOut) return { stage: "run", reason: `timeout: still running after ${timeoutMs / 1000} s (killed)` };
  if (outcome.signal !== null) return { stage: "run", reason: `crashed: killed by ${outcome.signal}` };
  if (outcome.exitCode !== 0) {
    const failed = outcome.stderr.split("\n").find((line) => line.startsWith("CHECK FAILED")) ?? firstDiagnosticLine(outcome.stderr);
    return { stage: "run", reason: `test failed (exit ${outcome.exitCode})${failed ? `: ${failed.trim()}` : ""}` };
  }
  return undefined;
}

function toolFailure(tool: string, result: RunToolResult): string {
  if (result.timedOut) return `${tool} timed out`;
  const how = result.signal !== null ? ` (killed by ${result.signal})` : "";
  return `${firstDiagnosticLine(result.stderr) || `${tool} failed`}${how}`;
}

/** util-linux's prlimit applies the memory limit; without it only the time limit holds. */
const PRLIMIT = ["/usr/bin/prlimit", "/bin/prlimit"].find((file) => existsSync(file));
