import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { PasswiseError } from "../../errors.js";
import { loadModule, splitFlags } from "../../llvm/ir-module.js";
import { minimizePassList } from "../../minimize/minimize.js";
import { formatPassSavings, passSavings } from "../../minimize/pass-savings.js";
import { parsePipelineOption, splitPipeline } from "../../passes/pipeline.js";
import { replayCommands } from "../../llvm/replay.js";
import type { GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { openSession, parsePositiveInt } from "../session.js";

interface MinimizeFlags {
  passes: string;
  insertion: boolean;
  jobs?: string;
  db?: string;
  frontendFlags?: string;
}

export function registerMinimize(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("minimize")
    .description("Shrink a pass list without growing the binary: drop redundant passes, sort, try insertions (to a fixed point)")
    .argument("<input>", "C/C++ source, .ll or .bc")
    .requiredOption("-p, --passes <pipeline>", "the pass list to minimize (catalog entries joined by commas)")
    .option("--no-insertion", "skip the insertion search (|catalog| × (length+1) evaluations per round)")
    .option("-j, --jobs <n>", "parallel evaluations (default: number of cores)")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .option("--frontend-flags <flags>", "extra clang flags for C/C++ input")
    .action((input: string, flags: MinimizeFlags) => run((globals) => minimizeCommand(input, flags, globals)));
}

async function minimizeCommand(input: string, flags: MinimizeFlags, globals: GlobalOptions): Promise<number> {
  const passes = splitPipeline(parsePipelineOption(flags.passes));
  if (passes.length === 0) throw new PasswiseError("invalid-pipeline", "--passes is empty: nothing to minimize");
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), jobs });
  try {
    const loadOptions = flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {};
    const module = await loadModule(session.toolchain, input, loadOptions);
    const start = await session.evaluator.evaluate(module, passes.join(","));
    if (!start.ok) {
      throw new PasswiseError("invalid-pipeline", `the pipeline fails on ${input} (${start.failure.kind}): ${start.failure.diagnostic}`);
    }
    const result = await minimizePassList(module, passes, {
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      jobs,
      insertion: flags.insertion,
      onStep: (step) => {
        if (!globals.json) process.stderr.write(`phase=${step.phase} length=${step.passes.length} size=${step.size} evaluations=${step.evaluations}\n`);
      },
    });
    const savings = await passSavings(module, result.passes, result.size, session.evaluator, jobs);
    if (globals.json) {
      printJson({ input, llvmVersion: session.evaluator.llvmVersion, ...result, passSavings: savings });
    } else {
      console.log(`${input}: ${result.initialLength} → ${result.passes.length} passes, ${result.initialSize} → ${result.size} B (${result.evaluations} evaluations, ${result.rounds} rounds)`);
      console.log(`  pipeline: ${result.pipeline}`);
      console.log(`  each pass saves: ${formatPassSavings(savings)}`);
      console.log(`  replay: ${replayCommands(input, result.pipeline, loadOptions)}`);
    }
    return 0;
  } finally {
    session.close();
  }
}
