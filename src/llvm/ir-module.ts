import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { readTargetTriple } from "./ir-reader.js";
import { firstDiagnosticLine, runTool } from "./run-tool.js";
import { toolPath, type Toolchain } from "./toolchain.js";

/** An LLVM-IR module in textual form, identified by the hash of its text. */
export interface IrModule {
  /** A human name: the input file's base name, or a function name for split modules. */
  name: string;
  ir: string;
  /** sha256 of the IR text (hex). */
  hash: string;
  /** The module's own triple; undefined means passwise lowers for x86-64 Linux. */
  targetTriple: string | undefined;
}

export type InputLanguage = "c" | "c++" | "llvm-ir" | "llvm-bc";

export const DEFAULT_TARGET = "x86_64-unknown-linux-gnu";
export const DEFAULT_FRONTEND_LEVEL = "Oz";
const FRONTEND_TIMEOUT_MS = 120_000;
/**
 * The frontend's environment beyond the caller's: `__DATE__` and `__TIME__` read
 * SOURCE_DATE_EPOCH, so a program that prints its build time (giflib's tools do) gives the same IR,
 * and the same module hash, on every build.
 */
export const FRONTEND_ENVIRONMENT = { SOURCE_DATE_EPOCH: "0" } as const;

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

export function irModuleFromText(ir: string, name: string): IrModule {
  return { name, ir, hash: sha256(ir), targetTriple: readTargetTriple(ir) };
}

export function languageOf(file: string): InputLanguage | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".c") return "c";
  if ([".cc", ".cpp", ".cxx", ".c++"].includes(ext)) return "c++";
  if (ext === ".ll") return "llvm-ir";
  if (ext === ".bc") return "llvm-bc";
  return undefined;
}

export interface LoadModuleOptions {
  /** Extra frontend flags such as -I, -D, -std=… (relative -I paths are taken from `cwd`). */
  frontendFlags?: readonly string[];
  /** Frontend optimization level; LLVM passes stay disabled whatever it is. Default Oz. */
  frontendLevel?: string;
  /** Directory relative paths in flags are resolved against (default: process.cwd()). */
  cwd?: string;
  timeoutMs?: number;
}

/**
 * Reads an input file as an unoptimized IR module. C and C++ go through the frontend the way
 * LLM Compiler's inputs were made: `-Oz -Xclang -disable-llvm-passes`, so functions carry
 * `minsize optsize` and no `optnone`.
 */
export async function loadModule(toolchain: Toolchain, file: string, options: LoadModuleOptions = {}): Promise<IrModule> {
  const language = languageOf(file);
  if (language === undefined) {
    throw new PasswiseError("bad-input", `${file}: unsupported input type (expected .c .cc .cpp .cxx .ll or .bc)`);
  }
  const name = path.basename(file);
  if (language === "llvm-ir") return irModuleFromText(await readInput(file), name);
  await readInput(file); // a clear "cannot read" error before any tool runs
  if (language === "llvm-bc") return irModuleFromText(await disassemble(toolchain, file), name);
  return irModuleFromText(await compileToIr(toolchain, file, language, options), name);
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new PasswiseError("unreadable-input", `${file}: cannot read input (${reason})`, { cause: error });
  }
}

async function disassemble(toolchain: Toolchain, file: string): Promise<string> {
  const result = await runTool(toolPath(toolchain, "llvm-dis"), [file, "-preserve-ll-uselistorder", "-o", "-"], { timeoutMs: FRONTEND_TIMEOUT_MS });
  if (result.exitCode !== 0) {
    throw new PasswiseError("bad-input", `${file}: not valid LLVM bitcode: ${firstDiagnosticLine(result.stderr)}`, {
      diagnostic: result.stderr,
    });
  }
  return result.stdout.toString("utf8");
}

export function frontendArgs(file: string, language: "c" | "c++", options: LoadModuleOptions): string[] {
  const cwd = options.cwd ?? process.cwd();
  const level = (options.frontendLevel ?? DEFAULT_FRONTEND_LEVEL).replace(/^-/, "");
  if (!/^O([0-3]|s|z|g|fast)?$/.test(level)) {
    throw new PasswiseError("bad-option", `--frontend-level must be one of O0 O1 O2 O3 Os Oz, got '${level}'`);
  }
  const args = [`-${level}`, "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm"];
  // At -O0 clang marks every function optnone, which would make every pass a no-op.
  if (level === "O0") args.push("-Xclang", "-disable-O0-optnone");
  args.push("-x", language, ...absolutizeIncludePaths(options.frontendFlags ?? [], cwd));
  // Compile from the file's directory with its base name, so the ModuleID (and the module hash)
  // does not depend on where the checkout lives.
  args.push(path.basename(file), "-o", "-");
  return args;
}

async function compileToIr(toolchain: Toolchain, file: string, language: "c" | "c++", options: LoadModuleOptions): Promise<string> {
  const compiler = toolPath(toolchain, language === "c++" ? "clang++" : "clang");
  const args = frontendArgs(file, language, options);
  const result = await runTool(compiler, args, {
    timeoutMs: options.timeoutMs ?? FRONTEND_TIMEOUT_MS,
    cwd: path.dirname(path.resolve(options.cwd ?? process.cwd(), file)),
    env: { ...process.env, ...FRONTEND_ENVIRONMENT },
  });
  if (result.timedOut) throw new PasswiseError("frontend-failed", `${file}: the frontend timed out`);
  if (result.exitCode !== 0) {
    throw new PasswiseError("frontend-failed", `${file}: does not compile: ${firstDiagnosticLine(result.stderr)}`, {
      diagnostic: result.stderr,
    });
  }
  return result.stdout.toString("utf8");
}

function absolutizeIncludePaths(flags: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    const joined = /^-(I|isystem|iquote)(.+)$/.exec(flag);
    if (joined && !path.isAbsolute(joined[2] as string)) {
      out.push(`-${joined[1]}${path.resolve(cwd, joined[2] as string)}`);
    } else if (/^-(I|isystem|iquote)$/.test(flag) && i + 1 < flags.length) {
      out.push(flag, path.resolve(cwd, flags[++i] as string));
    } else {
      out.push(flag);
    }
  }
  return out;
}

/** Splits a flags string the way a shell would for simple cases: whitespace, '…' and "…". */
export function splitFlags(text: string): string[] {
  const flags: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) flags.push(match[1] ?? match[2] ?? match[3] ?? "");
  return flags;
}
