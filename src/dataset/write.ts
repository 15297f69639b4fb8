import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { irModuleFromText } from "../llvm/ir-module.js";
import { lowerToAssembly } from "../llvm/assembly.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import { NO_PASSES, OZ_PIPELINE } from "../passes/pipeline.js";
import type { CorpusEntry } from "../store/corpus-store.js";
import type { ResultsStore } from "../store/results-store.js";
import type { Checkpoint } from "./checkpoint.js";
import type { BroadcastRecord, EmulationRecord, TunedRecord } from "./build.js";
import { moduleOf } from "./build.js";
import { disassemblyAnswer, disassemblyPrompt, emulationAnswer, emulationPrompt, flagTuningAnswer, flagTuningPrompt, withoutUseListOrder } from "./prompts.js";
import { assignSplits, type Split } from "./splits.js";

export const DATASET_FILES = ["flag-tuning.jsonl", "emulation.jsonl", "disassembly.jsonl", "regression.jsonl", "modules.jsonl"] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];
export type WriteSummary = Record<DatasetFile, number>;

export interface WriteOptions {
  corpus: string;
  outDir: string;
  toolchain: Toolchain;
  store: ResultsStore;
  evaluator: Evaluator;
  entries: readonly CorpusEntry[];
  tuned: readonly TunedRecord[];
  broadcast: Checkpoint<BroadcastRecord>;
  emulation: readonly EmulationRecord[];
  emulationAsm?: boolean;
  /** The checks every best pipeline passed (empty: built with --no-validate). */
  validationChecks?: readonly string[];
  seed?: number;
  budget?: number;
  strategy?: string;
  onFile?: (name: string, done: number, total: number) => void;
  onLog?: (line: string) => void;
}

/** Writes one JSON object per line to a temporary file, renamed into place on close. */
class JsonlWriter {
  private readonly stream: WriteStream;
  rows = 0;
  constructor(readonly file: string) {
    this.stream = createWriteStream(`${file}.tmp`);
  }
  async write(row: unknown): Promise<void> {
    this.rows++;
    if (!this.stream.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((resolve) => this.stream.once("drain", () => resolve()));
  }
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(`${this.file}.tmp`, this.file);
  }
}

/**
 * Writes the dataset's JSONL files from the build's checkpoints. Optimized IR and assembly are
 * regenerated with opt/llc here (they are too large to checkpoint); every size written is the
 * one the evaluator measures, so `opt -passes=<pipeline>` + `llc` reproduces it.
 */
