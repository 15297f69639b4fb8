import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PasswiseError } from "../errors.js";
import { sha256 } from "../llvm/ir-module.js";

/** A self-checking program: a solution (optimized by the candidate) and a test part with `main`. */
export interface SuiteProgram {
  name: string;
  dir: string;
  language: "c" | "c++";
  solutionFile: string;
  testFile: string;
}

export interface Suite {
  dir: string;
  programs: SuiteProgram[];
  /** Hash of every file of the suite: verdicts are cached per suite version. */
  version: string;
  includeDir: string;
}

export const BUNDLED_SUITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../suite");

/**
 * Reads a suite directory: `programs/<name>/{solution,test}.{c,cpp}` plus headers, and
 * `include/check.h`. A directory that directly holds program folders works too.
 */
export async function loadSuite(dir = BUNDLED_SUITE_DIR): Promise<Suite> {
  const programsDir = existsSync(path.join(dir, "programs")) ? path.join(dir, "programs") : dir;
  let names: string[];
  try {
    names = (await readdir(programsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch (error) {
    throw new PasswiseError("unreadable-input", `cannot read suite directory ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const programs: SuiteProgram[] = [];
  const hashInput: string[] = [];
  for (const name of names) {
    const programDir = path.join(programsDir, name);
    const program = suiteProgramAt(programDir);
    if (program === undefined) continue;
    programs.push(program);
    for (const file of (await readdir(programDir)).sort()) hashInput.push(name, file, await readFile(path.join(programDir, file), "utf8"));
  }
  if (programs.length === 0) throw new PasswiseError("bad-input", `no suite programs (solution + test) found in ${dir}`);
  const includeDir = existsSync(path.join(dir, "include")) ? path.join(dir, "include") : path.join(BUNDLED_SUITE_DIR, "include");
  hashInput.push(await readFile(path.join(includeDir, "check.h"), "utf8").catch(() => ""));
  return { dir, programs, version: sha256(hashInput.join("\0")).slice(0, 16), includeDir };
}

/** The suite program in a directory (solution + test, C or C++), or undefined when it is not one. */
export function suiteProgramAt(programDir: string): SuiteProgram | undefined {
  const isCpp = existsSync(path.join(programDir, "solution.cpp"));
  const ext = isCpp ? "cpp" : "c";
  const solutionFile = path.join(programDir, `solution.${ext}`);
  const testFile = path.join(programDir, `test.${ext}`);
  if (!existsSync(solutionFile) || !existsSync(testFile)) return undefined;
  return { name: path.basename(programDir), dir: programDir, language: isCpp ? "c++" : "c", solutionFile, testFile };
}

export function languageStd(language: "c" | "c++"): string {
  return language === "c++" ? "-std=c++17" : "-std=c11";
}
