import type { Command } from "commander";
import { PasswiseError } from "../../errors.js";
import { evaluateDisassembly, type DisassemblyEvaluation } from "../../eval/disassembly.js";
import { evaluateEmulation, type EmulationEvaluation } from "../../eval/emulation.js";
import { unitsFromDirectory } from "../../eval/units.js";
import { OZ_PIPELINE, parsePipelineOption } from "../../passes/pipeline.js";
import type { GlobalOptions } from "../context.js";
import { addLlmOptions, backendFromFlags, type LlmFlags } from "../llm-flags.js";
import { formatTable, printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { openSession, parsePositiveInt } from "../session.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface SuiteFlags extends LlmFlags {
  suite: string;
  db?: string;
  seed: string;
}

/** `eval disassembly` and `eval emulation`: LLM Compiler's Tables 5 and 7 on a directory of programs. */
export function registerLlmEvals(evaluation: Command, run: Runner): void {
  addLlmOptions(
    evaluation
      .command("disassembly")
      .description("LLM Compiler's Table 5: lift each unit's assembly to IR; round-trip rate, mean round-trip BLEU, exact-match rate")
      .requiredOption("--suite <dir>", "directory of C/C++/.ll programs")
      .option("-p, --passes <pipeline>", "pipeline that makes the assembly", OZ_PIPELINE)
      .option("-n, --samples <n>", "candidates per unit (temperature 0.8 when above 1)", "1")
      .option("--seed <n>", "sampling seed", "1")
      .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
      .addHelpText("after", "\nExample:\n  passwise eval disassembly --suite mibench --model gguf:llm-compiler-13b-ftd.Q8_0.gguf --json\n"),
  ).action((flags: SuiteFlags & { passes: string; samples: string }) => run((globals) => disassemblyCommand(flags, globals)));

  addLlmOptions(
    evaluation
      .command("emulation")
      .description("LLM Compiler's Table 7: predict opt's output IR / assembly for a random pass list per unit; share that compiles, exact-match rate")
      .requiredOption("--suite <dir>", "directory of C/C++/.ll programs")
      .option("--target <t>", "ir, asm or both", "both")
      .option("-p, --passes <pipeline>", "one pass list for every unit (default: a seeded random list of 1-50 catalog passes per unit)")
      .option("--seed <n>", "seed of the random pass lists", "1")
      .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
      .addHelpText("after", "\nExample:\n  passwise eval emulation --suite mibench --model openai:http://localhost:8000/v1 --seed 1 --json\n"),
  ).action((flags: SuiteFlags & { target: string; passes?: string }) => run((globals) => emulationCommand(flags, globals)));
}

async function disassemblyCommand(flags: SuiteFlags & { passes: string; samples: string }, globals: GlobalOptions): Promise<number> {
  const pipeline = parsePipelineOption(flags.passes);
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}) });
  const backend = await backendFromFlags(flags);
  const progress = createTaskProgress("eval-disassembly", { quiet: globals.quiet });
  try {
    const units = await unitsFromDirectory(session.toolchain, flags.suite);
    if (units.length === 0) throw new PasswiseError("bad-input", "no programs to evaluate");
    const result = await evaluateDisassembly(units, {
      toolchain: session.toolchain,
      evaluator: session.evaluator,
      backend,
      pipeline,
      samples: parsePositiveInt(flags.samples, "--samples"),
      seed: parsePositiveInt(flags.seed, "--seed", { allowZero: true }),
      onUnit: (done, total, name) => progress.update(done, total, { unit: name }),
    });
    progress.stop();
    if (globals.json) printJson({ llvmVersion: session.toolchain.version.full, model: backend.description, source: flags.suite, pipeline, ...result });
    else renderDisassembly(result);
    return 0;
  } finally {
    progress.stop();
    await backend.dispose();
    session.close();
  }
}

const pct = (share: number | null) => (share === null ? "-" : `${(100 * share).toFixed(1)}%`);

function renderDisassembly({ summary: s }: DisassemblyEvaluation): void {
  console.log(`${s.units} units: ${s.evaluated} asked, ${s.notFitting} over the context, ${s.skipped} did not compile`);
  console.log(
    formatTable(
      ["round trips", "round-trip rate", "mean BLEU", "exact match", "lowers"],
      [[String(s.roundTrips), pct(s.roundTripRate), s.meanBleu.toFixed(3), pct(s.exactMatchRate), pct(s.lowersRate)]],
    ),
  );
}

async function emulationCommand(flags: SuiteFlags & { target: string; passes?: string }, globals: GlobalOptions): Promise<number> {
  const targets = flags.target === "both" ? (["ir", "asm"] as const) : flags.target === "ir" || flags.target === "asm" ? ([flags.target] as const) : undefined;
  if (targets === undefined) throw new PasswiseError("bad-option", `--target must be ir, asm or both, got '${flags.target}'`);
  const passes = flags.passes === undefined ? undefined : parsePipelineOption(flags.passes);
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}) });
  const backend = await backendFromFlags(flags);
  const progress = createTaskProgress("eval-emulation", { quiet: globals.quiet });
  try {
    const units = await unitsFromDirectory(session.toolchain, flags.suite);
    if (units.length === 0) throw new PasswiseError("bad-input", "no programs to evaluate");
    const result = await evaluateEmulation(units, {
      toolchain: session.toolchain,
      evaluator: session.evaluator,
      backend,
      catalog: session.catalog.usable,
      targets,
      ...(passes === undefined ? {} : { passes }),
      seed: parsePositiveInt(flags.seed, "--seed", { allowZero: true }),
      onUnit: (done, total, name) => progress.update(done, total, { unit: name }),
    });
    progress.stop();
    if (globals.json) printJson({ llvmVersion: session.toolchain.version.full, model: backend.description, source: flags.suite, ...result });
    else renderEmulation(result);
    return 0;
  } finally {
    progress.stop();
    await backend.dispose();
    session.close();
  }
}

function renderEmulation(result: EmulationEvaluation): void {
  console.log(
    formatTable(
      ["target", "samples", "asked", "compiles", "exact match", "mean BLEU", "count MAPE", "size MAPE"],
      result.summaries.map((s) => [s.target, String(s.samples), String(s.evaluated), pct(s.compileRate), pct(s.exactMatchRate), s.meanBleu.toFixed(3), pct(s.instructionCountMape), pct(s.binarySizeMape)]),
    ),
  );
}
