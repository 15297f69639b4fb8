import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PasswiseError } from "../errors.js";
import { languageOf, loadModule, splitFlags, type IrModule } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";

/** One translation unit and the exact flags a build used for it (a compile_commands.json entry). */
export interface CompileCommand {
  /** Source file, absolute or relative to `directory`. */
  file: string;
  /** Working directory of the compiler invocation. */
  directory: string;
  /** The full command line, compiler first. */
  arguments: string[];
}

// zod: compile_commands.json comes from many build tools; validate its shape with a readable error.
const compileCommandsSchema = z.array(
  z
    .object({
      directory: z.string(),
      file: z.string(),
      arguments: z.array(z.string()).optional(),
      command: z.string().optional(),
    })
    .refine((entry) => entry.arguments !== undefined || entry.command !== undefined, "needs 'arguments' or 'command'"),
);

export async function readCompileCommands(file: string): Promise<CompileCommand[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new PasswiseError("unreadable-input", `${file}: cannot read (${(error as Error).message})`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PasswiseError("bad-input", `${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = compileCommandsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PasswiseError("bad-input", `${file}: not a compile_commands.json: entry ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  const base = path.dirname(path.resolve(file));
  return parsed.data.map((entry) => ({
    file: entry.file,
    directory: path.resolve(base, entry.directory),
    arguments: entry.arguments ?? splitFlags(entry.command ?? ""),
  }));
}

/** Flags with a separate value argument that change what the frontend produces. */
const FLAGS_WITH_VALUE = new Set(["-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-std", "-x"]);
/** Joined-value prefixes kept as they are. */
const KEPT_PREFIXES = ["-I", "-D", "-U", "-std=", "-isystem", "-iquote", "-idirafter", "-include", "-imacros"];
/** Language-dialect switches that change the IR; optimization, warning, debug and output flags are dropped. */
const KEPT_SWITCHES = new Set([
  "-ansi",
  "-pthread",
  "-funsigned-char",
  "-fsigned-char",
  "-fno-strict-aliasing",
  "-fwrapv",
  "-fno-common",
  "-fcommon",
  "-fgnu89-inline",
  "-fms-extensions",
  "-fno-exceptions",
  "-fno-rtti",
  "-fPIC",
  "-fpic",
  "-fno-builtin",
]);

/**
 * The flags of a build command that passwise's frontend must honour (include paths, macros,
 * language standard, dialect switches). Optimization level, debug info, warnings and outputs
 * are dropped: passwise produces unoptimized IR its own way.
 */
export function frontendFlagsFromCommand(command: CompileCommand): string[] {
  const args = command.arguments.slice(1);
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (FLAGS_WITH_VALUE.has(arg)) {
      const value = args[++i];
      if (value === undefined) break;
      if (arg === "-x") continue; // the language comes from the file name
      if (arg === "-std") kept.push(`-std=${value}`);
      else kept.push(arg, value);
    } else if (KEPT_PREFIXES.some((prefix) => arg.startsWith(prefix) && arg.length > prefix.length)) {
      kept.push(arg);
    } else if (KEPT_SWITCHES.has(arg)) {
      kept.push(arg);
    } else if (arg === "-o" || arg === "-MF" || arg === "-MT" || arg === "-MQ" || arg === "-Xclang" || arg === "-Xpreprocessor") {
      i++;
    }
  }
  return kept;
}

/**
 * The commands a build ran, in an order that does not depend on the build: clang's internal
 * `-cc1` frontend runs, which bear records beside the driver command that spawned them, are left
 * out, and the rest are sorted by source file, then plainest first (see comparePlainness). A
 * parallel build (`make -j`) records its commands in whatever order they happened to start, and
 * a file built twice (a static and a shared library: with and without `-fPIC`) must yield the
 * same IR on every machine. Everything that takes "the first" command of a file reads this order.
 */
export function canonicalCommands(commands: readonly CompileCommand[]): CompileCommand[] {
  const keyed = commands.filter((command) => !command.arguments.includes("-cc1")).map((command) => ({ command, source: commandSourcePath(command) }));
  keyed.sort((a, b) => compareText(a.source, b.source) || comparePlainness(a.command, b.command));
  return keyed.map((entry) => entry.command);
}

/**
 * Negative when `a` is the plainer build: fewer flags that passwise keeps (the static library
 * before the shared one, the library before a program that adds its own macros), then by those
 * flags' text and the directory, so that no two different commands tie.
 */
export function comparePlainness(a: CompileCommand, b: CompileCommand): number {
  const flagsA = frontendFlagsFromCommand(a);
  const flagsB = frontendFlagsFromCommand(b);
  return flagsA.length - flagsB.length || compareText(flagsA.join("\0"), flagsB.join("\0")) || compareText(a.directory, b.directory);
}

/** Code-unit order, the same under every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Absolute path of the command's source file. */
export function commandSourcePath(command: CompileCommand): string {
  return path.resolve(command.directory, command.file);
}

/** Compiles one translation unit with its own flags into passwise's unoptimized IR. */
export async function compileCommandToModule(toolchain: Toolchain, command: CompileCommand, options: { timeoutMs?: number } = {}): Promise<IrModule> {
  const source = commandSourcePath(command);
  if (languageOf(source) === undefined) {
    throw new PasswiseError("bad-input", `${source}: not a C or C++ source file`);
  }
  return loadModule(toolchain, source, { frontendFlags: frontendFlagsFromCommand(command), cwd: command.directory, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
}
