import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { PasswiseError } from "../../errors.js";
import { loadModule, splitFlags, type LoadModuleOptions } from "../../llvm/ir-module.js";
import { replayCommands } from "../../llvm/replay.js";
import { assemblyFromFile, assemblyFromModule, isAssemblyFile } from "../../llm/disassembly-input.js";
import { llmDisassemble, type LlmDisassembleResult } from "../../llm/llm-disassemble.js";
import { llmEmulate, type LlmEmulateResult } from "../../llm/llm-emulate.js";
import { llmTuneInput, type LlmTuneInputResult } from "../../llm/llm-tune.js";
import { OZ_PIPELINE, parsePipelineOption, replayCommand } from "../../passes/pipeline.js";
import type { GlobalOptions } from "../context.js";
import { addLlmOptions, backendFromFlags, type LlmFlags } from "../llm-flags.js";
import { printJson } from "../render/output.js";
import { createTaskProgress } from "../render/progress.js";
import { openSession, parsePositiveInt } from "../session.js";
import { addVerifyOptions, buildValidator, type VerifyFlags } from "../verify-flags.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface CommonFlags extends LlmFlags {
  db?: string;
  frontendFlags?: string;
  maxTokens?: string;
}

export function registerLlm(program: Command, run: Runner): void {
  const llm = program.command("llm").description("Drive an LLM (LLM Compiler or any other) and check every answer against the real compiler");

  addLlmOptions(
    addVerifyOptions(llm
      .command("tune")
      .description("Ask the model for a pass list, validate it (PassListEval), compile it and -Oz, keep the smaller; predicted sizes next to real ones")
      .argument("<input>", "C/C++ source, .ll or .bc (split per function when over the model's context)")
      .option("--no-validate", "skip PassListEval for the model's list")
      .option("--no-grammar", "do not constrain the answer with a grammar of catalog passes")
      .option("-j, --jobs <n>", "parallel PassListEval programs (default: number of cores)")
      .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
      .option("--frontend-flags <flags>", "extra clang flags for C/C++ input")
      .addHelpText("after", "\nExamples:\n  passwise llm tune prog.c --model gguf:llm-compiler-7b-ftd.Q8_0.gguf\n  passwise llm tune prog.ll --model openai:http://localhost:8000/v1 --model-name facebook/llm-compiler-13b-ftd --json\n  passwise llm tune prog.c --model gguf:m.gguf --run '10 20'   # also differential testing of prog.c\n")),
  ).action((input: string, flags: TuneFlags) => run((globals) => tuneCommand(input, flags, globals)));

  addLlmOptions(
    llm
      .command("emulate")
      .description("The model predicts opt's output (or llc's with --asm); compared with the real one: assembles? exact? counts and size off by how much?")
      .argument("<input>", "C/C++ source, .ll or .bc")
      .requiredOption("-p, --passes <pipeline>", "the pass list to emulate")
      .option("--asm", "predict the assembly instead of the IR")
      .option("--max-tokens <n>", "answer tokens (default: what the context leaves)")
      .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
      .option("--frontend-flags <flags>", "extra clang flags for C/C++ input"),
  ).action((input: string, flags: CommonFlags & { passes: string; asm?: boolean }) => run((globals) => emulateCommand(input, flags, globals)));

  addLlmOptions(
    llm
      .command("disassemble")
      .description("Lift x86-64 assembly to IR and prove the lift by round trip (lower the IR again, compare); --samples N keeps the first exact round trip")
      .argument("<input>", "assembly (.s), or C/C++/.ll/.bc that passwise optimizes (--passes) and lowers first")
      .option("-n, --samples <n>", "candidates to sample (temperature > 0 when above 1)", "1")
      .option("--temperature <t>", "sampling temperature when --samples > 1", "0.8")
      .option("--seed <n>", "seed of the first sample", "1")
      .option("-p, --passes <pipeline>", "for a module input: pipeline before lowering", OZ_PIPELINE)
      .option("--max-tokens <n>", "answer tokens (default: what the context leaves)")
      .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
      .option("--frontend-flags <flags>", "extra clang flags for C/C++ input"),
  ).action((input: string, flags: CommonFlags & { samples: string; temperature: string; seed: string; passes: string }) => run((globals) => disassembleCommand(input, flags, globals)));
}

