import { isExecutable } from "../llvm/toolchain.js";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { firstDiagnosticLine, runTool, type RunToolResult } from "../llvm/run-tool.js";
import { readCompileCommands, type CompileCommand } from "./compile-commands.js";

/** How a source tree's compile commands were obtained. */
export type CaptureMethod = "configure+bear" | "autoreconf+configure+bear" | "cmake" | "bear" | "inferred";

export interface CaptureOptions {
  /** Compilers the build uses (configure's feature checks then match the frontend passwise uses). */
  cc: string;
  cxx: string;
  /** Budget for the whole build (configure and make together). */
  timeoutMs: number;
  signal?: AbortSignal;
  onLog?: (line: string) => void;
}

export interface CaptureResult {
  method: CaptureMethod;
  /** Commands the build really ran (possibly for a fraction of the tree). */
  commands: CompileCommand[];
  notes: string[];
}

const CONFIGURE_TIMEOUT_MS = 5 * 60_000;
/**
 * make's own variables that would regenerate configure, Makefile.in or the manuals: Debian's
 * patches leave timestamps that make automake-built trees want aclocal, automake and makeinfo,
 * which are not installed (and not needed to compile). Neutralized, the build goes on.
 */
const NO_REGENERATION = ["ACLOCAL=true", "AUTOCONF=true", "AUTOHEADER=true", "AUTOMAKE=true", "MAKEINFO=true", "HELP2MAN=true"];
const BUILD_DIR = "passwise-build";
const OUTPUT = path.join(BUILD_DIR, "compile_commands.json");

/**
 * Runs a source tree's own build, without installing its build dependencies, and records
 * the compiler invocations: ./configure (after autoreconf where only configure.ac exists) then
 * `bear -- make -k`; or cmake's CMAKE_EXPORT_COMPILE_COMMANDS; or `bear -- make -k` on a plain
 * Makefile. Each step that fails is noted and the next one tried; what a partial build ran is kept.
 */
export async function captureBuild(treeDir: string, options: CaptureOptions): Promise<CaptureResult> {
  const deadline = Date.now() + options.timeoutMs;
  const notes: string[] = [];
  const sourceDir = await buildRoot(treeDir);
  if (sourceDir !== treeDir) notes.push(`built in ${path.relative(treeDir, sourceDir)}/`);
  const ctx: Context = { sourceDir, options, deadline, notes, ranMake: false };
  const has = (name: string) => existsSync(path.join(sourceDir, name));
  const rulesFile = path.join(treeDir, "debian/rules");
  const rules = existsSync(rulesFile) ? await readFile(rulesFile, "utf8") : "";
  const debianUsesCmake = /cmake/i.test(rules) && has("CMakeLists.txt");

  const attempts: (() => Promise<CaptureResult | undefined>)[] = [];
  const autotools = has("configure") || has("configure.ac") || has("configure.in");
  if (autotools && !debianUsesCmake) attempts.push(() => configureAndMake(ctx));
  if (has("CMakeLists.txt")) attempts.push(() => cmake(ctx));
  if (autotools && debianUsesCmake) attempts.push(() => configureAndMake(ctx));
  // A plain Makefile (not one configure just wrote, whose make already ran).
  if (has("Makefile") || has("makefile") || has("GNUmakefile")) attempts.push(async () => (ctx.ranMake ? undefined : bearMake(ctx, "bear")));
  if (has("meson.build") && attempts.length === 0) notes.push("meson builds are not run; flags inferred");

  for (const attempt of attempts) {
    if (options.signal?.aborted) break;
    if (Date.now() >= deadline) {
      notes.push("build time budget spent");
      break;
    }
    const result = await attempt();
    if (result !== undefined && result.commands.length > 0) return result;
  }
  return { method: "inferred", commands: [], notes };
}

const BUILD_FILES = ["configure", "configure.ac", "configure.in", "CMakeLists.txt", "Makefile", "makefile", "GNUmakefile"];

