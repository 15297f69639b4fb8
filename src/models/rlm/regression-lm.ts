import { PasswiseError } from "../../errors.js";
import { Rng } from "../../search/rng.js";
import { parseRlmConfig, type RlmConfig, type RlmConfigInput } from "./config.js";
import { encode, type DecoderTargets } from "./network.js";
import { mape } from "./metrics.js";
import { numberTokenizerFrom, type DigitHint, type NumberTokenizer } from "./number-tokenizer.js";
import { Params, type Shapes } from "./params.js";
import { sampleEncoded, summarizeSamples, type MetricSummary, type SampleOptions } from "./sample.js";
import { meanLoss, trainParams, type FineTuneOptions, type FineTuneResult, type PreparedExample } from "./train.js";
import { NumericVocabulary, TextVocabulary, type Bag, type EncodedInput } from "./vocabulary.js";

/** A training row: input text and one value per metric (null: not measured for this row). */
export interface Example {
  x: string;
  y: number | readonly (number | null)[];
}

export interface ExampleInput {
  x: string;
}

export interface RlmSampleOptions extends SampleOptions {
  seed?: number;
}

/**
 * regress-lm's facade: `fromScratch(config)`, `fineTune(examples, {validation})`,
 * `sample(inputs, n)`. The encoder's vocabulary is learned from the first fine-tuning set.
 */
export class RegressionLM {
  readonly tokenizer: NumberTokenizer;
  readonly numericVocabulary: NumericVocabulary;

  private constructor(
    readonly config: RlmConfig,
    private vocabulary: TextVocabulary | undefined,
    private params: Params | undefined,
  ) {
    this.tokenizer = numberTokenizerFrom(config.numberTokenizer);
    this.numericVocabulary = new NumericVocabulary(this.tokenizer);
  }

  static fromScratch(config: RlmConfigInput): RegressionLM {
    return new RegressionLM(parseRlmConfig(config), undefined, undefined);
  }

  /** A trained model from its parts (see model-file.ts). */
  static fromParts(config: RlmConfig, vocabulary: readonly string[], parameters: Float32Array): RegressionLM {
    const model = new RegressionLM(config, new TextVocabulary(vocabulary), undefined);
    model.params = new Params(model.shapes(), parameters);
    return model;
  }

  get metricNames(): string[] {
    return this.config.metrics.map((m) => m.name);
  }

  get trained(): boolean {
    return this.params !== undefined;
  }

  /** The learned encoder vocabulary and the parameters, for saving. */
  parts(): { vocabulary: readonly string[]; parameters: Float32Array } {
    const { vocabulary, params } = this.ready();
    return { vocabulary: vocabulary.tokens, parameters: params.data };
  }

  parameterCount(): number {
    return this.params?.data.length ?? 0;
  }

  fineTune(examples: readonly Example[], options: FineTuneOptions = {}): FineTuneResult {
    if (examples.length === 0) throw new PasswiseError("bad-input", "fineTune needs at least one example");
    const started = performance.now();
    // Nothing changes on a bad example: the vocabulary and parameters are set only once all rows are read.
    const vocabulary = this.vocabulary ?? TextVocabulary.learn(examples.map((e) => e.x), { size: this.config.vocabularySize, maxPieces: this.config.maxInputTokens });
    const cache = new Map<string, Bag>();
    const train = examples.map((e) => this.prepare(e, cache, vocabulary));
    const validation = (options.validation ?? []).map((e) => this.prepare(e, cache, vocabulary));
    this.vocabulary = vocabulary;
    if (this.params === undefined) {
      this.params = new Params(this.shapes());
      this.params.initialize(new Rng(this.config.seed));
    }
    const prepareMs = performance.now() - started;
    const validationError = options.selectBy === "error" && validation.length > 0 ? () => this.medianError(validation, options.validation ?? []) : undefined;
    const result = trainParams(this.params, train, validation, { seed: this.config.seed, ...options }, validationError);
    return { ...result, validationRows: validation.length, prepareMs, elapsedMs: performance.now() - started };
  }

  /** Mean cross-entropy per number token (for tests and diagnostics). */
  loss(examples: readonly Example[]): number {
    const cache = new Map<string, Bag>();
    return meanLoss(this.ready().params, examples.map((e) => this.prepare(e, cache)));
  }

  /** `n` samples per input; each sample holds one value per metric, in the config's order. */
  sample(inputs: readonly (ExampleInput | string)[], n: number, options: RlmSampleOptions = {}): number[][][] {
    const { vocabulary } = this.ready();
    return this.sampleBags(
      inputs.map((input) => vocabulary.encode(typeof input === "string" ? input : input.x, this.config.maxInputTokens)),
      n,
      options,
    );
  }