type TuneFlags = CommonFlags & VerifyFlags & { validate: boolean; grammar: boolean; jobs?: string };

async function tuneCommand(input: string, flags: TuneFlags, globals: GlobalOptions): Promise<number> {
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), jobs });
  const backend = await backendFromFlags(flags);
  const progress = createTaskProgress("llm-tune", { quiet: globals.quiet });
  try {
    const loadOptions = flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {};
    const module = await loadModule(session.toolchain, input, loadOptions);
    const validator = flags.validate ? (await buildValidator(session.toolchain, flags, { input, jobs, suite: true, ...(session.store ? { store: session.store } : {}) })).validator : undefined;
    const result = await llmTuneInput(module, {
      backend,
      toolchain: session.toolchain,
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      grammar: flags.grammar,
      ...(validator ? { validator } : {}),
      onPart: (done, total, name) => progress.update(done, total, { function: name }),
    });
    progress.stop();
    const failures = result.parts.map((p) => p.modelFailure);
    if (failures.length > 0 && failures.every((f) => f !== undefined)) throw modelError(backend.description, failures[0]?.message);
    if (globals.json) printJson({ input, model: backend.description, llvmVersion: session.toolchain.version.full, ...result });
    else renderTune(input, result, loadOptions);
    return 0;
  } finally {
    progress.stop();
    await backend.dispose();
    session.close();
  }
}

function renderTune(input: string, result: LlmTuneInputResult, loadOptions: LoadModuleOptions): void {
  if (result.split) console.log(`${input}: over the model's context, split into ${result.parts.length} functions${result.notExtracted.length ? ` (${result.notExtracted.length} could not be extracted)` : ""}`);
  for (const part of result.parts) {
    const label = result.split ? `  ${part.name}` : input;
    if (part.notFitting) {
      console.log(`${label}: not asked (${part.notFitting}); -Oz ${part.actual.ozSize ?? "-"} B`);
      continue;
    }
    console.log(`${label}: ${part.chosen.pipeline} (${part.chosen.source === "model" ? "the model's list" : "-Oz fallback"})`);
    console.log(`  model's list: ${part.modelPipeline ?? "none"}${part.pipeline && part.pipeline !== part.modelPipeline ? ` → ${part.pipeline}` : ""}`);
    console.log(`  size before: predicted ${part.predicted.sizeBefore ?? "-"} B, real ${part.actual.sizeBefore ?? "-"} B`);
    console.log(`  size after:  predicted ${part.predicted.sizeAfter ?? "-"} B, real ${part.actual.sizeAfter ?? "-"} B; -Oz ${part.actual.ozSize ?? "-"} B`);
    if (part.improvementOverOz !== null) console.log(`  ${part.improvementOverOz.toFixed(2)}% smaller than -Oz`);
    if (part.validation) console.log(`  validated: ${part.validation.valid ? part.validation.checks.join(", ") : `no (${part.validation.reasons[0] ?? "rejected"})`}`);
    for (const issue of part.issues) console.log(`  note: ${issue}`);
    // A split part is one function's IR (llvm-extract of the module), not the whole input.
    console.log(`  replay: ${result.split ? replayCommand(part.chosen.pipeline, `${part.name}.ll`) : replayCommands(input, part.chosen.pipeline, loadOptions)}`);
  }
}

/** The model never answered: the command's work failed (evaluations record such failures and go on). */
function modelError(model: string, message: string | undefined): PasswiseError {
  return new PasswiseError("model-error", `${model} gave no answer: ${message ?? "unknown failure"}`);
}

function maxTokens(flags: CommonFlags): { answerTokens?: number } {
  return flags.maxTokens ? { answerTokens: parsePositiveInt(flags.maxTokens, "--max-tokens") } : {};
}

async function emulateCommand(input: string, flags: CommonFlags & { passes: string; asm?: boolean }, globals: GlobalOptions): Promise<number> {
  const passes = parsePipelineOption(flags.passes);
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}) });
  const backend = await backendFromFlags(flags);
  try {
    const module = await loadModule(session.toolchain, input, flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {});
    const progress = createTaskProgress("llm-emulate", { quiet: globals.quiet });
    progress.log(`asking ${backend.description} to emulate opt -p '${passes}' on ${input}`);
    const result = await llmEmulate(module, passes, { backend, toolchain: session.toolchain, evaluator: session.evaluator, target: flags.asm ? "asm" : "ir", ...maxTokens(flags) });
    if (result.modelFailure) throw modelError(backend.description, result.modelFailure.message);
    if (globals.json) printJson({ input, model: backend.description, llvmVersion: session.toolchain.version.full, ...result });
    else renderEmulate(input, result);
    return 0;
  } finally {
    await backend.dispose();
    session.close();
  }
}

