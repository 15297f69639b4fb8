import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isPasswiseError, PasswiseError } from "../errors.js";
import type { IrModule } from "../llvm/ir-module.js";
import { languageOf, loadModule } from "../llvm/ir-module.js";
import { summarizeIr } from "../llvm/ir-reader.js";
import type { Toolchain } from "../llvm/toolchain.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import type { CorpusEntry, CorpusStore } from "../store/corpus-store.js";
import { canonicalCommands, commandSourcePath, compileCommandToModule, readCompileCommands, type CompileCommand } from "./compile-commands.js";
import { splitByFunction } from "./split.js";
import { approximateTokenCount, DEFAULT_TOKEN_BUDGET } from "./tokens.js";

export interface AddSourceOptions {
  corpus: string;
  /** Modules over this many (approximate) tokens are split per function. */
  tokenBudget?: number;
  jobs?: number;
  timeoutMs?: number;
  /** Where Debian source packages are unpacked and built. */
  workDir?: string;
  onProgress?: (done: number, total: number, file: string) => void;
  onLog?: (line: string) => void;
  signal?: AbortSignal;
}

export interface AddSourceResult {
  source: string;
  filesFound: number;
  /** Translation units that compiled to IR. */
  compiled: number;
  /** Modules newly added (after splitting and deduplication). */
  added: number;
  duplicates: number;
  /** Modules an earlier add of the same source had put in the corpus that this build no longer produces. */
  removed: number;
  split: number;
  failures: { origin: string; reason: string }[];
  method: string;
}

const SKIPPED_DIRECTORIES = new Set([".git", ".hg", ".svn", "node_modules", ".pc", "debian"]);

/**
 * Adds a source to a corpus: a directory of C/C++ files, a compile_commands.json, or a Debian
 * source package (`debian:<name>`). Each translation unit becomes an unoptimized IR module;
 * a file that does not compile is recorded with its reason and the rest go on.
 */
export async function addSource(toolchain: Toolchain, store: CorpusStore, source: string, options: AddSourceOptions): Promise<AddSourceResult> {
  const plan = await planSource(toolchain, source, options);
  const tokenBudget = options.tokenBudget ?? DEFAULT_TOKEN_BUDGET;
  const result: AddSourceResult = { source: plan.source, filesFound: plan.filesFound, compiled: 0, added: 0, duplicates: 0, split: 0, removed: 0, failures: [], method: plan.method };
  const produced = new Set<string>();
  let done = 0;
  await mapWithConcurrency(plan.units, options.jobs ?? 2, async (unit) => {
    if (options.signal?.aborted) return;
    const origin = plan.originOf(unit.file);
    try {
      const module = await unit.compile(options.timeoutMs);
      result.compiled++;
      store.clearFailure(options.corpus, plan.source, origin);
      const base = { corpus: options.corpus, source: plan.source, origin, groupKey: plan.groupOf(unit.file) };
      const tokens = approximateTokenCount(module.ir);
      if (tokens <= tokenBudget) {
        count(module, store.addModule(entryFor(module, base, null, null, tokens), module.ir));
      } else {
        const { parts, failures } = await splitByFunction(toolchain, module, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
        result.split++;
        for (const part of parts) {
          count(part.module, store.addModule(entryFor(part.module, base, module.hash, part.functionName, approximateTokenCount(part.module.ir)), part.module.ir));
        }
        for (const failure of failures) options.onLog?.(`${origin}: function ${failure.functionName} could not be extracted: ${failure.reason}`);
      }
    } catch (error) {
      if (!isPasswiseError(error)) throw error;
      const reason = error.message.startsWith(`${unit.file}: `) ? error.message.slice(unit.file.length + 2) : error.message;
      result.failures.push({ origin, reason });
      store.recordFailure(options.corpus, { source: plan.source, origin, reason });
    } finally {
      options.onProgress?.(++done, plan.units.length, origin);
    }
  });
  const details = { method: plan.method, notes: plan.notes, ...(plan.version === undefined ? {} : { version: plan.version }) };
  store.recordSource(options.corpus, { source: plan.source, filesFound: plan.filesFound, compiled: result.compiled, details });
  // Adding a source again replaces it. An interrupted add keeps the old entries beside the new
  // ones until an add of the same source completes.
  if (!options.signal?.aborted) {
    result.removed = store.pruneSource(options.corpus, plan.source, produced, new Set(plan.units.map((unit) => plan.originOf(unit.file))));
  }
  return result;

  function count(module: IrModule, added: boolean): void {
    produced.add(module.hash);
    if (added) result.added++;
    else result.duplicates++;
  }
}

function entryFor(
  module: IrModule,
  base: Pick<CorpusEntry, "corpus" | "source" | "origin" | "groupKey">,
  parentHash: string | null,
  functionName: string | null,
  tokens: number,
): CorpusEntry {
  const summary = summarizeIr(module.ir);
  return {
    ...base,
    moduleHash: module.hash,
    name: functionName === null ? module.name : `${path.basename(base.origin)}:${functionName}`,
    parentHash,
    functionName,
    tokens,
    functions: summary.definedFunctions.length,
    instructions: summary.instructionCount,
    irBytes: Buffer.byteLength(module.ir),
  };
}

interface Unit {
  file: string;
  compile(timeoutMs: number | undefined): Promise<IrModule>;
}

interface SourcePlan {
  source: string;
  method: string;
  /** The source's own version where it has one (a Debian source package's: `zlib 1:1.2.13.dfsg-1`). */
  version?: string;
  filesFound: number;
  units: Unit[];
  notes: string[];
  originOf(file: string): string;
  groupOf(file: string): string;
}

async function planSource(toolchain: Toolchain, source: string, options: AddSourceOptions): Promise<SourcePlan> {
  if (source.startsWith("debian:")) return planDebian(toolchain, source.slice("debian:".length), options);
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    throw new PasswiseError("unreadable-input", `${source}: no such file or directory`, { cause: error });
  }
  if (info.isDirectory()) return planDirectoryFiles(toolchain, path.resolve(source), await findSources(path.resolve(source)), path.resolve(source));
  if (path.basename(source) === "compile_commands.json" || source.endsWith(".json")) return planCompileCommands(toolchain, path.resolve(source));
  if (languageOf(source) !== undefined) return planDirectoryFiles(toolchain, path.resolve(path.dirname(source)), [path.resolve(source)], path.resolve(source));
  throw new PasswiseError("bad-input", `${source}: expected a directory, a compile_commands.json, a C/C++ or LLVM IR file, or debian:<package>`);
}

