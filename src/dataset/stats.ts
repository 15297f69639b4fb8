import { readFile } from "node:fs/promises";
import path from "node:path";
import { splitPipeline } from "../passes/pipeline.js";
import { distribution, type Distribution } from "../corpus/stats.js";
import { geomeanReduction } from "./build.js";
import { readJsonl } from "./read-jsonl.js";

interface ModuleRow {
  module_hash: string;
  split: string;
  ok: boolean;
  oz_size: number | null;
  tuned_pipeline: string | null;
  tuned_size: number | null;
  best_pipeline: string | null;
  best_size: number | null;
  improved_by_broadcast: boolean;
  evaluations: number;
  rejected: number;
  llvm_version: string;
}

export interface DatasetStats {
  dir: string;
  llvmVersion: string | null;
  modules: number;
  tuned: number;
  failed: number;
  splits: Record<string, number>;
  geomeanVsOzBeforeBroadcast: number | null;
  geomeanVsOzAfterBroadcast: number | null;
  smallerThanOz: number;
  improvedByBroadcast: number;
  /** Length of the final best lists (-Oz counts as one pass, as in the paper's figure). */
  listLength: Distribution | null;
  meanListLength: number | null;
  listLengthHistogram: Record<string, number>;
  /** How often each pass appears in the final best lists, most frequent first. */
  passFrequency: { pass: string; count: number }[];
  uniqueBestListsBeforeBroadcast: number;
  uniqueBestListsAfterBroadcast: number;
  /** Modules where validation refused at least one would-be winner, and the refusals in total. */
  modulesWithRejectedWinners: number;
  rejectedWinners: number;
  evaluations: number;
  files: Record<string, number>;
}

/** The paper's dataset figures (Fig. 9 list lengths, Fig. 10 pass frequency) for a built dataset. */
export async function datasetStats(dir: string): Promise<DatasetStats> {
  const rows = await readJsonl<ModuleRow>(path.join(dir, "modules.jsonl"));
  const ok = rows.filter((r) => r.ok && r.best_pipeline !== null && r.oz_size !== null);
  const lengths = ok.map((r) => splitPipeline(r.best_pipeline as string).length);
  const histogram: Record<string, number> = {};
  for (const length of lengths) histogram[String(length)] = (histogram[String(length)] ?? 0) + 1;
  const frequency = new Map<string, number>();
  for (const row of ok) for (const pass of splitPipeline(row.best_pipeline as string)) frequency.set(pass, (frequency.get(pass) ?? 0) + 1);
  const splits: Record<string, number> = {};
  for (const row of rows) splits[row.split] = (splits[row.split] ?? 0) + 1;
  const files: Record<string, number> = {};
  for (const name of ["flag-tuning.jsonl", "emulation.jsonl", "disassembly.jsonl", "regression.jsonl"]) {
    files[name] = (await readFile(path.join(dir, name), "utf8").catch(() => "")).split("\n").filter((l) => l.trim() !== "").length;
  }
  return {
    dir,
    llvmVersion: rows[0]?.llvm_version ?? null,
    modules: rows.length,
    tuned: ok.length,
    failed: rows.length - ok.length,
    splits,
    geomeanVsOzBeforeBroadcast: geomeanReduction(ok.map((r) => ({ ozSize: r.oz_size as number, bestSize: r.tuned_size as number }))) ?? null,
    geomeanVsOzAfterBroadcast: geomeanReduction(ok.map((r) => ({ ozSize: r.oz_size as number, bestSize: r.best_size as number }))) ?? null,
    smallerThanOz: ok.filter((r) => (r.best_size as number) < (r.oz_size as number)).length,
    improvedByBroadcast: ok.filter((r) => r.improved_by_broadcast).length,
    listLength: distribution(lengths),
    meanListLength: lengths.length === 0 ? null : lengths.reduce((a, b) => a + b, 0) / lengths.length,
    listLengthHistogram: histogram,
    passFrequency: [...frequency.entries()].map(([pass, count]) => ({ pass, count })).sort((a, b) => b.count - a.count || a.pass.localeCompare(b.pass)),
    uniqueBestListsBeforeBroadcast: new Set(ok.map((r) => r.tuned_pipeline)).size,
    uniqueBestListsAfterBroadcast: new Set(ok.map((r) => r.best_pipeline)).size,
    modulesWithRejectedWinners: ok.filter((r) => r.rejected > 0).length,
    rejectedWinners: ok.reduce((sum, r) => sum + r.rejected, 0),
    evaluations: rows.reduce((sum, r) => sum + r.evaluations, 0),
    files,
  };
}


