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

export interface SplitOptions {
  timeoutMs?: number;
  jobs?: number;
  /** Above this many functions the module is first cut into groups (default 16). */
  directLimit?: number;
}

/** Groups per cut: the module is parsed this many times per level instead of once per function. */
const GROUPS_PER_CUT = 8;

/**
 * Splits a module into one module per defined function with `llvm-extract` (as the paper did
 * for units over the token budget). Each part keeps the declarations and globals its function
 * refers to, so it compiles on its own.
 *
 * One `llvm-extract` per function parses the whole module each time, which is quadratic on a
 * translation unit of thousands of functions. Large modules are therefore first cut into groups
 * of functions (extracting a group leaves the same declarations, linkage and visibility a
 * single-function extraction would, so the final parts are byte-identical); a group that
 * cannot be cut is split function by function from its parent instead.
 */
export async function splitByFunction(
  toolchain: Toolchain,
  module: IrModule,
  options: SplitOptions = {},
): Promise<{ parts: FunctionPart[]; failures: SplitFailure[] }> {
  const names = summarizeIr(module.ir).definedFunctions.map((f) => f.name);
  const outcomes = await extractEach(toolchain, module.ir, names, options);
  const parts: FunctionPart[] = [];
  const failures: SplitFailure[] = [];
  for (const outcome of outcomes) {
    if ("reason" in outcome) failures.push(outcome);
    else parts.push({ functionName: outcome.functionName, module: irModuleFromText(outcome.ir, `${module.name}:${outcome.functionName}`) });
  }
  if (parts.length === 0 && names.length > 0) {
    throw new PasswiseError("bad-input", `${module.name}: no function could be extracted (${failures[0]?.reason ?? "unknown"})`);
  }
  return { parts, failures };
}

type Extraction = { functionName: string; ir: string } | SplitFailure;

/** One extraction per name, in the order of `names`. */
async function extractEach(toolchain: Toolchain, ir: string, names: readonly string[], options: SplitOptions): Promise<Extraction[]> {
  const jobs = options.jobs ?? 2;
  if (names.length <= (options.directLimit ?? 16)) {
    return mapWithConcurrency(names, jobs, async (functionName): Promise<Extraction> => {
      const result = await extract(toolchain, ir, [functionName], options);
      return "ir" in result ? { functionName, ir: result.ir } : { functionName, reason: result.reason };
    });
  }
  const groupSize = Math.ceil(names.length / GROUPS_PER_CUT);
  const groups = Array.from({ length: Math.ceil(names.length / groupSize) }, (_, i) => names.slice(i * groupSize, (i + 1) * groupSize));
  const perGroup = await mapWithConcurrency(groups, jobs, async (group) => {
    const cut = await extract(toolchain, ir, group, options);
    // A group that cannot be cut (one bad name fails the whole call) falls back to its parent.
    return "ir" in cut ? extractEach(toolchain, cut.ir, group, options) : extractEach(toolchain, ir, group, { ...options, directLimit: Infinity });
  });
  return perGroup.flat();
}

async function extract(toolchain: Toolchain, ir: string, functionNames: readonly string[], options: SplitOptions): Promise<{ ir: string } | { reason: string }> {
  const args = [...functionNames.map((name) => `--func=${name}`), "-S", "-", "-o", "-"];
  const result = await runTool(toolPath(toolchain, "llvm-extract"), args, { stdin: ir, timeoutMs: options.timeoutMs ?? 60_000 });
  if (result.timedOut) return { reason: "llvm-extract timed out" };
  if (result.exitCode !== 0) return { reason: firstDiagnosticLine(result.stderr) };
  return { ir: result.stdout.toString("utf8") };
}