export async function writeDatasetFiles(options: WriteOptions): Promise<WriteSummary> {
  await mkdir(options.outDir, { recursive: true });
  const groupSizes = new Map<string, number>();
  for (const entry of options.entries) groupSizes.set(entry.groupKey, (groupSizes.get(entry.groupKey) ?? 0) + 1);
  const splits = assignSplits(groupSizes);
  const writers = Object.fromEntries(DATASET_FILES.map((name) => [name, new JsonlWriter(path.join(options.outDir, name))])) as Record<DatasetFile, JsonlWriter>;
  const llvmVersion = options.evaluator.llvmVersion;
  const samplesByModule = new Map<string, EmulationRecord[]>();
  for (const sample of options.emulation) samplesByModule.set(sample.moduleHash, [...(samplesByModule.get(sample.moduleHash) ?? []), sample]);
  const entryByHash = new Map(options.entries.map((e) => [e.moduleHash, e]));

  let done = 0;
  const ordered = [...options.tuned].sort((a, b) => a.group.localeCompare(b.group) || a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name));
  for (const record of ordered) {
    const split: Split = splits.get(record.group) ?? "train";
    const entry = entryByHash.get(record.moduleHash);
    const common = { module_hash: record.moduleHash, name: record.name, origin: record.origin, group: record.group, split, llvm_version: llvmVersion };
    const broadcast = options.broadcast.get(record.key);
    await writers["modules.jsonl"].write({
      ...common,
      function: entry?.functionName ?? null,
      parent_hash: entry?.parentHash ?? null,
      ok: record.ok,
      error: record.error ?? null,
      o0_size: record.o0Size ?? null,
      oz_size: record.ozSize ?? null,
      tuned_pipeline: record.bestPipeline ?? null,
      tuned_size: record.bestSize ?? null,
      search_pipeline: record.searchPipeline ?? null,
      best_pipeline: broadcast?.bestPipeline ?? record.bestPipeline ?? null,
      best_size: broadcast?.bestSize ?? record.bestSize ?? null,
      improved_by_broadcast: broadcast?.improved ?? false,
      evaluations: record.evaluations ?? 0,
      rejected: (record.rejected ?? 0) + (broadcast?.rejected ?? 0),
      validated: record.validated ?? false,
      broadcast_sizes: broadcast?.sizes ?? {},
    });
    options.onFile?.(record.name, done++, ordered.length);
    if (!record.ok) continue;
    const module = moduleOf(options, record);

    const unoptimized = await options.evaluator.evaluate(module, NO_PASSES);
    if (!unoptimized.ok) {
      options.onLog?.(`${record.name}: the unoptimized module does not lower (${unoptimized.failure.kind}); left out of the JSONL files`);
      continue;
    }
    const best = { pipeline: broadcast?.bestPipeline ?? (record.bestPipeline as string), size: broadcast?.bestSize ?? (record.bestSize as number) };
    const compiled = await options.evaluator.compile(module, best.pipeline);
    if (!compiled.evaluation.ok || compiled.artifacts === undefined) {
      options.onLog?.(`${record.name}: its best pipeline no longer compiles; left out`);
      continue;
    }
    if (compiled.evaluation.binarySize !== best.size) {
      options.onLog?.(`${record.name}: size of '${best.pipeline}' changed from ${best.size} to ${compiled.evaluation.binarySize} bytes; writing the new measurement`);
    }
    await writers["flag-tuning.jsonl"].write({
      ...common,
      prompt: flagTuningPrompt(module.ir),
      answer: flagTuningAnswer({
        passes: best.pipeline,
        sizeBefore: unoptimized.binarySize,
        sizeAfter: compiled.evaluation.binarySize,
        instructionCount: compiled.evaluation.irInstructionCount,
        optimizedIr: withoutUseListOrder(compiled.artifacts.optimizedIr),
      }),
      pipeline: best.pipeline,
      binary_size_before: unoptimized.binarySize,
      binary_size_after: compiled.evaluation.binarySize,
      oz_size: record.ozSize,
      ir_instruction_count_before: unoptimized.irInstructionCount,
      ir_instruction_count_after: compiled.evaluation.irInstructionCount,
    });

    const oz = await options.evaluator.compile(module, OZ_PIPELINE);
    if (oz.evaluation.ok && oz.artifacts !== undefined) {
      const ozIr = withoutUseListOrder(oz.artifacts.optimizedIr);
      try {
        const asm = await lowerToAssembly(options.toolchain, irModuleFromText(ozIr, module.name));
        await writers["disassembly.jsonl"].write({ ...common, prompt: disassemblyPrompt(asm), answer: disassemblyAnswer(ozIr), pipeline: OZ_PIPELINE });
      } catch (error) {
        options.onLog?.(`${record.name}: no disassembly row (${(error as Error).message})`);
      }
    }

    await writers["regression.jsonl"].write({ ...common, task: "size-unoptimized", x: module.ir, pipeline: null, y: { binary_size: unoptimized.binarySize, ir_instruction_count: unoptimized.irInstructionCount } });
    const regressionPipelines = new Map<string, { binarySize: number; irInstructionCount: number }>();
    if (oz.evaluation.ok) regressionPipelines.set(OZ_PIPELINE, oz.evaluation);
    regressionPipelines.set(best.pipeline, compiled.evaluation);

    for (const sample of samplesByModule.get(record.moduleHash) ?? []) {
      const result = await options.evaluator.compile(module, sample.pipeline);
      if (!result.evaluation.ok || result.artifacts === undefined) continue;
      regressionPipelines.set(sample.pipeline, result.evaluation);
      const prompt = (target: "ir" | "asm") => emulationPrompt(module.ir, sample.pipeline, unoptimized.irInstructionCount, unoptimized.binarySize, target);
      await writers["emulation.jsonl"].write({
        ...common,
        target: "ir",
        pipeline: sample.pipeline,
        prompt: prompt("ir"),
        answer: emulationAnswer({ instructionCount: result.evaluation.irInstructionCount, binarySize: result.evaluation.binarySize, output: withoutUseListOrder(result.artifacts.optimizedIr), target: "ir" }),
        ir_instruction_count: result.evaluation.irInstructionCount,
        binary_size: result.evaluation.binarySize,
      });
      if (options.emulationAsm) {
        const asm = await lowerToAssembly(options.toolchain, irModuleFromText(result.artifacts.optimizedIr, module.name));
        await writers["emulation.jsonl"].write({
          ...common,
          target: "asm",
          pipeline: sample.pipeline,
          prompt: prompt("asm"),
          answer: emulationAnswer({ instructionCount: result.evaluation.irInstructionCount, binarySize: result.evaluation.binarySize, output: asm, target: "asm" }),
          ir_instruction_count: result.evaluation.irInstructionCount,
          binary_size: result.evaluation.binarySize,
        });
      }
    }
    for (const [pipeline, metrics] of regressionPipelines) {
      await writers["regression.jsonl"].write({ ...common, task: "size-after", x: module.ir, pipeline, y: { binary_size: metrics.binarySize, ir_instruction_count: metrics.irInstructionCount } });
    }
  }
  const summary = {} as WriteSummary;
  for (const name of DATASET_FILES) {
    await writers[name].close();
    summary[name] = writers[name].rows;
  }
  await writeFile(
    path.join(options.outDir, "manifest.json"),
    `${JSON.stringify(
      {
        corpus: options.corpus,
        llvm_version: llvmVersion,
        strategy: options.strategy ?? "hybrid",
        budget: options.budget ?? null,
        seed: options.seed ?? 1,
        validation: options.validationChecks ?? [],
        splits: Object.fromEntries(splits),
        files: summary,
        written_at: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
  return summary;
}
