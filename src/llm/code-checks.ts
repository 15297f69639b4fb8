import { DEFAULT_TARGET } from "../llvm/ir-module.js";
import { readTargetTriple } from "../llvm/ir-reader.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";

export type CodeCheck = { ok: true } | { ok: false; diagnostic: string };

/** Whether generated IR parses and verifies (`opt -passes=verify`). */
export async function checkIr(toolchain: Toolchain, ir: string, timeoutMs = 60_000): Promise<CodeCheck> {
  const result = await runTool(toolPath(toolchain, "opt"), ["-passes=verify", "-disable-output"], { stdin: ir, timeoutMs });
  if (result.exitCode === 0 && !result.timedOut) return { ok: true };
  return { ok: false, diagnostic: result.timedOut ? "opt timed out" : firstDiagnosticLine(result.stderr) };
}

/** Whether generated assembly assembles into an object file (clang's integrated assembler). */
export async function checkAsm(toolchain: Toolchain, asm: string, options: { triple?: string; timeoutMs?: number } = {}): Promise<CodeCheck> {
  const args = [`--target=${options.triple ?? DEFAULT_TARGET}`, "-c", "-x", "assembler", "-", "-o", "/dev/null"];
  const result = await runTool(toolPath(toolchain, "clang"), args, { stdin: asm, timeoutMs: options.timeoutMs ?? 60_000 });
  if (result.exitCode === 0 && !result.timedOut) return { ok: true };
  return { ok: false, diagnostic: result.timedOut ? "clang timed out" : firstDiagnosticLine(result.stderr) };
}

export function tripleOf(ir: string): string {
  return readTargetTriple(ir) ?? DEFAULT_TARGET;
}
