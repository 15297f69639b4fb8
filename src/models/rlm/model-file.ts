import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { PasswiseError } from "../../errors.js";
import { rlmConfigSchema } from "./config.js";
import { LinearBlend } from "./linear-blend.js";
import { RegressionLM } from "./regression-lm.js";

export const RLM_FORMAT = "passwise-rlm";
export const RLM_FORMAT_VERSION = 9;
/**
 * Version 2 predates size probes, 3 value hints, 4 ensembles and calibrated temperatures, 5 the
 * linear blend, 6 its segment and pair features, 7 its codegen features and 8 its scaled features;
 * their files load without them (one network, sampled at temperature 1, up to 4; a blend on
 * whole-text pieces in 6; a blend by segment without a pipeline in 7).
 */
const READABLE_VERSIONS = [2, 3, 4, 5, 6, 7, 8, RLM_FORMAT_VERSION];

const lengthBucketsSchema = z.object({ bounds: z.array(z.number().int().positive()), temperatures: z.array(z.array(z.number().positive())) });

// zod: a model file is user input (truncated, hand-edited, or from another passwise).
const fileSchema = z.object({
  format: z.literal(RLM_FORMAT),
  formatVersion: z.number().int(),
  llvmVersion: z.string().nullable(),
  createdAt: z.string(),
  command: z.string(),
  config: rlmConfigSchema,
  vocabulary: z.array(z.string()).min(1),
  /** Float32 little-endian parameters, base64; an ensemble's members one after another. */
  parameters: z.string(),
  /** Sampling temperature per metric for inputs without and with a pipeline, chosen on validation rows (`rlm calibrate`). */
  temperatures: z.object({
    withoutPipeline: z.array(z.number().positive()),
    withPipeline: z.array(z.number().positive()),
    /** Per kind of input, by the input's length in word pieces (see LengthBuckets). */
    byLength: z.object({ withoutPipeline: lengthBucketsSchema.optional(), withPipeline: lengthBucketsSchema.optional() }).optional(),
  }),
  /** The linear blend (see linear-blend.ts): one head per metric and kind of input, with the features it counts. */
  linearBlend: z
    .object({
      heads: z.array(
        z.object({
          metric: z.number().int().min(0),
          withPipeline: z.boolean(),
          weight: z.number().min(0).max(1),
          features: z.enum(["pieces", "segments", "code", "scaled"]),
          keys: z.array(z.string()),
          coefficients: z.array(z.number()),
        }),
      ),
    })
    .nullable()
    .default(null),
  training: z.unknown(),
});

export type RlmFile = z.infer<typeof fileSchema>;

export interface RlmFileMeta {
  llvmVersion: string | null;
  command: string;
  training?: unknown;
}

/**
 * Saves a trained RLM: JSON with the parameters as base64 float32, gzipped when the file name
 * ends in .gz (about a third of the size; the shipped model stays small).
 */
export async function saveRlm(file: string, model: RegressionLM, meta: RlmFileMeta): Promise<void> {
  const { vocabulary, parameters, temperatures, blend } = model.parts();
  const body: RlmFile = {
    format: RLM_FORMAT,
    formatVersion: RLM_FORMAT_VERSION,
    llvmVersion: meta.llvmVersion,
    createdAt: new Date().toISOString(),
    command: meta.command,
    config: model.config,
    vocabulary: [...vocabulary],
    parameters: Buffer.from(parameters.buffer, parameters.byteOffset, parameters.byteLength).toString("base64"),
    temperatures,
    linearBlend: blend ? { heads: blend.heads.map((h) => ({ ...h, keys: [...h.keys], coefficients: [...h.coefficients] })) } : null,
    training: meta.training ?? null,
  };
  const text = `${JSON.stringify(body)}\n`;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(`${file}.tmp`, file.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text);
  await rename(`${file}.tmp`, file);
}

