import { PasswiseError } from "../errors.js";
import { DEFAULT_TARGET, type IrModule } from "./ir-module.js";
import { firstDiagnosticLine, runTool } from "./run-tool.js";
import { toolPath, type Toolchain } from "./toolchain.js";

/**
 * Lowers IR to textual assembly with the same code generator and level passwise measures with
 * (llc's default), i.e. what `clang -S` prints for the same optimized module.
 */
export async function lowerToAssembly(toolchain: Toolchain, module: Pick<IrModule, "ir" | "targetTriple" | "name">, options: { timeoutMs?: number } = {}): Promise<string> {
  const args = ["-filetype=asm", "-o", "-"];
  if (module.targetTriple === undefined) args.push(`-mtriple=${DEFAULT_TARGET}`);
  const result = await runTool(toolPath(toolchain, "llc"), args, { stdin: module.ir, timeoutMs: options.timeoutMs ?? 120_000 });
  if (result.exitCode !== 0 || result.timedOut) {
    throw new PasswiseError("bad-input", `${module.name}: llc cannot lower it to assembly: ${result.timedOut ? "timed out" : firstDiagnosticLine(result.stderr)}`, { diagnostic: result.stderr });
  }
  return result.stdout.toString("utf8");
}
