import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { PasswiseError } from "../../errors.js";
import type { Example } from "./regression-lm.js";
import { rlmInput } from "./vocabulary.js";

export const DEFAULT_RLM_METRICS = ["binary_size", "ir_instruction_count"] as const;

// zod: rows come from files users hand us; only the fields the RLM reads are checked.
const rowSchema = z.object({
  x: z.string(),
  pipeline: z.string().nullable().optional(),
  y: z.record(z.number().nullable()),
  split: z.string().optional(),
  task: z.string().optional(),
  group: z.string().optional(),
  module_hash: z.string().optional(),
});

export interface RegressionDataRow {
  x: string;
  pipeline: string | null;
  y: Record<string, number | null>;
  split: string;
  task: string;
  group: string;
}

/** Reads a regression.jsonl file (the dataset's schema); a malformed line is a `bad-input` error. */
export async function readRegressionRows(file: string): Promise<RegressionDataRow[]> {
  return (await readRegressionData(file)).rows;
}

/**
 * `readRegressionRows` and the sha256 of the file's bytes, which model files trained or blended on
 * it record: rows regenerated from another corpus build can differ (`corpus stats` prints a
 * corpus's digest), and the hash shows whether a model is scored on the very rows it was fitted to.
 */
export async function readRegressionData(file: string): Promise<{ rows: RegressionDataRow[]; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new PasswiseError("bad-input", `${file}: cannot read the data file`);
  }
  const text = bytes.toString("utf8");
  const rows: RegressionDataRow[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new PasswiseError("bad-input", `${file}:${i + 1}: not a JSON object`);
    }
    const parsed = rowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PasswiseError("bad-input", `${file}:${i + 1}: not a regression row (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`);
    }
    const r = parsed.data;
    const pipeline = r.pipeline ?? null;
    rows.push({ x: r.x, pipeline, y: r.y, split: r.split ?? "train", task: r.task ?? (pipeline ? "size-after" : "size-unoptimized"), group: r.group ?? "" });
  });
  if (rows.length === 0) throw new PasswiseError("bad-input", `${file}: no rows`);
  return { rows, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** A row as an RLM example: the IR followed by its pipeline; metrics absent from y are null. */
export function toExample(row: RegressionDataRow, metrics: readonly string[]): Example {
  return { x: rlmInput(row.x, row.pipeline), y: metrics.map((m) => row.y[m] ?? null) };
}