function renderEmulate(input: string, r: LlmEmulateResult): void {
  const what = r.target === "ir" ? "IR" : "assembly";
  console.log(`${input}: emulating opt -p '${r.passes}'${r.target === "asm" ? " and llc" : ""}`);
  if (r.notFitting) console.log(`  not asked: ${r.notFitting}`);
  const pct = (e: number | null) => (e === null ? "-" : `${(100 * e).toFixed(1)}% off`);
  console.log(`  instruction count: predicted ${r.predicted.instructionCount ?? "-"}, real ${r.real.instructionCount} (${pct(r.errors.instructionCount)})`);
  console.log(`  binary size: predicted ${r.predicted.binarySize ?? "-"} B, real ${r.real.binarySize} B (${pct(r.errors.binarySize)})`);
  if (r.generated) {
    console.log(`  generated ${what}: ${r.generated.compiles ? "assembles" : `does not assemble (${r.generated.diagnostic ?? ""})`}; ${r.generated.exactMatch ? "exact match" : "differs"} after normalization; BLEU ${r.generated.bleu.toFixed(3)}`);
  }
  for (const issue of r.issues) console.log(`  note: ${issue}`);
}

async function disassembleCommand(input: string, flags: CommonFlags & { samples: string; temperature: string; seed: string; passes: string }, globals: GlobalOptions): Promise<number> {
  const samples = parsePositiveInt(flags.samples, "--samples");
  const temperature = Number(flags.temperature);
  if (!Number.isFinite(temperature) || temperature <= 0) throw new PasswiseError("bad-option", `--temperature must be a positive number, got '${flags.temperature}'`);
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}) });
  const backend = await backendFromFlags(flags);
  try {
    const source = isAssemblyFile(input)
      ? await assemblyFromFile(input)
      : await assemblyFromModule(session.toolchain, session.evaluator, await loadModule(session.toolchain, input, flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {}), parsePipelineOption(flags.passes));
    const progress = createTaskProgress("llm-disassemble", { quiet: globals.quiet });
    const result = await llmDisassemble(source.asm, {
      backend,
      onSample: (done, total) => progress.update(done, total, { sample: done + 1 <= total ? done + 1 : total }),
      toolchain: session.toolchain,
      samples,
      ...(samples > 1 ? { temperature } : {}),
      seed: parsePositiveInt(flags.seed, "--seed", { allowZero: true }),
      ...(source.referenceIr ? { referenceIr: source.referenceIr } : {}),
      ...maxTokens(flags),
    });
    progress.stop();
    if (result.candidates.length > 0 && result.candidates.every((c) => c.modelFailure)) throw modelError(backend.description, result.candidates[0]?.modelFailure?.message);
    if (globals.json) printJson({ input, model: backend.description, llvmVersion: session.toolchain.version.full, ...result });
    else renderDisassemble(input, result);
    return 0;
  } finally {
    await backend.dispose();
    session.close();
  }
}

function renderDisassemble(input: string, r: LlmDisassembleResult): void {
  if (r.notFitting) {
    console.log(`${input}: not asked (${r.notFitting})`);
    return;
  }
  const best = r.best;
  console.log(`${input}: ${r.proven ? "lift proven by round trip" : "lift NOT proven"} (${r.candidates.length} candidate${r.candidates.length === 1 ? "" : "s"})`);
  if (best) {
    console.log(`  best: sample ${best.sample}, ${best.lowers ? `round-trip BLEU ${best.bleu.toFixed(3)}` : `does not lower (${best.diagnostic ?? best.issues[0] ?? ""})`}${best.exactMatch === null ? "" : `, ${best.exactMatch ? "exact" : "not an exact"} match of the reference IR`}`);
    if (best.ir) process.stdout.write(`\n${best.ir.endsWith("\n") ? best.ir : `${best.ir}\n`}`);
  }
}