  /** Median, mean and 5%/95% quantiles per metric, from `n` samples per input. */
  predict(inputs: readonly (ExampleInput | string)[], n = 64, options: RlmSampleOptions = {}): MetricSummary[][] {
    return this.sample(inputs, n, options).map((samples) => summarizeSamples(samples, this.config.metrics.length));
  }

  private sampleBags(inputs: readonly EncodedInput[], n: number, options: RlmSampleOptions): number[][][] {
    const { params } = this.ready();
    const rng = new Rng(options.seed ?? this.config.seed);
    return inputs.map((input) => sampleEncoded(params, encode(params, input), this.tokenizer, this.numericVocabulary, this.config.metrics, n, rng, options));
  }

  /**
   * MAPE of 16-sample medians over every measured value of the validation rows, as `predict`
   * would give them (fixed seed, so epochs compare); reads the rows' already encoded inputs.
   */
  private medianError(prepared: readonly PreparedExample[], examples: readonly Example[]): number {
    const metrics = this.config.metrics.length;
    const summaries = this.sampleBags(prepared.map((p) => p.input), 16, { seed: 1 }).map((samples) => summarizeSamples(samples, metrics));
    const predicted: number[] = [];
    const actual: number[] = [];
    examples.forEach((example, i) => {
      (typeof example.y === "number" ? [example.y] : example.y).forEach((value, m) => {
        const median = summaries[i]?.[m]?.median;
        if (value === null || !Number.isFinite(value) || median === undefined) return;
        predicted.push(median);
        actual.push(value);
      });
    });
    return mape(predicted, actual);
  }

  private ready(): { vocabulary: TextVocabulary; params: Params } {
    if (this.vocabulary === undefined || this.params === undefined) throw new PasswiseError("model-error", "the RLM is not trained yet (call fineTune first)");
    return { vocabulary: this.vocabulary, params: this.params };
  }

  private shapes(): Shapes {
    const c = this.config;
    return {
      vocab: (this.vocabulary as TextVocabulary).size,
      dim: c.embeddingDim,
      hidden: c.encoderWidth,
      dec: c.decoderWidth,
      positions: c.metrics.length * this.tokenizer.length,
      numVocab: this.numericVocabulary.size,
      probes: c.sizeProbes,
      hintedMetrics: c.valueHints ? c.metrics.length : 0,
    };
  }

  private prepare(example: Example, cache: Map<string, Bag>, vocabulary = this.ready().vocabulary): PreparedExample {
    const values = typeof example.y === "number" ? [example.y] : example.y;
    if (values.length !== this.config.metrics.length) throw new PasswiseError("bad-input", `an example has ${values.length} values; the model decodes ${this.config.metrics.length} (${this.metricNames.join(", ")})`);
    const L = this.tokenizer.length;
    const K = values.length * L;
    const hinted = this.config.valueHints;
    const targets: DecoderTargets = {
      ids: new Int32Array(K),
      present: new Uint8Array(K),
      allowed: new Array<Int32Array>(K).fill(new Int32Array(0)),
      ...(hinted ? { hints: new Array<DigitHint | undefined>(K).fill(undefined), logValues: new Float64Array(values.length).fill(Number.NaN) } : {}),
    };
    const allowed = targets.allowed as Int32Array[];
    const hints = targets.hints as (DigitHint | undefined)[] | undefined;
    values.forEach((value, m) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const metric = this.config.metrics[m] as RlmConfig["metrics"][number];
      if (metric.nonNegative && value < 0) throw new PasswiseError("bad-input", `metric ${metric.name} is declared non-negative, but an example has ${value}`);
      const tokens = this.tokenizer.encode(value);
      if (targets.logValues) targets.logValues[m] = Math.log1p(Math.abs(this.tokenizer.decode(tokens)));
      tokens.forEach((token, t) => {
        targets.ids[m * L + t] = this.numericVocabulary.id(token);
        targets.present[m * L + t] = 1;
        allowed[m * L + t] = this.allowedIds(tokens.slice(0, t), metric.nonNegative);
        if (hints) hints[m * L + t] = this.tokenizer.digitHint(tokens.slice(0, t));
      });
    });
    return { input: vocabulary.encode(example.x, this.config.maxInputTokens, cache), targets };
  }

  private readonly allowedCache = new Map<string, Int32Array>();
  private allowedIds(prefix: readonly string[], nonNegative: boolean): Int32Array {
    const key = `${nonNegative ? 1 : 0}${prefix.join("")}`;
    let ids = this.allowedCache.get(key);
    if (ids === undefined) {
      ids = Int32Array.from(this.tokenizer.allowedNext(prefix, { nonNegative }), (t) => this.numericVocabulary.id(t));
      this.allowedCache.set(key, ids);
    }
    return ids;
  }
}
