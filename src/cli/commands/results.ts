import type { Command } from "commander";
import { loadModule } from "../../llvm/ir-module.js";
import { ResultsStore } from "../../store/results-store.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { formatTable, printJson } from "../render/output.js";
import { defaultDbPath, parsePositiveInt } from "../session.js";

export function registerResults(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("results")
    .description("Best known pipelines of an input from the results store, and the tuning runs recorded for it")
    .argument("<input>", "C/C++ source, .ll or .bc")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .option("-n, --limit <n>", "pipelines to show", "10")
    .action((input: string, flags: { db?: string; limit: string }) => run((globals) => resultsCommand(input, flags, globals)));
}

async function resultsCommand(input: string, flags: { db?: string; limit: string }, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const module = await loadModule(toolchain, input);
  const store = ResultsStore.open(flags.db ?? defaultDbPath());
  try {
    const version = toolchain.version.full;
    const best = store.bestPipelines(module.hash, version, parsePositiveInt(flags.limit, "--limit"));
    const oz = store.findEvaluation(module.hash, "default<Oz>", version, module.targetTriple ?? "x86_64-unknown-linux-gnu");
    const ozSize = oz?.ok ? oz.binarySize : undefined;
    const runs = store.runsFor(module.hash);
    const evaluations = store.countEvaluations(module.hash, version);
    if (globals.json) {
      printJson({ input, moduleHash: module.hash, llvmVersion: version, ozSize: ozSize ?? null, evaluations, best, runs });
      return 0;
    }
    console.log(`${input} (module ${module.hash.slice(0, 12)}, LLVM ${version}): ${evaluations} evaluations stored, ${runs.length} runs`);
    if (best.length === 0) {
      console.log("  nothing stored yet: run `passwise tune` first");
      return 0;
    }
    console.log(
      formatTable(
        ["binary", "vs -Oz", "IR insts", "pipeline"],
        best.map((b) => [String(b.binarySize), ozSize ? `${((100 * (ozSize - b.binarySize)) / ozSize).toFixed(2)}%` : "-", String(b.irInstructionCount), b.pipeline]),
      ),
    );
    return 0;
  } finally {
    store.close();
  }
}
