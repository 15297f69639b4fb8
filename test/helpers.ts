import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findToolchain, type Toolchain } from "../src/llvm/toolchain.js";
import { loadModule, type IrModule } from "../src/llvm/ir-module.js";

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

export function tempDir(prefix = "passwise-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