/** The tree itself, or its one subdirectory with a build system when the top has none (expat's expat/). */
async function buildRoot(treeDir: string): Promise<string> {
  const hasBuild = (dir: string) => BUILD_FILES.some((name) => existsSync(path.join(dir, name)));
  if (hasBuild(treeDir)) return treeDir;
  const subdirs = (await readdir(treeDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== "debian" && !entry.name.startsWith("."))
    .map((entry) => path.join(treeDir, entry.name))
    .filter(hasBuild);
  return subdirs.length === 1 ? (subdirs[0] as string) : treeDir;
}

interface Context {
  sourceDir: string;
  options: CaptureOptions;
  deadline: number;
  notes: string[];
  /** make ran in the source tree already (after configure). */
  ranMake: boolean;
}

function remaining(ctx: Context): number {
  return Math.max(1_000, ctx.deadline - Date.now());
}

function env(ctx: Context): NodeJS.ProcessEnv {
  // -O0 and no warnings: the build only has to run the compiler, passwise picks its own level.
  // FORCE_UNSAFE_CONFIGURE: GNU tar's and coreutils' configure refuse to run as root without it.
  return {
    ...process.env,
    CC: ctx.options.cc,
    CXX: ctx.options.cxx,
    CFLAGS: "-O0 -w",
    CXXFLAGS: "-O0 -w",
    LC_ALL: "C",
    DEBIAN_FRONTEND: "noninteractive",
    FORCE_UNSAFE_CONFIGURE: "1",
  };
}

async function step(ctx: Context, program: string, args: string[], timeoutMs: number, cwd = ctx.sourceDir, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunToolResult> {
  const label = [path.basename(program), ...args.slice(0, 3)].join(" ");
  if (ctx.options.signal?.aborted) {
    return { exitCode: null, signal: "SIGKILL", stdout: Buffer.alloc(0), stderr: "", wallMs: 0, timedOut: false, spawnError: "interrupted" };
  }
  ctx.options.onLog?.(`${path.basename(ctx.sourceDir)}: ${label}`);
  const result = await runTool(program, args, {
    cwd,
    env: { ...env(ctx), ...extraEnv },
    timeoutMs,
    maxOutputBytes: 1 << 20,
    ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
  });
  ctx.options.onLog?.(`${path.basename(ctx.sourceDir)}: ${label}: exit ${result.exitCode ?? result.signal}${result.timedOut ? " (timed out)" : ""} in ${(result.wallMs / 1000).toFixed(0)} s`);
  return result;
}

function failure(what: string, result: RunToolResult): string {
  if (result.spawnError !== undefined) return `${what}: not run (${result.spawnError})`;
  if (result.timedOut) return `${what}: timed out after ${(result.wallMs / 1000).toFixed(0)} s`;
  const lines = result.stderr.split("\n");
  // The line that says why: CMake's first error, or configure's last "error:" line that is more than "in `dir':".
  const telling = lines.find((line) => /^CMake Error/.test(line)) ?? lines.filter((line) => /^configure: error: (?!in `)/.test(line)).pop();
  return `${what} failed (exit ${result.exitCode ?? result.signal}): ${telling ?? (firstDiagnosticLine(result.stderr) || lastLine(result))}`;
}

function lastLine(result: RunToolResult): string {
  const lines = (result.stderr + "\n" + result.stdout.toString("utf8")).split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.pop() ?? "";
}

async function configureAndMake(ctx: Context): Promise<CaptureResult | undefined> {
  let method: CaptureMethod = "configure+bear";
  const configure = path.join(ctx.sourceDir, "configure");
  if (!existsSync(configure)) {
    if (!(await generateConfigure(ctx))) return undefined;
    method = "autoreconf+configure+bear";
  }
  const script = await readFile(configure, "utf8").catch(() => "");
  // Options only an Autoconf script understands (zlib's hand-written configure rejects them):
  // one object per source instead of libtool's PIC and non-PIC pair, no dependency tracking.
  const extra = /Generated by GNU Autoconf/.test(script) ? ["--disable-shared", "--disable-dependency-tracking"] : [];
  // Run by its own #! line where it has one (not every configure is a shell script).
  const [program, first]: [string, string[]] = script.startsWith("#!") && (await isExecutable(configure)) ? [configure, []] : ["sh", ["./configure"]];
  let result = await step(ctx, program, [...first, ...extra], Math.min(CONFIGURE_TIMEOUT_MS, remaining(ctx)));
  if (result.exitCode !== 0 && extra.length > 0 && !result.timedOut) {
    ctx.notes.push(failure(`./configure ${extra.join(" ")}`, result) + "; retried without options");
    result = await step(ctx, program, first, Math.min(CONFIGURE_TIMEOUT_MS, remaining(ctx)));
  }
  if (result.exitCode !== 0) {
    ctx.notes.push(failure("./configure", result));
    return undefined;
  }
  return bearMake(ctx, method);
}

/**
 * Makes ./configure from configure.ac: `autoreconf -fi` (again without autopoint, which
 * is seldom installed, when that is what failed), else the tree's autogen.sh.
 */
async function generateConfigure(ctx: Context): Promise<boolean> {
  const configure = path.join(ctx.sourceDir, "configure");
  const budget = () => Math.min(CONFIGURE_TIMEOUT_MS, remaining(ctx));
  let result = await step(ctx, "autoreconf", ["-fi"], budget());
  if (!existsSync(configure) && /autopoint/.test(result.stderr)) {
    result = await step(ctx, "autoreconf", ["-fi"], budget(), ctx.sourceDir, { AUTOPOINT: "true" });
  }
  if (existsSync(configure)) return true;
  ctx.notes.push(failure("autoreconf -fi", result));
  if (!existsSync(path.join(ctx.sourceDir, "autogen.sh"))) return false;
  result = await step(ctx, "sh", ["./autogen.sh"], budget(), ctx.sourceDir, { NOCONFIGURE: "1" });
  if (existsSync(configure)) return true;
  ctx.notes.push(failure("autogen.sh", result));
  return false;
}

async function cmake(ctx: Context): Promise<CaptureResult | undefined> {
  const buildDir = path.join(ctx.sourceDir, BUILD_DIR);
  const result = await step(
    ctx,
    "cmake",
    ["-S", ".", "-B", BUILD_DIR, "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON", `-DCMAKE_C_COMPILER=${ctx.options.cc}`, `-DCMAKE_CXX_COMPILER=${ctx.options.cxx}`, "-DCMAKE_BUILD_TYPE=None"],
    Math.min(CONFIGURE_TIMEOUT_MS, remaining(ctx)),
  );
  const output = path.join(ctx.sourceDir, OUTPUT);
  if (!existsSync(output)) {
    ctx.notes.push(failure("cmake", result));
    return undefined;
  }
  if (result.exitCode !== 0) ctx.notes.push(failure("cmake", result) + " (its compile_commands.json is used anyway)");
  // Build as far as possible (make -k) so that sources and headers generated at build time exist.
  const make = await step(ctx, "timeout", ["--kill-after=30", `${Math.floor(remaining(ctx) / 1000)}`, "make", "-k", `-j${jobs()}`], remaining(ctx) + 60_000, buildDir);
  if (make.exitCode !== 0) ctx.notes.push(failure("make (to generate build-time sources)", make));
  return { method: "cmake", commands: await readCaptured(ctx, output), notes: ctx.notes };
}

async function bearMake(ctx: Context, method: CaptureMethod): Promise<CaptureResult | undefined> {
  const output = path.join(ctx.sourceDir, OUTPUT);
  // An earlier run that stopped before its result was saved left objects behind: without a
  // clean, make would have nothing to do and bear nothing to record.
  if (existsSync(path.dirname(output))) await step(ctx, "make", ["clean"], Math.min(60_000, remaining(ctx)));
  await rm(output, { force: true });
  await mkdir(path.dirname(output), { recursive: true });
  const seconds = Math.floor(remaining(ctx) / 1000);
  ctx.ranMake = true;
  // `timeout` stops make with SIGTERM so that bear still writes what it recorded; runTool's own
  // timeout (SIGKILL of the whole group) is only the backstop.
  const result = await step(
    ctx,
    "timeout",
    ["--kill-after=30", `${seconds}`, "bear", "--output", output, "--", "make", "-k", `-j${jobs()}`, ...NO_REGENERATION],
    (seconds + 60) * 1000,
  );
  if (result.spawnError !== undefined || (result.exitCode === 127 && /bear/.test(result.stderr))) {
    ctx.notes.push("bear is not installed (apt-get install -y bear); no build commands recorded");
    return undefined;
  }
  if (result.exitCode === 124) ctx.notes.push(`make stopped after the ${seconds} s build budget; kept the commands it ran`);
  else if (result.exitCode !== 0) ctx.notes.push(failure("make -k", result) + "; kept the commands it ran");
  if (!existsSync(output)) {
    ctx.notes.push("bear wrote no compile_commands.json");
    return undefined;
  }
  const commands = await readCaptured(ctx, output);
  if (commands.length === 0) ctx.notes.push("make ran no C/C++ compile");
  return { method, commands, notes: ctx.notes };
}

async function readCaptured(ctx: Context, file: string): Promise<CompileCommand[]> {
  try {
    return await readCompileCommands(file);
  } catch (error) {
    ctx.notes.push(`unreadable ${path.basename(file)}: ${(error as Error).message}`);
    return [];
  }
}


function jobs(): number {
  return Math.max(1, availableParallelism());
}
