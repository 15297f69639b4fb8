import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTool } from "../src/llvm/run-tool.js";
import { findToolchain, toolPath, type Toolchain } from "../src/llvm/toolchain.js";
import { loadModule, type IrModule } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { loadCatalog, type CatalogEntry } from "../src/passes/catalog.js";
import { probeCatalog, probeModule } from "../src/passes/probe.js";

/** The repository root (tests run from dist/test/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const examplesDir = path.join(repoRoot, "examples");
export const passwiseBin = path.join(repoRoot, "bin", "passwise.js");

let toolchainPromise: Promise<Toolchain> | undefined;
export function testToolchain(): Promise<Toolchain> {
  toolchainPromise ??= findToolchain({ searchPath: process.env.PATH ?? "" });
  return toolchainPromise;
}

/** Example programs sorted by size, smallest first (tests pick small ones to stay fast). */
export function exampleFiles(): string[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith(".c"))
    .map((file) => path.join(examplesDir, file))
    .sort();
}

export async function loadExample(file: string): Promise<IrModule> {
  return loadModule(await testToolchain(), file);
}

/** A new directory under the system's temp directory, removed when the test process exits. */
export function tempDir(prefix = "passwise-test-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  if (createdTempDirs.size === 0) process.once("exit", removeTempDirs);
  createdTempDirs.add(dir);
  return dir;
}

const createdTempDirs = new Set<string>();

// Each test file runs in its own process (node --test), so its directories go when the file ends.
function removeTempDirs(): void {
  for (const dir of createdTempDirs) rmSync(dir, { recursive: true, force: true });
}

/** Probe results shared by every test file (writes are atomic renames, so sharing is safe). */
export const sharedProbeCacheDir = path.join(tmpdir(), `passwise-test-probe-cache-${process.getuid?.() ?? 0}`);

let catalogPromise: Promise<CatalogEntry[]> | undefined;
/** The installed LLVM's probed catalog (usable entries). */
export function testCatalog(): Promise<CatalogEntry[]> {
  catalogPromise ??= (async () => {
    const toolchain = await testToolchain();
    const catalog = await loadCatalog(toolchain.version.major);
    const probed = await probeCatalog(catalog, new SubprocessEvaluator(toolchain), await probeModule(toolchain), { cacheDir: sharedProbeCacheDir });
    return probed.usable;
  })();
  return catalogPromise;
}

export function example(name: string): string {
  return path.join(examplesDir, name);
}

/**
 * A suite of `count` programs spread evenly over the bundled suite, for CLI tests that need real
 * PassListEval verdicts but not 164 programs' worth of time. Same files, so the same cache entries.
 */
export function bundledSuiteSample(count: number): string {
  const bundled = path.join(repoRoot, "suite");
  const names = readdirSync(path.join(bundled, "programs")).sort();
  const dir = tempDir("passwise-suite-");
  cpSync(path.join(bundled, "include"), path.join(dir, "include"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor((i * names.length) / count)] as string;
    cpSync(path.join(bundled, "programs", name), path.join(dir, "programs", name), { recursive: true });
  }
  return dir;
}

/** Runs the CLI; PASSWISE_HOME defaults to a fresh temporary directory. */
export function passwiseCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [passwiseBin, ...args], {
    encoding: "utf8",
    env: { ...process.env, PASSWISE_HOME: tempDir("passwise-home-"), PASSWISE_CACHE_DIR: sharedProbeCacheDir, ...env },
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Recomputes a size by hand: opt -passes=P, llc -filetype=obj, llvm-size (text + data). */
export async function sizeByHand(toolchain: Toolchain, ir: string, pipeline: string): Promise<number> {
  const dir = tempDir();
  writeFileSync(path.join(dir, "in.ll"), ir);
  const optArgs = pipeline === "" ? [path.join(dir, "in.ll"), "-o", path.join(dir, "out.bc")] : [`-passes=${pipeline}`, path.join(dir, "in.ll"), "-o", path.join(dir, "out.bc")];
  const opt = await runTool(toolPath(toolchain, "opt"), optArgs, { timeoutMs: 60_000 });
  if (opt.exitCode !== 0) throw new Error(`opt failed: ${opt.stderr}`);
  const llc = await runTool(toolPath(toolchain, "llc"), ["-filetype=obj", path.join(dir, "out.bc"), "-o", path.join(dir, "out.o")], { timeoutMs: 60_000 });
  if (llc.exitCode !== 0) throw new Error(`llc failed: ${llc.stderr}`);
  const size = await runTool(toolPath(toolchain, "llvm-size"), [path.join(dir, "out.o")], { timeoutMs: 30_000 });
  const [text, data] = (size.stdout.toString().trim().split("\n")[1] ?? "").trim().split(/\s+/).map(Number);
  return (text ?? 0) + (data ?? 0);
}