/** Loads an RLM file; anything unreadable, corrupt or foreign is a `model-error`. */
export async function loadRlm(file: string): Promise<{ model: RegressionLM; file: RlmFile }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new PasswiseError("model-error", `${file}: cannot read the RLM file (train one with: passwise rlm train --data FILE.jsonl)`);
  }
  let text: string;
  try {
    text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
  } catch (error) {
    throw new PasswiseError("model-error", `${file}: corrupt RLM file (bad gzip data: ${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PasswiseError("model-error", `${file}: corrupt RLM file (not valid JSON: ${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(withOlderVersionDefaults(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PasswiseError("model-error", `${file}: not a passwise RLM file (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`);
  }
  const body = parsed.data;
  if (!READABLE_VERSIONS.includes(body.formatVersion)) {
    throw new PasswiseError("model-error", `${file}: RLM format version ${body.formatVersion}, this passwise reads versions ${READABLE_VERSIONS.join(", ")}; retrain it`);
  }
  const raw = Buffer.from(body.parameters, "base64");
  if (raw.byteLength % 4 !== 0) throw new PasswiseError("model-error", `${file}: corrupt RLM file (parameter blob is ${raw.byteLength} bytes, not whole float32s)`);
  const parameters = new Float32Array(raw.byteLength / 4);
  new Uint8Array(parameters.buffer).set(raw);
  try {
    const blend = body.linearBlend ? new LinearBlend(body.linearBlend.heads) : undefined;
    const model = RegressionLM.fromParts(body.config, body.vocabulary, parameters, body.temperatures, blend);
    if (parameters.some((p) => !Number.isFinite(p))) throw new RangeError("non-finite parameters");
    return { model, file: body };
  } catch (error) {
    throw new PasswiseError("model-error", `${file}: corrupt RLM file (${(error as Error).message})`);
  }
}

/**
 * sha256 of what a model file's predictions depend on (configuration, vocabulary, parameters,
 * temperatures, blend), leaving out when it was written and how long training took: two files
 * with the same digest predict the same samples, so a retrained model can be checked against a
 * shipped one.
 */
export function rlmContentDigest(file: RlmFile): string {
  const { config, vocabulary, parameters, temperatures, linearBlend } = file;
  return createHash("sha256").update(JSON.stringify({ config, vocabulary, parameters, temperatures, linearBlend })).digest("hex");
}

/** Settings that older formats did not have, set the way those networks were built. */
function withOlderVersionDefaults(json: unknown): unknown {
  if (typeof json !== "object" || json === null) return json;
  const body = json as { formatVersion?: unknown; config?: unknown };
  if (typeof body.formatVersion !== "number" || body.formatVersion >= 8 || typeof body.config !== "object" || body.config === null) return json;
  if (body.formatVersion === 7) return { ...body, config: { ...body.config, linearBlendCodegen: false } };
  if (body.formatVersion === 6) return { ...body, config: { ...body.config, linearBlendPairs: 0, linearBlendCodegen: false }, linearBlend: version6Blend((body as { linearBlend?: unknown }).linearBlend) };
  const config = { ...(body.config as { metrics?: unknown }), linearBlendPieces: 0, linearBlendPairs: 0, linearBlendCodegen: false };
  if (body.formatVersion === 5) return { ...body, config };
  const metrics = Array.isArray(config.metrics) ? config.metrics.length : 0;
  return {
    ...body,
    temperatures: { withoutPipeline: Array.from({ length: metrics }, () => 1), withPipeline: Array.from({ length: metrics }, () => 1) },
    config: { ...config, ...(body.formatVersion <= 3 ? { valueHints: false } : {}), ...(body.formatVersion === 2 ? { sizeProbes: 0 } : {}) },
  };
}

/** Version 6 kept one list of whole-text word pieces shared by every head. */
function version6Blend(blend: unknown): unknown {
  if (typeof blend !== "object" || blend === null) return blend;
  const { pieces, heads } = blend as { pieces?: unknown; heads?: unknown };
  if (!Array.isArray(pieces) || !Array.isArray(heads)) return blend;
  return { heads: heads.map((head: unknown) => (typeof head === "object" && head !== null ? { ...head, features: "pieces", keys: pieces } : head)) };
}
