import { access, constants } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { runTool } from "./run-tool.js";

export const TOOL_NAMES = ["clang", "clang++", "opt", "llc", "llvm-extract", "llvm-link", "llvm-dis", "llvm-size", "ld.lld"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** Tools without which passwise cannot measure anything. */
const REQUIRED: readonly ToolName[] = ["opt", "llc"];
export const SUPPORTED_MAJORS = [19, 20, 21, 22, 18, 17] as const; // in order of preference
export const PREFERRED_MAJOR = 19;

export interface LlvmVersion {
  major: number;
  /** e.g. "19.1.7" */
  full: string;
}

export interface Toolchain {
  version: LlvmVersion;
  binDir: string;
  /** Absolute path of each tool found. */
  tools: Partial<Record<ToolName, string>>;
  missing: ToolName[];
}

export interface FindToolchainOptions {
  /** A directory holding opt, llc, … (the --llvm-bin flag or PASSWISE_LLVM_BIN). */
  llvmBin?: string;
  /** Search path used for unversioned tools; defaults to PATH as the CLI read it. */
  searchPath?: string;
}

export interface ToolchainDiscovery {
  toolchain: Toolchain | undefined;
  /** Every candidate directory looked at and what was wrong with it. */
  rejected: { binDir: string; reason: string }[];
}

export function installHint(major = PREFERRED_MAJOR): string {
  return `apt-get install -y llvm-${major} clang-${major} lld-${major}`;
}

/** Finds an LLVM 17–22 toolchain, preferring 19; throws toolchain-missing when none fits. */
export async function findToolchain(options: FindToolchainOptions = {}): Promise<Toolchain> {
  const { toolchain, rejected } = await discoverToolchain(options);
  if (toolchain === undefined) {
    const tried = rejected.map((r) => `${r.binDir}: ${r.reason}`).join("; ");
    throw new PasswiseError(
      "toolchain-missing",
      `no supported LLVM (17–22) found${tried ? ` (${tried})` : ""}; install one with: ${installHint()}`,
    );
  }
  return toolchain;
}

/** Like findToolchain, but reports instead of throwing (for `passwise doctor`). */
export async function discoverToolchain(options: FindToolchainOptions = {}): Promise<ToolchainDiscovery> {
  const rejected: { binDir: string; reason: string }[] = [];
  for (const binDir of candidateDirs(options)) {
    const toolchain = await probeDir(binDir);
    if (typeof toolchain === "string") {
      rejected.push({ binDir, reason: toolchain });
      if (options.llvmBin !== undefined) break; // an explicit choice is never silently replaced
      continue;
    }
    return { toolchain, rejected };
  }
  return { toolchain: undefined, rejected };
}

function candidateDirs(options: FindToolchainOptions): string[] {
  if (options.llvmBin !== undefined) return [path.resolve(options.llvmBin)];
  const dirs = SUPPORTED_MAJORS.map((major) => `/usr/lib/llvm-${major}/bin`);
  const searchPath = options.searchPath ?? "";
  for (const dir of searchPath.split(path.delimiter)) if (dir) dirs.push(dir);
  return [...new Set(dirs)];
}

async function probeDir(binDir: string): Promise<Toolchain | string> {
  const tools: Partial<Record<ToolName, string>> = {};
  for (const name of TOOL_NAMES) {
    const file = path.join(binDir, name);
    if (await isExecutable(file)) tools[name] = file;
  }
  const missingRequired = REQUIRED.filter((name) => tools[name] === undefined);
  if (missingRequired.length > 0) return `missing ${missingRequired.join(", ")}`;
  const version = await readVersion(tools.opt as string);
  if (version === undefined) return "could not read `opt --version`";
  if (!SUPPORTED_MAJORS.includes(version.major as (typeof SUPPORTED_MAJORS)[number])) {
    return `LLVM ${version.full} is not supported (17–22)`;
  }
  const missing = TOOL_NAMES.filter((name) => tools[name] === undefined);
  return { version, binDir, tools, missing };
}

/** Whether a file exists and may be executed by this process. */
export async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function readVersion(optPath: string): Promise<LlvmVersion | undefined> {
  const result = await runTool(optPath, ["--version"], { timeoutMs: 15_000 });
  const match = /LLVM version (\d+)\.(\d+)\.(\d+)/.exec(result.stdout.toString("utf8"));
  if (!match) return undefined;
  return { major: Number(match[1]), full: `${match[1]}.${match[2]}.${match[3]}` };
}

/** The path of a tool, or a toolchain-missing error that says how to install it. */
export function toolPath(toolchain: Toolchain, name: ToolName): string {
  const file = toolchain.tools[name];
  if (file === undefined) {
    throw new PasswiseError(
      "toolchain-missing",
      `${name} was not found in ${toolchain.binDir}; install it with: ${installHint(toolchain.version.major)}`,
    );
  }
  return file;
}
