import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import type { Toolchain } from "../llvm/toolchain.js";
import { captureBuild, type CaptureMethod, type CaptureResult } from "./build-capture.js";
import type { CompileCommand } from "./compile-commands.js";
import { unpackSource } from "./debian-apt.js";
import { completeCommands, scanTree } from "./infer-flags.js";

export { ensureDebSrc, isMirrorUnreachable } from "./debian-apt.js";

export interface DebianSourceOptions {
  /** Each package is unpacked (and built) in `<workDir>/<package>`, reused by later calls. */
  workDir: string;
  /** Budget for configure and make together (default 10 minutes); the download has its own 5. */
  timeoutMs?: number;
  onLog?: (line: string) => void;
  signal?: AbortSignal;
  /** The build compiles with this toolchain's clang (default: `cc` and `c++`). */
  toolchain?: Toolchain;
}

export interface DebianSource {
  /** As asked. */
  package: string;
  /** The source package apt resolved. */
  sourcePackage: string;
  version: string;
  /** The unpacked tree. */
  sourceDir: string;
  /** How the build's own commands were obtained ("inferred": none were, all flags are guessed). */
  method: CaptureMethod;
  /** One per C/C++ translation unit in the tree, deduplicated by file. */
  commands: CompileCommand[];
  /** Commands whose flags were inferred rather than recorded from the build. */
  inferred: number;
  /** .c/.cc/.cpp/.cxx files in the tree, generated ones included. */
  filesFound: number;
  /** What went wrong on the way (configure failed, fell back to inferred flags, …). */
  notes: string[];
}

export const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;
const CACHE = "passwise-build.json";
const CACHE_FORMAT = 1;

/**
 * A Debian source package as compile commands: `apt-get source`, then the package's own build
 * (configure + bear, cmake, or bear + make) for the real flags of what it compiles, and inferred
 * flags for every other C/C++ file. Reuses what an earlier call left in the work directory.
 * Needs deb-src entries (see ensureDebSrc); never installs build dependencies.
 */
export async function fetchDebianSource(pkg: string, options: DebianSourceOptions): Promise<DebianSource> {
  const packageDir = path.join(path.resolve(options.workDir), pkg);
  const unpacked = await unpackSource(pkg, packageDir, { ...(options.signal ? { signal: options.signal } : {}), ...(options.onLog ? { onLog: options.onLog } : {}) });
  const { sourceDir } = unpacked;
  const cacheFile = path.join(packageDir, CACHE);
  let capture = await readCache(cacheFile, sourceDir);
  if (capture === undefined) {
    capture = await captureBuild(sourceDir, {
      cc: options.toolchain?.tools.clang ?? "cc",
      cxx: options.toolchain?.tools["clang++"] ?? "c++",
      timeoutMs: options.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
    // An interrupted build is redone on the next call, never recorded half-done.
    if (options.signal?.aborted) throw new PasswiseError("bad-input", `${pkg}: interrupted; rerun to resume`);
    await writeCache(cacheFile, sourceDir, capture);
  } else {
    options.onLog?.(`${pkg}: reusing the recorded build (${capture.method}, ${capture.commands.length} commands)`);
  }
  // Inferred flags are recomputed each time: cheap, and never stale against the tree.
  const tree = await scanTree(sourceDir);
  const { commands, inferred } = await completeCommands(tree, capture.commands);
  const notes = [...unpacked.notes, ...capture.notes];
  if (capture.method !== "inferred" && inferred > 0) notes.push(`${inferred} of ${commands.length} files not compiled by the build; their flags are inferred`);
  if (capture.method === "inferred" && commands.length > 0) notes.push("no build commands recorded; all flags are inferred");
  return { package: pkg, sourcePackage: unpacked.sourcePackage, version: unpacked.version, sourceDir, method: capture.method, commands, inferred, filesFound: tree.sources.length, notes };
}

type Stored = CaptureResult & { format: number; sourceDir: string };

/** The recorded build of an earlier call (its paths moved along with the work directory). */
async function readCache(file: string, sourceDir: string): Promise<CaptureResult | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    const text = await readFile(file, "utf8");
    const stored = JSON.parse(text) as Stored;
    if (stored.format !== CACHE_FORMAT) return undefined;
    if (stored.sourceDir === sourceDir) return withoutHeader(stored);
    // Paths are absolute; a moved work directory only needs its prefix replaced.
    const escaped = (text: string) => JSON.stringify(text).slice(1, -1);
    return withoutHeader(JSON.parse(text.split(escaped(stored.sourceDir)).join(escaped(sourceDir))) as Stored);
  } catch {
    return undefined;
  }
}

function withoutHeader(stored: Stored): CaptureResult {
  const { format: _format, sourceDir: _sourceDir, ...capture } = stored;
  return capture;
}

async function writeCache(file: string, sourceDir: string, capture: CaptureResult): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify({ format: CACHE_FORMAT, sourceDir, ...capture }) + "\n");
  await rename(`${file}.tmp`, file);
}

