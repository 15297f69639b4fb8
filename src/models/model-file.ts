import { createHash } from "node:crypto";
import { readFile, writeFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PasswiseError } from "../errors.js";
import { FEATURE_NAMES } from "./features.js";
import { sourcePackage } from "./groups.js";
import { Predictor, type PredictorData } from "./predictor.js";
import type { CrossValidation } from "./train-predictor.js";

export const PREDICTOR_FORMAT = "passwise-predictor";
export const PREDICTOR_FORMAT_VERSION = 1;

// zod: a model file is user input (it may be truncated, hand-edited or from another version).
const modelSchema = z.object({
  format: z.literal(PREDICTOR_FORMAT),
  formatVersion: z.number().int(),
  llvmVersion: z.string(),
  catalogHash: z.string(),
  createdAt: z.string(),
  command: z.string(),
  dataset: z.object({ dir: z.string(), trainingModules: z.number(), heldOutModules: z.number(), splits: z.array(z.string()) }),
  crossValidation: z.unknown(),
  data: z.object({
    featureNames: z.array(z.string()),
    mean: z.array(z.number()),
    std: z.array(z.number()),
    library: z.array(z.object({ pipeline: z.string(), validated: z.array(z.string()) })).min(1),
    modules: z.array(z.object({ hash: z.string(), group: z.string(), features: z.array(z.number()), gains: z.array(z.number().nullable()) })),
    // 0: no neighbours, every module gets the corpus-wide ranking.
    k: z.number().int().nonnegative(),
    priorWeight: z.number().nonnegative(),
  }),
});

export type PredictorFile = z.infer<typeof modelSchema>;

export interface SavedPredictor {
  predictor: Predictor;
  file: PredictorFile;
}

export async function savePredictor(
  file: string,
  predictor: Predictor,
  meta: { llvmVersion: string; catalogHash: string; command: string; dataset: PredictorFile["dataset"]; crossValidation: CrossValidation },
): Promise<void> {
  const body: PredictorFile = {
    format: PREDICTOR_FORMAT,
    formatVersion: PREDICTOR_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    ...meta,
    data: predictor.data,
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(body)}\n`);
  await rename(`${file}.tmp`, file);
}

/**
 * sha256 of what a predictor file's rankings depend on (its `data`: features' scaling, library,
 * training modules and their gains, k, prior weight), leaving out when it was written and the
 * figures recorded beside it: two files with the same digest rank every module alike.
 */
export function predictorContentDigest(file: PredictorFile): string {
  return createHash("sha256").update(JSON.stringify(file.data)).digest("hex");
}

/** Loads a model file; a corrupt, foreign or mismatched file is a clear `model-error`. */
export async function loadPredictor(file: string, expect: { llvmMajor: number }): Promise<SavedPredictor> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new PasswiseError("model-error", `${file}: cannot read the model file (train one with: passwise model train --dataset DIR)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PasswiseError("model-error", `${file}: corrupt model file (not valid JSON: ${(error as Error).message})`);
  }
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PasswiseError("model-error", `${file}: not a passwise predictor model (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`);
  }
  const model = parsed.data;
  if (model.formatVersion !== PREDICTOR_FORMAT_VERSION) {
    throw new PasswiseError("model-error", `${file}: model format version ${model.formatVersion}, this passwise reads version ${PREDICTOR_FORMAT_VERSION}; retrain it`);
  }
  const major = Number.parseInt(model.llvmVersion, 10);
  if (major !== expect.llvmMajor) {
    throw new PasswiseError("model-error", `${file}: trained for LLVM ${model.llvmVersion}, but LLVM ${expect.llvmMajor} is in use; pass --llvm-bin for LLVM ${major} or retrain the model`);
  }
  const data = model.data as PredictorData;
  if (data.featureNames.join(",") !== FEATURE_NAMES.join(",")) {
    throw new PasswiseError("model-error", `${file}: the model's features differ from this passwise's; retrain it`);
  }
  const width = data.library.length;
  if (data.modules.some((m) => m.gains.length !== width || m.features.length !== FEATURE_NAMES.length) || data.mean.length !== FEATURE_NAMES.length || data.std.length !== FEATURE_NAMES.length) {
    throw new PasswiseError("model-error", `${file}: corrupt model file (inconsistent table sizes)`);
  }
  // Files written before groups were merged per source package get the same cross-validation as new ones.
  const modules = data.modules.map((m) => ({ ...m, group: sourcePackage(m.group) }));
  return { predictor: new Predictor({ ...data, modules }), file: model };
}
