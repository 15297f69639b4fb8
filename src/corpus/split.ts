import { PasswiseError } from "../errors.js";
import { irModuleFromText, type IrModule } from "../llvm/ir-module.js";
import { summarizeIr } from "../llvm/ir-reader.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { concurrencyLimit } from "../search/concurrency.js";

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
  const outcomes = await extractEach(boundedExtract(toolchain, options), module.ir, names, options.directLimit ?? 16);
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
type Extract = (ir: string, functionNames: readonly string[]) => Promise<{ ir: string } | { reason: string }>;

/** One extraction per name, in the order of `names`; `extract` bounds the processes of every level together. */
async function extractEach(extract: Extract, ir: string, names: readonly string[], directLimit: number): Promise<Extraction[]> {
  if (names.length <= directLimit) {
    return Promise.all(
      names.map(async (functionName): Promise<Extraction> => {
        const result = await extract(ir, [functionName]);
        return "ir" in result ? { functionName, ir: result.ir } : { functionName, reason: result.reason };
      }),
    );
  }
  const groupSize = Math.ceil(names.length / GROUPS_PER_CUT);
  const groups = Array.from({ length: Math.ceil(names.length / groupSize) }, (_, i) => names.slice(i * groupSize, (i + 1) * groupSize));
  const perGroup = await Promise.all(
    groups.map(async (group) => {
      const cut = await extract(ir, group);
      // A group that cannot be cut (one bad name fails the whole call) is split from its parent instead.
      return "ir" in cut ? extractEach(extract, cut.ir, group, directLimit) : extractEach(extract, ir, group, Infinity);
    }),
  );
  return perGroup.flat();
}

/** `llvm-extract` of some functions, at most `jobs` at a time however the calls nest. */
function boundedExtract(toolchain: Toolchain, options: SplitOptions): Extract {
  const gate = concurrencyLimit(Math.max(1, options.jobs ?? 2));
  return (ir, functionNames) => gate(() => extractFunctions(toolchain, ir, functionNames, options.timeoutMs ?? 60_000));
}

async function extractFunctions(toolchain: Toolchain, ir: string, functionNames: readonly string[], timeoutMs: number): Promise<{ ir: string } | { reason: string }> {
  const args = [...functionNames.map((name) => `--func=${name}`), "-S", "-", "-o", "-"];
  const result = await runTool(toolPath(toolchain, "llvm-extract"), args, { stdin: ir, timeoutMs });
  if (result.timedOut) return { reason: "llvm-extract timed out" };
  if (result.exitCode !== 0) return { reason: firstDiagnosticLine(result.stderr) };
  return { ir: result.stdout.toString("utf8") };
}
