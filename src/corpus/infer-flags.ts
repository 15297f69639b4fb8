import { existsSync, readdirSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { languageOf } from "../llvm/ir-module.js";
import { canonicalCommands, commandSourcePath, comparePlainness, frontendFlagsFromCommand, type CompileCommand } from "./compile-commands.js";

export interface SourceTree {
  root: string;
  /** Absolute paths of the C/C++ sources (.c .cc .cpp .cxx), sorted. */
  sources: string[];
  /** Directories holding a config.h. */
  configDirs: string[];
  /** Directories named include. */
  includeDirs: string[];
  /** Every file of the tree by base name (to find where an #include'd header lives). */
  byName: Map<string, string[]>;
}

const SOURCE_EXTENSIONS = new Set([".c", ".cc", ".cpp", ".cxx"]);
/** Directories never walked: VCS and quilt's `.pc` copies of unpatched files, CMake's probes. */
const SKIPPED_DIRS = /^(\..*|CMakeFiles)$/;
/** Headers read per inferred file while following its #includes. */
const MAX_HEADERS = 300;

export async function scanTree(root: string): Promise<SourceTree> {
  const tree: SourceTree = { root, sources: [], configDirs: [], includeDirs: [], byName: new Map() };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.test(entry.name)) continue;
        if (entry.name === "include") tree.includeDirs.push(full);
        await walk(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(full)))) {
        // Symbolic links count (some builds link a generated or shared source into place).
        if (SOURCE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) tree.sources.push(full);
        if (entry.name === "config.h") tree.configDirs.push(dir);
        const same = tree.byName.get(entry.name);
        if (same === undefined) tree.byName.set(entry.name, [full]);
        else same.push(full);
      }
    }
  };
  await walk(root);
  tree.sources.sort();
  return tree;
}

/**
 * The build's commands for the files it compiled (one per file, the first in canonical order;
 * C/C++ inside the tree only, so assembler and the build's temporary probes are dropped), plus an
 * inferred command for every other source: the flags of the plainest recorded command from the
 * same or the nearest enclosing directory; -I for the file's directory; the directories where the
 * headers it includes (transitively) live in the tree, -iquote for "…" includes so that they never
 * shadow a system header; -I for config.h directories and the root, -idirafter for include/
 * directories (some hold another platform's stand-ins for system headers); -DHAVE_CONFIG_H where
 * there is a config.h.
 */
export async function completeCommands(tree: SourceTree, captured: CompileCommand[]): Promise<{ commands: CompileCommand[]; inferred: number }> {
  const { root } = tree;
  const byFile = new Map<string, CompileCommand>();
  const byDir = new Map<string, CompileCommand>(); // keyed by `${language}:${directory}`
  const buildIncludeDirs = new Set<string>();
  for (const command of canonicalCommands(captured)) {
    const source = commandSourcePath(command);
    const language = languageOf(source);
    if (language !== "c" && language !== "c++") continue;
    if (!isInside(root, source) || !existsSync(source) || byFile.has(source)) continue;
    byFile.set(source, command);
    const key = `${language}:${path.dirname(source)}`;
    const donor = byDir.get(key);
    if (donor === undefined || comparePlainness(command, donor) < 0) byDir.set(key, command);
    for (const dir of includeDirsOf(command)) buildIncludeDirs.add(dir);
  }
  const early = [...tree.configDirs, root];
  const late = tree.includeDirs.filter((dir) => !early.includes(dir));
  const resolver: HeaderResolver = { tree, systemDirs: systemIncludeDirs(), buildIncludeDirs, includes: new Map() };
  let inferred = 0;
  for (const source of tree.sources) {
    if (byFile.has(source)) continue;
    const language = languageOf(source) === "c++" ? "c++" : "c";
    const donor = nearestDonor(root, language, path.dirname(source), byDir);
    const found = await headerDirs(resolver, source, [path.dirname(source), ...early, ...late]);
    byFile.set(source, {
      file: source,
      directory: donor?.directory ?? path.dirname(source),
      arguments: [
        language === "c++" ? "c++" : "cc",
        ...(donor === undefined ? [] : frontendFlagsFromCommand(donor)),
        "-I",
        path.dirname(source),
        ...found.angle.flatMap((dir) => ["-I", dir]),
        ...found.quote.flatMap((dir) => ["-iquote", dir]),
        ...early.flatMap((dir) => ["-I", dir]),
        ...late.flatMap((dir) => ["-idirafter", dir]),
        ...(tree.configDirs.length > 0 ? ["-DHAVE_CONFIG_H"] : []),
        "-c",
        source,
      ],
    });
    inferred++;
  }
  const commands = [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, command]) => command);
  return { commands, inferred };
}

