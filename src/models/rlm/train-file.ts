import { PasswiseError } from "../../errors.js";
import type { RlmConfigInput } from "./config.js";
import { DEFAULT_RLM_METRICS, readRegressionData, toExample } from "./data.js";
import { evaluateRlm, type RlmEvalResult } from "./evaluate.js";
import { saveRlm } from "./model-file.js";
import { RegressionLM, type RlmFineTuneOptions, type RlmFineTuneResult } from "./regression-lm.js";
import type { EpochReport } from "./train.js";

export interface TrainRlmOptions {
  data: string;
  out: string;
  metrics?: readonly string[];
  /** Architecture and tokenizer settings (validated; unknown keys are refused). */
  config?: Omit<RlmConfigInput, "metrics">;
  fineTune?: Omit<RlmFineTuneOptions, "validation" | "onEpoch">;
  /** Use at most this many training rows (the file's order). */
  maxRows?: number;
  /** Samples per input when scoring the test split after training (0: skip). */
  evalSamples?: number;
  llvmVersion?: string | null;
  command: string;
  onEpoch?: (report: EpochReport) => void;
}

export interface TrainRlmResult {
  out: string;
  metrics: string[];
  parameters: number;
  vocabulary: number;
  training: RlmFineTuneResult;
  test: RlmEvalResult | undefined;
}

/**
 * `passwise rlm train`: fits an RLM on the file's train split, stops early on its validation
 * split, saves it, and scores the test split next to the baseline.
 */
export async function trainRlmFromFile(options: TrainRlmOptions): Promise<TrainRlmResult> {
  const { rows, sha256: dataSha256 } = await readRegressionData(options.data);
  const metrics = [...(options.metrics ?? DEFAULT_RLM_METRICS)];
  const known = new Set(rows.flatMap((r) => Object.keys(r.y)));
  const unknown = metrics.filter((m) => !known.has(m));
  if (unknown.length > 0) throw new PasswiseError("bad-input", `${options.data}: no row has metric ${unknown.join(", ")} (rows have: ${[...known].join(", ")})`);
  let train = rows.filter((r) => r.split === "train");
  if (train.length === 0) throw new PasswiseError("bad-input", `${options.data}: no rows with split 'train'`);
  if (options.maxRows !== undefined) train = train.slice(0, options.maxRows);
  const validation = rows.filter((r) => r.split === "validation");
  const nonNegative = (m: string) => rows.every((r) => (r.y[m] ?? 0) >= 0);
  const model = RegressionLM.fromScratch({ ...options.config, metrics: metrics.map((name) => ({ name, nonNegative: nonNegative(name) })) });
  const training = model.fineTune(
    train.map((r) => toExample(r, metrics)),
    { ...options.fineTune, validation: validation.map((r) => toExample(r, metrics)), ...(options.onEpoch ? { onEpoch: options.onEpoch } : {}) },
  );
  const samples = options.evalSamples ?? 64;
  const test = samples > 0 && rows.some((r) => r.split === "test") ? evaluateRlm(model, rows, { split: "test", samples }) : undefined;
  await saveRlm(options.out, model, {
    llvmVersion: options.llvmVersion ?? null,
    command: options.command,
    training: { data: options.data, dataSha256, rows: { train: train.length, validation: validation.length }, ...training, test: test?.lines ?? null },
  });
  return { out: options.out, metrics, parameters: model.parameterCount(), vocabulary: model.parts().vocabulary.length, training, test };
}
