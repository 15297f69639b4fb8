import { PasswiseError } from "../errors.js";
import { irModuleFromText, type IrModule } from "../llvm/ir-module.js";
import { summarizeIr } from "../llvm/ir-reader.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { mapWithConcurrency } from "../search/concurrency.js";

export interface FunctionPart {
  functionName: string;
  module: IrModule;
}

export interface SplitFailure {
  functionName: string;
  reason: string;
}

/**
 * Splits a module into one module per defined function with `llvm-extract` (as the paper did
 * for units over the token budget). Each part keeps the declarations and globals its function
 * refers to, so it compiles on its own.
 */
export async function splitByFunction(
  toolchain: Toolchain,
  module: IrModule,
  options: { timeoutMs?: number; jobs?: number } = {},
): Promise<{ parts: FunctionPart[]; failures: SplitFailure[] }> {
  const names = summarizeIr(module.ir).definedFunctions.map((f) => f.name);
  const parts: FunctionPart[] = [];
  const failures: SplitFailure[] = [];
  // Results keep the module's function order whatever order the extractions finish in.
  const outcomes = await mapWithConcurrency(names, options.jobs ?? 2, async (functionName) => {
    const result = await runTool(toolPath(toolchain, "llvm-extract"), [`--func=${functionName}`, "-S", "-", "-o", "-"], {
      stdin: module.ir,
      timeoutMs: options.timeoutMs ?? 60_000,
    });
    return { functionName, result };
  });
  for (const { functionName, result } of outcomes) {
    if (result.exitCode !== 0 || result.timedOut) {
      failures.push({ functionName, reason: result.timedOut ? "llvm-extract timed out" : firstDiagnosticLine(result.stderr) });
      continue;
    }
    parts.push({ functionName, module: irModuleFromText(result.stdout.toString("utf8"), `${module.name}:${functionName}`) });
  }
  if (parts.length === 0 && names.length > 0) {
    throw new PasswiseError("bad-input", `${module.name}: no function could be extracted (${failures[0]?.reason ?? "unknown"})`);
  }
  return { parts, failures };
}
