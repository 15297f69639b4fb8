import { z } from "zod";
import { PasswiseError } from "../../errors.js";

// zod: the config comes from users and from model files; .strict() refuses typos instead of ignoring them.
const tokenizerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ieee"), exponentDigits: z.number().int().min(1).max(2), mantissaDigits: z.number().int().min(1).max(8) }).strict(),
  z.object({ kind: z.literal("p10"), mantissaDigits: z.number().int().min(1).max(8), maxExponent: z.number().int().min(0).max(30) }).strict(),
]);

export const rlmConfigSchema = z
  .object({
    /** The numbers decoded for every input, in order; each is conditioned on those before it. */
    metrics: z.array(z.object({ name: z.string().min(1), nonNegative: z.boolean().default(false) }).strict()).min(1).max(8),
    numberTokenizer: tokenizerSchema.default({ kind: "ieee", exponentDigits: 1, mantissaDigits: 4 }),
    /** Encoder vocabulary learned from the training texts (word pieces and adjacent pairs). */
    vocabularySize: z.number().int().min(8).max(65536).default(4096),
    embeddingDim: z.number().int().min(2).max(256).default(32),
    encoderWidth: z.number().int().min(4).max(1024).default(128),
    decoderWidth: z.number().int().min(4).max(1024).default(256),
    /**
     * Size probes per input segment: log(Σ count × softplus(q_token)), a learned positive weight
     * per word piece. Code size is close to such a weighted count, which a bag's mean and
     * per-dimension log-sum only approximate.
     */
    sizeProbes: z.number().int().min(0).max(64).default(8),
    /**
     * Value hints (IEEE-like layout only): the encoder also estimates each metric's log value,
     * and at every exponent and mantissa position the decoder sees the digit that estimate
     * implies after the tokens written so far, as one continuous input. The estimate is trained
     * on its own squared error; the tokens are still sampled from the decoder's distribution.
     */
    valueHints: z.boolean().default(true),
    /**
     * Independently initialised networks trained on the same rows (one training run each);
     * samples are drawn from every network in turn, so the median and the interval come from
     * their pooled distribution.
     */
    ensembleMembers: z.number().int().min(1).max(8).default(1),
    /**
     * Networks kept from each member's training run: the parameters of its best epochs by
     * validation score (a snapshot ensemble: more networks to sample at no extra training).
     */
    snapshots: z.number().int().min(1).max(8).default(1),
    /**
     * Linear blend: after training, a weighted least-squares fit of each non-negative metric on the
     * counts of this many of the training texts' most frequent word pieces (per kind of input: by
     * segment, code or declarations, without a pipeline; of the whole text with one), towards which
     * the samples are moved by a weight chosen on the validation rows (0: no blend).
     */
    linearBlendPieces: z.number().int().min(0).max(4096).default(1024),
    /** The blend's features also count this many of the most frequent adjacent pairs of code pieces. */
    linearBlendPairs: z.number().int().min(0).max(4096).default(512),
    /**
     * The blend's heads for inputs without a pipeline count the function bodies' pieces and pairs
     * and the features of codegen-features.ts ("code"), not the pieces of the whole IR by segment.
     */
    linearBlendCodegen: z.boolean().default(true),
    /**
     * After a pipeline, the blend counts the IR's features and each pipeline piece as the estimate
     * without a pipeline ("scaled" in linear-blend.ts) instead of whole-text pieces. Absent means
     * false, so the configs, and content digests, of models trained before it stay as they were.
     */
    linearBlendScaled: z.boolean().optional(),
    /** Word pieces read per input segment; the rest is cut off. */
    maxInputTokens: z.number().int().min(16).default(65536),
    seed: z.number().int().min(0).default(1),
  })
  .strict();

export type RlmConfig = z.infer<typeof rlmConfigSchema>;
export type RlmConfigInput = z.input<typeof rlmConfigSchema>;

export function parseRlmConfig(input: unknown): RlmConfig {
  const parsed = rlmConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PasswiseError("bad-input", `invalid RLM config (${issue?.path.join(".") || "root"}: ${issue?.message ?? "invalid"})`);
  }
  const names = parsed.data.metrics.map((m) => m.name);
  if (new Set(names).size !== names.length) throw new PasswiseError("bad-input", `invalid RLM config: metric names repeat (${names.join(", ")})`);
  return parsed.data;
}
