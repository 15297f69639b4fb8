import { runTool } from "./run-tool.js";
import { toolPath, type Toolchain } from "./toolchain.js";

/**
 * How to link objects into a non-PIE executable with the C or C++ runtime. The clang driver costs
 * about as much as the link itself (it starts, searches for crt files and GCC's libraries, then
 * starts ld.lld), and PassListEval links hundreds of programs per pipeline, so the driver is asked
 * once (`clang -###`) for the ld.lld command it would run, and later links run ld.lld directly
 * with that command. Without ld.lld, or when the driver's answer cannot be read, links go through
 * the driver.
 */
export interface Linker {
  tool: string;
  args(objects: readonly string[], output: string): string[];
}

const OBJECT_PLACEHOLDER = "passwise-objects-placeholder.o";
const OUTPUT_PLACEHOLDER = "passwise-output-placeholder";
const DRIVER_QUERY_TIMEOUT_MS = 30_000;

const linkers = new Map<string, Promise<Linker>>();

export function executableLinker(toolchain: Toolchain, language: "c" | "c++"): Promise<Linker> {
  const key = `${toolchain.binDir}|${language}`;
  let linker = linkers.get(key);
  if (linker === undefined) {
    linker = findLinker(toolchain, language);
    linkers.set(key, linker);
  }
  return linker;
}

function driverArgs(toolchain: Toolchain, objects: readonly string[], output: string): string[] {
  return ["-no-pie", ...(toolchain.tools["ld.lld"] ? ["-fuse-ld=lld"] : []), ...objects, "-lm", "-o", output];
}

/** Linking through the clang driver: the fallback, and the baseline of `bench:validation`. */
export function driverLinker(toolchain: Toolchain, language: "c" | "c++"): Linker {
  return { tool: toolPath(toolchain, language === "c++" ? "clang++" : "clang"), args: (objects, output) => driverArgs(toolchain, objects, output) };
}

async function findLinker(toolchain: Toolchain, language: "c" | "c++"): Promise<Linker> {
  const viaDriver = driverLinker(toolchain, language);
  const driver = viaDriver.tool;
  const lld = toolchain.tools["ld.lld"];
  if (lld === undefined) return viaDriver;
  // -Wl, keeps the placeholder in the objects' place without the driver checking that it exists.
  const query = await runTool(driver, ["-###", ...driverArgs(toolchain, [`-Wl,${OBJECT_PLACEHOLDER}`], OUTPUT_PLACEHOLDER)], { timeoutMs: DRIVER_QUERY_TIMEOUT_MS });
  if (query.exitCode !== 0) return viaDriver;
  const command = query.stderr
    .split("\n")
    .map(parseQuotedCommand)
    .find((argv) => argv.length > 0 && argv[0] === lld);
  if (command === undefined) return viaDriver;
  const template = command.slice(1);
  if (template.filter((a) => a === OBJECT_PLACEHOLDER).length !== 1 || template.filter((a) => a === OUTPUT_PLACEHOLDER).length !== 1) return viaDriver;
  return {
    tool: lld,
    args: (objects, output) => template.flatMap((a) => (a === OBJECT_PLACEHOLDER ? [...objects] : a === OUTPUT_PLACEHOLDER ? [output] : [a])),
  };
}

/** Reads one line of `clang -###` output: every argument in double quotes, with \ escapes. */
export function parseQuotedCommand(line: string): string[] {
  const args: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) args.push((match[1] as string).replace(/\\(.)/g, "$1"));
  return args;
}