/** C and C++ sources and LLVM IR/bitcode files under a directory, in a stable order. */
export async function findSources(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && languageOf(full) !== undefined) found.push(full);
    }
  }
  await walk(root);
  return found;
}

/** Include directories a tree most likely builds with: its root, every `include/`, and each file's own directory. */
export async function inferredIncludeFlags(root: string): Promise<string[]> {
  const flags = [`-I${root}`];
  async function walk(dir: string, depth: number): Promise<void> {
    if (depth > 6) return;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === "include" || entry.name === "inc") flags.push(`-I${full}`);
      await walk(full, depth + 1);
    }
  }
  await walk(root, 0);
  return flags;
}

async function planDirectoryFiles(toolchain: Toolchain, root: string, files: string[], source: string): Promise<SourcePlan> {
  const includes = await inferredIncludeFlags(root);
  return {
    source,
    method: "directory",
    filesFound: files.length,
    notes: [],
    units: files.map((file) => ({
      file,
      compile: (timeoutMs) => loadModule(toolchain, file, { frontendFlags: [`-I${path.dirname(file)}`, ...includes], ...(timeoutMs ? { timeoutMs } : {}) }),
    })),
    originOf: (file) => path.relative(root, file) || path.basename(file),
    groupOf: (file) => groupByTopDirectory(root, file),
  };
}

async function planCompileCommands(toolchain: Toolchain, file: string): Promise<SourcePlan> {
  const commands = dedupeCommands(await readCompileCommands(file));
  const root = commonDirectory(commands.map((c) => path.dirname(commandSourcePath(c))));
  return commandsPlan(toolchain, file, "compile_commands.json", commands, commands.length, root, [], (f) => groupByTopDirectory(root, f));
}

async function planDebian(toolchain: Toolchain, pkg: string, options: AddSourceOptions): Promise<SourcePlan> {
  if (!/^[a-z0-9][a-z0-9.+-]+$/.test(pkg)) throw new PasswiseError("bad-input", `debian:${pkg}: not a valid Debian package name`);
  const { ensureDebSrc, fetchDebianSource } = await import("./debian.js");
  await ensureDebSrc();
  const workDir = options.workDir ?? path.join(process.cwd(), "passwise-debian-sources");
  const fetched = await fetchDebianSource(pkg, {
    workDir,
    toolchain,
    ...(options.onLog ? { onLog: options.onLog } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const commands = dedupeCommands(fetched.commands);
  const plan = commandsPlan(toolchain, `debian:${pkg}`, fetched.method, commands, fetched.filesFound, fetched.sourceDir, fetched.notes, () => `debian:${fetched.sourcePackage}`);
  return { ...plan, version: `${fetched.sourcePackage} ${fetched.version}` };
}

function commandsPlan(
  toolchain: Toolchain,
  source: string,
  method: string,
  commands: CompileCommand[],
  filesFound: number,
  root: string,
  notes: string[],
  groupOf: (file: string) => string,
): SourcePlan {
  return {
    source,
    method,
    filesFound,
    notes,
    units: commands.map((command) => ({
      file: commandSourcePath(command),
      compile: (timeoutMs) => compileCommandToModule(toolchain, command, timeoutMs ? { timeoutMs } : {}),
    })),
    originOf: (file) => path.relative(root, file) || path.basename(file),
    groupOf,
  };
}

/** One command per source file: the first in canonical order (see canonicalCommands). */
function dedupeCommands(commands: CompileCommand[]): CompileCommand[] {
  const seen = new Set<string>();
  return canonicalCommands(commands).filter((command) => {
    const file = commandSourcePath(command);
    if (seen.has(file) || (languageOf(file) !== "c" && languageOf(file) !== "c++")) return false;
    seen.add(file);
    return true;
  });
}

function groupByTopDirectory(root: string, file: string): string {
  const relative = path.relative(root, file);
  const segments = relative.split(path.sep);
  return segments.length > 1 ? `${path.basename(root)}/${segments[0]}` : path.basename(root);
}

function commonDirectory(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  let common = (dirs[0] as string).split(path.sep);
  for (const dir of dirs.slice(1)) {
    const parts = dir.split(path.sep);
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || path.sep;
}
