import type { Command } from "commander";
import { loadModule, splitFlags } from "../../llvm/ir-module.js";
import type { Evaluation } from "../../measure/evaluation.js";
import { measureWithBaselines, type SizeReport } from "../../measure/size-report.js";
import { SubprocessEvaluator } from "../../measure/subprocess-evaluator.js";
import { canonicalPipeline, replayCommand } from "../../passes/pipeline.js";
import { cliToolchain, type GlobalOptions } from "../context.js";
import { EXIT, formatTable, percent, printJson } from "../render/output.js";

interface SizeFlags {
  passes: string;
  frontendFlags?: string;
  frontendLevel?: string;
  timeout: string;
}

export function registerSize(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("size")
    .description("Exact object-file size of an input after a pass pipeline, next to no passes (O0) and -Oz")
    .argument("<input>", "C/C++ source, LLVM-IR (.ll) or bitcode (.bc)")
    .option("-p, --passes <pipeline>", "pass pipeline as `opt -passes=` takes it (empty = no passes)", "default<Oz>")
    .option("--frontend-flags <flags>", "extra clang flags for C/C++ input, e.g. \"-Iinclude -DNDEBUG -std=c99\"")
    .option("--frontend-level <level>", "frontend optimization level (LLVM passes stay disabled)", "Oz")
    .option("--timeout <seconds>", "time limit per tool run", "120")
    .addHelpText("after", "\nExample:\n  passwise size examples/crc32.c --passes 'function(sroa),globaldce' --json")
    .action((input: string, flags: SizeFlags) => run((globals) => sizeCommand(input, flags, globals)));
}

async function sizeCommand(input: string, flags: SizeFlags, globals: GlobalOptions): Promise<number> {
  const toolchain = await cliToolchain(globals);
  const module = await loadModule(toolchain, input, {
    ...(flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {}),
    ...(flags.frontendLevel ? { frontendLevel: flags.frontendLevel } : {}),
  });
  const evaluator = new SubprocessEvaluator(toolchain, { timeoutMs: Number(flags.timeout) * 1000 });
  const report = await measureWithBaselines(evaluator, module, canonicalPipeline(flags.passes));
  if (globals.json) printJson(sizeJson(input, report));
  else renderSize(input, report);
  return report.result.ok ? 0 : EXIT.failed;
}

function metricsJson(evaluation: Evaluation) {
  if (!evaluation.ok) return { ok: false, pipeline: evaluation.pipeline, failure: failureJson(evaluation) };
  const { binarySize, textSize, dataSize, bssSize, irInstructionCount } = evaluation;
  return { ok: true, pipeline: evaluation.pipeline, binarySize, textSize, dataSize, bssSize, irInstructionCount };
}

function failureJson(evaluation: Extract<Evaluation, { ok: false }>) {
  const { kind, stage, diagnostic, exitCode, signal } = evaluation.failure;
  return { kind, stage, diagnostic, exitCode, signal };
}

export function sizeJson(input: string, report: SizeReport) {
  const { result } = report;
  const common = {
    input,
    module: report.module.name,
    moduleHash: report.module.hash,
    pipeline: result.pipeline,
    llvmVersion: result.llvmVersion,
    target: result.target,
    times: result.times,
    baselines: { O0: metricsJson(report.baselines.O0), Oz: metricsJson(report.baselines.Oz) },
  };
  if (!result.ok) return { ok: false, ...common, failure: failureJson(result) };
  const sections = result.sections.filter((s) => s.size > 0).map((s) => ({ name: s.name, size: s.size }));
  return {
    ok: true,
    ...common,
    binarySize: result.binarySize,
    textSize: result.textSize,
    dataSize: result.dataSize,
    bssSize: result.bssSize,
    irInstructionCount: result.irInstructionCount,
    sections,
  };
}

function renderSize(input: string, report: SizeReport): void {
  const { result, baselines } = report;
  if (!result.ok) {
    process.stderr.write(`passwise: ${input}: pipeline '${result.pipeline}' failed (${result.failure.kind}): ${result.failure.diagnostic}\n`);
    return;
  }
  const oz = baselines.Oz.ok ? baselines.Oz.binarySize : undefined;
  const row = (label: string, evaluation: Evaluation) =>
    evaluation.ok
      ? [
          label,
          String(evaluation.binarySize),
          String(evaluation.textSize),
          String(evaluation.dataSize),
          String(evaluation.irInstructionCount),
          oz === undefined ? "-" : percent((100 * (oz - evaluation.binarySize)) / oz),
        ]
      : [label, "failed", "", "", "", evaluation.failure.kind];
  const label = result.pipeline === "" ? "(no passes)" : result.pipeline;
  console.log(`${input} — LLVM ${result.llvmVersion}, ${result.target}`);
  console.log(
    formatTable(
      ["pipeline", "binary", "text", "data", "IR insts", "vs -Oz"],
      [row(label.length > 60 ? label.slice(0, 57) + "..." : label, result), row("O0 (no passes)", baselines.O0), row("Oz (default<Oz>)", baselines.Oz)],
    ),
  );
  console.log(`replay: ${replayCommand(result.pipeline)}`);
}