/** Absolute -I directories of a recorded command. */
function includeDirsOf(command: CompileCommand): string[] {
  const flags = frontendFlagsFromCommand(command);
  const dirs: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    if (flag === "-I" && i + 1 < flags.length) dirs.push(path.resolve(command.directory, flags[++i] as string));
    else if (flag.startsWith("-I")) dirs.push(path.resolve(command.directory, flag.slice(2)));
  }
  return dirs;
}

interface HeaderResolver {
  tree: SourceTree;
  systemDirs: string[];
  /** Where the build itself looked for headers: preferred when a header exists in several places. */
  buildIncludeDirs: Set<string>;
  /** The #includes of each file read so far: [kind ("<" or '"'), name]. */
  includes: Map<string, [string, string][]>;
}

const INCLUDE = /^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm;

/**
 * Directories of the tree needed on the include path for the #includes of `source` and,
 * transitively, of the tree's headers it includes (conditional includes too: a few extra
 * directories do no harm). A header found in several places is taken from a directory the build
 * itself used, else the one nearest to `source`; headers of the system and ones the build never
 * generated are left alone.
 */
async function headerDirs(resolver: HeaderResolver, source: string, known: string[]): Promise<{ angle: string[]; quote: string[] }> {
  const { tree } = resolver;
  const angle: string[] = [];
  const quote: string[] = [];
  const queue = [source];
  const seen = new Set(queue);
  const enqueue = (file: string) => {
    if (!seen.has(file) && seen.size < MAX_HEADERS && isInside(tree.root, file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    let parsed = resolver.includes.get(next);
    if (parsed === undefined) {
      const text = await readFile(next, "utf8").catch(() => "");
      parsed = [...text.slice(0, 1 << 20).matchAll(INCLUDE)].map((match) => [match[1] as string, match[2] as string]);
      resolver.includes.set(next, parsed);
    }
    for (const [kind, name] of parsed) {
      if (path.isAbsolute(name)) continue;
      if (kind === "<" && resolver.systemDirs.some((dir) => existsSync(path.join(dir, name)))) continue;
      if (kind === '"' && existsSync(path.join(path.dirname(next), name))) {
        enqueue(path.resolve(path.dirname(next), name));
        continue;
      }
      const onPath = [...known, ...angle, ...(kind === '"' ? quote : [])].find((dir) => existsSync(path.join(dir, name)));
      if (onPath !== undefined) {
        enqueue(path.resolve(onPath, name));
        continue;
      }
      const wanted = path.normalize(name);
      if (wanted.startsWith("..")) continue;
      const candidates = (tree.byName.get(path.basename(wanted)) ?? []).filter((file) => file.endsWith(path.sep + wanted));
      const dirOf = (file: string) => file.slice(0, file.length - wanted.length - 1);
      const rank = (file: string) => (resolver.buildIncludeDirs.has(dirOf(file)) ? 1e6 : 0) + commonPrefix(file, source) * 100 - file.split(path.sep).length;
      const best = candidates.sort((a, b) => rank(b) - rank(a))[0];
      if (best === undefined) continue;
      (kind === "<" ? angle : quote).push(dirOf(best));
      enqueue(best);
    }
  }
  return { angle, quote };
}

/** The compiler's default include directories (Debian layout), where <…> includes of the system live. */
function systemIncludeDirs(): string[] {
  const dirs = ["/usr/local/include", "/usr/include"];
  const under = (dir: string, pattern: RegExp, suffix = "") => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) if (pattern.test(name)) dirs.push(path.join(dir, name, suffix));
  };
  under("/usr/include", /-linux-gnu/);
  under("/usr/include/c++", /^\d+$/);
  under("/usr/lib/gcc/x86_64-linux-gnu", /^\d+$/, "include");
  for (const llvm of existsSync("/usr/lib") ? readdirSync("/usr/lib").filter((name) => /^llvm-\d+$/.test(name)) : []) {
    under(path.join("/usr/lib", llvm, "lib/clang"), /^\d+/, "include");
  }
  return dirs.filter((dir) => existsSync(dir));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function nearestDonor(root: string, language: string, dir: string, byDir: Map<string, CompileCommand>): CompileCommand | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const donor = byDir.get(`${language}:${current}`);
    if (donor !== undefined) return donor;
    if (current === root || !isInside(root, current)) return undefined;
  }
}

export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
