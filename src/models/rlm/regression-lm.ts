import { PasswiseError } from "../../errors.js";
import { Rng } from "../../search/rng.js";
import { parseRlmConfig, type RlmConfig, type RlmConfigInput } from "./config.js";
import { calibrateTemperatures, DEFAULT_CALIBRATION_ROWS, evenlySpaced, type CalibrateOptions, type CalibrationResult } from "./calibrate.js";
import { BLEND_WEIGHTS, headKey, LinearBlend } from "./linear-blend.js";
import { encode, type DecoderTargets } from "./network.js";
import { mape } from "./metrics.js";
import { numberTokenizerFrom, type DigitHint, type NumberTokenizer } from "./number-tokenizer.js";
import { Params, type Shapes } from "./params.js";
import { mean, sampleEncoded, summarizeSamples, type MetricSummary, type SampleOptions } from "./sample.js";
import { meanLoss, trainParams, type FineTuneOptions, type FineTuneResult, type PreparedExample } from "./train.js";
import { NumericVocabulary, readInput, SEGMENTS, TextVocabulary, type Bag, type EncodedInput } from "./vocabulary.js";

/** A training row: input text and one value per metric (null: not measured for this row). */
export interface Example {
  x: string;
  y: number | readonly (number | null)[];
}

export interface ExampleInput {
  x: string;
}

/**
 * Sampling temperatures per metric, separately for inputs without a pipeline (a module's own
 * size) and inputs followed by one: the two questions are not equally certain.
 */
export interface SamplingTemperatures {
  withoutPipeline: number[];
  withPipeline: number[];
  /**
   * Per kind of input, temperatures by input length, where calibration had rows enough: short
   * functions' sizes are less certain than the network's spread says and long ones' more, so one
   * temperature per kind leaves short inputs' intervals too narrow. Where present, they replace
   * the kind's list above, which then holds the middle bucket's temperatures.
   */
  byLength?: { withoutPipeline?: LengthBuckets; withPipeline?: LengthBuckets };
}

/**
 * Temperatures by the number of word pieces in an input's IR (pipeline excluded): bucket k holds
 * inputs with bounds[k−1] ≤ length < bounds[k]; `temperatures` has one per-metric list per bucket.
 */
export interface LengthBuckets {
  bounds: number[];
  temperatures: number[][];
}

/** Calibration splits a kind of input into length buckets only when each gets this many rows. */
const MIN_ROWS_PER_LENGTH_BUCKET = 40;

export interface RlmSampleOptions extends SampleOptions {
  seed?: number;
}

export interface RlmFineTuneOptions extends FineTuneOptions {
  /**
   * After training, choose each metric's sampling temperature on the validation rows so that
   * 5%–95% intervals cover 90% of them (default true when there are validation rows).
   */
  calibrate?: boolean | CalibrateOptions;
}

export interface RlmFineTuneResult extends FineTuneResult {
  /** One result per ensemble member (a single-member model has one, equal to the top level's). */
  members: FineTuneResult[];
  calibration?: CalibrationResult;
  /** With a linear blend: the weight chosen per metric and kind of input, and the validation error with and without it. */
  blend?: { metric: string; withPipeline: boolean; weight: number; validationRows: number; validationMape: number; unblendedMape: number }[];
}

/** An encoded input and, with a linear blend, the linear estimate of each metric for it. */
interface BlendableInput {
  input: EncodedInput;
  estimates?: readonly (number | undefined)[];
}

/**
 * regress-lm's facade: `fromScratch(config)`, `fineTune(examples, {validation})`,
 * `sample(inputs, n)`. The encoder's vocabulary is learned from the first fine-tuning set.
 * With `ensembleMembers` > 1 every member is a separately initialised network over the same
 * vocabulary, and samples come from each member in turn.
 */
export class RegressionLM {
  readonly tokenizer: NumberTokenizer;
  readonly numericVocabulary: NumericVocabulary;
  /** Chosen by `calibrate` (1: the networks' own distribution). */
  private temperatures: SamplingTemperatures;
  /** Fitted after training when the config asks for one (see linear-blend.ts). */
  private blend: LinearBlend | undefined;

  private constructor(
    private settings: RlmConfig,
    private vocabulary: TextVocabulary | undefined,
    private members: Params[] | undefined,
  ) {
    this.tokenizer = numberTokenizerFrom(settings.numberTokenizer);
    this.numericVocabulary = new NumericVocabulary(this.tokenizer);
    this.temperatures = this.uncalibrated();
  }

  static fromScratch(config: RlmConfigInput): RegressionLM {
    return new RegressionLM(parseRlmConfig(config), undefined, undefined);
  }

  /**
   * A trained model from its parts (see model-file.ts): `parameters` holds the members' parameter
   * vectors one after another.
   */
  static fromParts(config: RlmConfig, vocabulary: readonly string[], parameters: Float32Array, temperatures?: SamplingTemperatures, blend?: LinearBlend): RegressionLM {
    const model = new RegressionLM(config, new TextVocabulary(vocabulary), undefined);
    if (blend !== undefined) {
      const foreign = blend.heads.find((head) => head.metric >= config.metrics.length);
      if (foreign !== undefined) throw new RangeError(`a linear-blend head is for metric ${foreign.metric}; the model decodes ${config.metrics.length}`);
      model.blend = blend;
    }
    const count = config.ensembleMembers * config.snapshots;
    if (parameters.length % count !== 0) throw new RangeError(`${parameters.length} parameters do not split into ${count} networks`);
    const each = parameters.length / count;
    model.members = Array.from({ length: count }, (_, j) => new Params(model.shapes(), parameters.subarray(j * each, (j + 1) * each)));
    if (temperatures !== undefined) model.setTemperatures(temperatures);
    return model;
  }

  get config(): RlmConfig {
    return this.settings;
  }

  get metricNames(): string[] {
    return this.config.metrics.map((m) => m.name);
  }

  get trained(): boolean {
    return this.members !== undefined;
  }

  /** The learned encoder vocabulary, every member's parameters (concatenated), the temperatures and the linear blend, for saving. */
  parts(): { vocabulary: readonly string[]; parameters: Float32Array; temperatures: SamplingTemperatures; blend: LinearBlend | undefined } {
    const { vocabulary, members } = this.ready();
    const each = (members[0] as Params).data.length;
    const parameters = new Float32Array(each * members.length);
    members.forEach((p, j) => parameters.set(p.data, j * each));
    return { vocabulary: vocabulary.tokens, parameters, temperatures: this.samplingTemperatures, blend: this.blend };
  }

  parameterCount(): number {
    return (this.members ?? []).reduce((total, p) => total + p.data.length, 0);
  }

  /** The per-metric sampling temperatures `sample` uses unless told otherwise. */
  get samplingTemperatures(): SamplingTemperatures {
    return copyTemperatures(this.temperatures);
  }

  /** The per-metric temperatures this input is sampled at (by its kind and, where calibrated so, its length). */
  temperaturesFor(input: ExampleInput | string): number[] {
    const text = typeof input === "string" ? input : input.x;
    return [...this.temperaturesOf(this.ready().vocabulary.encode(text, this.config.maxInputTokens))];
  }

  /** Sets the temperatures (one list: the same for inputs with and without a pipeline, of any length). */
  setTemperatures(temperatures: SamplingTemperatures | readonly number[]): void {
    const both: SamplingTemperatures = isTemperatureList(temperatures) ? { withoutPipeline: [...temperatures], withPipeline: [...temperatures] } : temperatures;
    const lists = [both.withoutPipeline, both.withPipeline];
    for (const buckets of [both.byLength?.withoutPipeline, both.byLength?.withPipeline]) {
      if (buckets === undefined) continue;
      const { bounds } = buckets;
      if (bounds.length === 0 || buckets.temperatures.length !== bounds.length + 1 || bounds.some((b, k) => !Number.isInteger(b) || b < 1 || (k > 0 && b <= (bounds[k - 1] as number)))) {
        throw new PasswiseError("bad-input", `length buckets need ascending positive integer bounds and one temperature list more than bounds, got bounds [${bounds.join(", ")}] and ${buckets.temperatures.length} lists`);
      }
      lists.push(...buckets.temperatures);
    }
    for (const list of lists) {
      if (list.length !== this.config.metrics.length || list.some((t) => !(t > 0) || !Number.isFinite(t))) {
        throw new PasswiseError("bad-input", `expected ${this.config.metrics.length} positive temperatures (one per metric), got [${list.join(", ")}]`);
      }
    }
    this.temperatures = copyTemperatures(both);
  }

  fineTune(examples: readonly Example[], options: RlmFineTuneOptions = {}): RlmFineTuneResult {
    if (examples.length === 0) throw new PasswiseError("bad-input", "fineTune needs at least one example");
    const started = performance.now();
    // Nothing changes on a bad example: the vocabulary and parameters are set only once all rows are read.
    const vocabulary = this.vocabulary ?? TextVocabulary.learn(examples.map((e) => e.x), { size: this.config.vocabularySize, maxPieces: this.config.maxInputTokens });
    const cache = new Map<string, Bag>();
    const train = examples.map((e) => this.prepare(e, cache, vocabulary));
    const validation = (options.validation ?? []).map((e) => this.prepare(e, cache, vocabulary));
    this.vocabulary = vocabulary;
    const { ensembleMembers, snapshots } = this.config;
    if (this.members === undefined) {
      this.members = Array.from({ length: ensembleMembers * snapshots }, (_, i) => {
        const params = new Params(this.shapes());
        if (i % snapshots === 0) params.initialize(new Rng(this.config.seed + i / snapshots));
        return params;
      });
    }
    const networks = this.members;
    this.temperatures = this.uncalibrated();
    this.blend = undefined;
    const prepareMs = performance.now() - started;
    const seed = options.seed ?? this.config.seed;
    const members = Array.from({ length: ensembleMembers }, (_, j): FineTuneResult => {
      const memberStarted = performance.now();
      // A member trains from its best network; its best epochs become its `snapshots` networks.
      const params = networks[j * snapshots] as Params;
      const validationError = options.selectBy === "error" && validation.length > 0 ? () => this.medianError([params], validation, options.validation ?? []) : undefined;
      const onEpoch = options.onEpoch;
      const { snapshots: kept, ...result } = trainParams(
        params,
        train,
        validation,
        { ...options, seed: seed + j, snapshots, ...(onEpoch ? { onEpoch: (e) => onEpoch({ ...e, member: j + 1, members: ensembleMembers }) } : {}) },
        validationError,
      );
      for (let k = 0; k < snapshots; k++) (networks[j * snapshots + k] as Params).data.set(kept[Math.min(k, kept.length - 1)] as Float32Array);
      return { ...result, validationRows: validation.length, prepareMs: j === 0 ? prepareMs : 0, elapsedMs: performance.now() - memberStarted };
    });
    const validationExamples = options.validation ?? [];
    const blend = this.config.linearBlendPieces > 0 && validation.length > 0 ? this.fitBlend(examples, validationExamples, validation) : undefined;
    const calibrate = options.calibrate ?? true;
    const calibration =
      calibrate !== false && validation.length > 0
        ? this.calibratePrepared(validation, validationExamples, calibrate === true ? {} : calibrate)
        : undefined;
    const first = members[0] as FineTuneResult;
    const trainedMs = members.reduce((total, r) => total + r.elapsedMs, 0);
    return {
      ...first,
      // Several members: the sums and means over them (loss and error of the members' mean).
      epochs: members.reduce((total, r) => total + r.epochs, 0),
      trainLoss: mean(members.map((r) => r.trainLoss)),
      validationLoss: first.validationLoss === undefined ? undefined : mean(members.map((r) => r.validationLoss as number)),
      ...(first.validationError !== undefined ? { validationError: mean(members.map((r) => r.validationError as number)) } : {}),
      rowsPerSecond: members.reduce((total, r) => total + r.rowsPerSecond * r.elapsedMs, 0) / Math.max(trainedMs, 1e-9),
      members,
      ...(calibration ? { calibration } : {}),
      ...(blend ? { blend } : {}),
      prepareMs,
      elapsedMs: performance.now() - started,
    };
  }

  /**
   * Fits the linear blend again, with other blend settings if given, on `examples` (the training
   * rows) and picks its weights on `validation`, then calibrates on `validation` (unless
   * `calibrate` is false). The networks stay as they are, so a trained model takes a new kind of
   * blend without retraining.
   */
  refitBlend(
    examples: readonly Example[],
    validation: readonly Example[],
    options: { settings?: Partial<Pick<RlmConfig, "linearBlendPieces" | "linearBlendPairs" | "linearBlendCodegen" | "linearBlendScaled">>; calibrate?: CalibrateOptions | false } = {},
  ): Pick<RlmFineTuneResult, "blend" | "calibration"> {
    const { vocabulary } = this.ready();
    if (validation.length === 0) throw new PasswiseError("bad-input", "refitting the blend needs validation rows to choose its weights");
    const settings = parseRlmConfig({ ...this.settings, ...options.settings });
    const cache = new Map<string, Bag>();
    const prepared = validation.map((e) => this.prepare(e, cache, vocabulary));
    // Nothing changes on bad settings or a bad validation row.
    this.settings = settings;
    this.blend = undefined;
    const blend = this.config.linearBlendPieces > 0 ? this.fitBlend(examples, validation, prepared) : undefined;
    const calibration =
      options.calibrate === false ? undefined : this.calibratePrepared(prepared, validation, options.calibrate ?? {});
    return { ...(blend ? { blend } : {}), ...(calibration ? { calibration } : {}) };
  }

  /**
   * Sets each metric's sampling temperature, for inputs with and without a pipeline apart, so the
   * 5%–95% interval of `n` samples covers the target share (default 90%) of these held-out rows'
   * values; returns coverage before and after. A kind of input absent from the rows takes the
   * other kind's temperatures.
   */
  calibrate(examples: readonly Example[], options: CalibrateOptions = {}): CalibrationResult {
    const { vocabulary } = this.ready();
    const cache = new Map<string, Bag>();
    return this.calibrateEncoded(
      examples.map((e) => ({ ...this.blendable(vocabulary.encode(e.x, this.config.maxInputTokens, cache), e.x), values: this.valuesOf(e) })),
      options,
    );
  }

  /**
   * Fits the linear blend on the training texts, then picks each head's weight by the validation
   * rows' relative error of 16-sample medians (temperature 1, fixed seed; before calibration).
   */
  private fitBlend(examples: readonly Example[], validationExamples: readonly Example[], validation: readonly PreparedExample[]): RlmFineTuneResult["blend"] {
    const { members } = this.ready();
    const fitted = LinearBlend.fit(
      examples.map((e) => e.x),
      examples.map((e) => this.valuesOf(e)),
      this.config.metrics.map((m) => m.nonNegative),
      { pieces: this.config.linearBlendPieces, pairs: this.config.linearBlendPairs, codegen: this.config.linearBlendCodegen, scaled: this.config.linearBlendScaled ?? false },
    );
    const medians = this.sampleBags(members, validation.map((p) => ({ input: p.input })), 16, { seed: 1, temperature: 1 }).map((samples) => summarizeSamples(samples, this.config.metrics.length));
    const estimates = validationExamples.map((e) => fitted.estimates(e.x, this.config.metrics.length));
    const weights = new Map<string, number>();
    const report: NonNullable<RlmFineTuneResult["blend"]> = [];
    for (const head of fitted.heads) {
      const predicted: number[][] = BLEND_WEIGHTS.map(() => []);
      const actual: number[] = [];
      validationExamples.forEach((example, i) => {
        const value = this.valuesOf(example)[head.metric];
        const median = medians[i]?.[head.metric]?.median;
        const estimate = estimates[i]?.[head.metric];
        if (value === null || value === undefined || median === undefined || estimate === undefined || hasPipeline((validation[i] as PreparedExample).input) !== head.withPipeline) return;
        actual.push(value);
        // What apply makes of the median: it scales every sample by (estimate / median)^w.
        BLEND_WEIGHTS.forEach((w, k) => (predicted[k] as number[]).push(median > 0 ? median * (estimate / median) ** w : median));
      });
      if (actual.length === 0) continue;
      const errors = predicted.map((p) => mape(p, actual));
      const best = errors.indexOf(Math.min(...errors));
      weights.set(headKey(head.metric, head.withPipeline), BLEND_WEIGHTS[best] as number);
      report.push({
        metric: this.metricNames[head.metric] as string,
        withPipeline: head.withPipeline,
        weight: BLEND_WEIGHTS[best] as number,
        validationRows: actual.length,
        validationMape: errors[best] as number,
        unblendedMape: errors[0] as number,
      });
    }
    this.blend = fitted.withWeights(weights);
    return report;
  }

  /** An encoded input with its linear estimates when the model has a blend. */
  private blendable(input: EncodedInput, text: string): BlendableInput {
    return this.blend === undefined ? { input } : { input, estimates: this.blend.estimates(text, this.config.metrics.length) };
  }

  /** An input read once into pieces, encoded and with its linear estimates. */
  private readBlendable(text: string, vocabulary: TextVocabulary): BlendableInput {
    const pieces = readInput(text);
    const input = vocabulary.encodePieces(pieces, this.config.maxInputTokens);
    return this.blend === undefined ? { input } : { input, estimates: this.blend.estimatesOf(pieces, this.config.metrics.length) };
  }

  /** `calibrate` on validation rows already prepared (`prepared[i]` from `examples[i]`), with the blend's estimates. */
  private calibratePrepared(prepared: readonly PreparedExample[], examples: readonly Example[], options: CalibrateOptions): CalibrationResult {
    return this.calibrateEncoded(
      prepared.map((p, i) => ({ ...this.blendable(p.input, (examples[i] as Example).x), values: this.valuesOf(examples[i] as Example) })),
      options,
    );
  }

  /** `calibrate` on rows whose inputs are already encoded (fineTune's validation rows). */
  private calibrateEncoded(encoded: readonly (BlendableInput & { values: readonly (number | null)[] })[], options: CalibrateOptions): CalibrationResult {
    const { members } = this.ready();
    const samples = options.samples ?? 64;
    const seed = options.seed ?? 1;
    const target = options.target ?? 0.9;
    const chosen: Partial<Record<"withoutPipeline" | "withPipeline", { list: number[]; buckets?: LengthBuckets }>> = {};
    const metrics: CalibrationResult["metrics"] = [];
    let rows = 0;
    for (const pipeline of [false, true]) {
      const kind = pipeline ? "withPipeline" : "withoutPipeline";
      const subset = evenlySpaced(encoded.filter((e) => hasPipeline(e.input) === pipeline), options.maxRows ?? DEFAULT_CALIBRATION_ROWS);
      if (subset.length === 0) continue;
      const bucketCount = Math.max(1, Math.min(options.lengthBuckets ?? 3, Math.floor(subset.length / MIN_ROWS_PER_LENGTH_BUCKET)));
      const bounds = lengthBounds(subset.map((e) => irLength(e.input)), bucketCount);
      const lists = Array.from({ length: bounds.length + 1 }, (_, k) => {
        const rowsOfBucket = subset.filter((e) => bucketOf(bounds, irLength(e.input)) === k);
        const lengths = bounds.length === 0 ? undefined : { from: k === 0 ? 0 : (bounds[k - 1] as number), to: bounds[k] ?? null };
        const result = calibrateTemperatures(this.metricNames, rowsOfBucket.map((e) => e.values), (t) => this.sampleBags(members, rowsOfBucket, samples, { seed, temperature: t }), target, pipeline);
        metrics.push(...result.metrics.map((m) => (lengths === undefined ? m : { ...m, lengths })));
        return result.metrics.map((m) => m.temperature);
      });
      chosen[kind] = bounds.length === 0 ? { list: lists[0] as number[] } : { list: lists[Math.floor(lists.length / 2)] as number[], buckets: { bounds, temperatures: lists } };
      rows += subset.length;
    }
    const fallback = chosen.withoutPipeline?.list ?? chosen.withPipeline?.list ?? this.config.metrics.map(() => 1);
    const byLength = { ...(chosen.withoutPipeline?.buckets ? { withoutPipeline: chosen.withoutPipeline.buckets } : {}), ...(chosen.withPipeline?.buckets ? { withPipeline: chosen.withPipeline.buckets } : {}) };
    this.temperatures = {
      withoutPipeline: chosen.withoutPipeline?.list ?? fallback,
      withPipeline: chosen.withPipeline?.list ?? fallback,
      ...(Object.keys(byLength).length > 0 ? { byLength } : {}),
    };
    return { target, rows, metrics };
  }

  /** The temperatures an encoded input is sampled at: its kind's, by its length where calibrated so. */
  private temperaturesOf(input: EncodedInput): readonly number[] {
    const kind = hasPipeline(input) ? "withPipeline" : "withoutPipeline";
    const buckets = this.temperatures.byLength?.[kind];
    return buckets === undefined ? this.temperatures[kind] : (buckets.temperatures[bucketOf(buckets.bounds, irLength(input))] as number[]);
  }

  /** Mean cross-entropy per number token (for tests and diagnostics). */
  loss(examples: readonly Example[]): number {
    const cache = new Map<string, Bag>();
    const prepared = examples.map((e) => this.prepare(e, cache));
    return mean(this.ready().members.map((params) => meanLoss(params, prepared)));
  }

  /**
   * `n` samples per input; each sample holds one value per metric, in the config's order. With
   * several ensemble members, sample i comes from member i mod members.
   */
  sample(inputs: readonly (ExampleInput | string)[], n: number, options: RlmSampleOptions = {}): number[][][] {
    const { vocabulary, members } = this.ready();
    return this.sampleBags(
      members,
      inputs.map((input) => this.readBlendable(typeof input === "string" ? input : input.x, vocabulary)),
      n,
      options,
    );
  }

  /** Median, mean and 5%/95% quantiles per metric, from `n` samples per input. */
  predict(inputs: readonly (ExampleInput | string)[], n = 64, options: RlmSampleOptions = {}): MetricSummary[][] {
    return this.sample(inputs, n, options).map((samples) => summarizeSamples(samples, this.config.metrics.length));
  }

  /** Samples encoded inputs; an input with linear estimates has its samples moved towards them. */
  private sampleBags(members: readonly Params[], inputs: readonly BlendableInput[], n: number, options: RlmSampleOptions): number[][][] {
    const rng = new Rng(options.seed ?? this.config.seed);
    return inputs.map(({ input, estimates }) => {
      const sampling = { temperature: options.temperature ?? this.temperaturesOf(input) };
      const perMember = members.map((params, j) => {
        const count = Math.floor(n / members.length) + (j < n % members.length ? 1 : 0);
        return count === 0 ? [] : sampleEncoded(params, encode(params, input), this.tokenizer, this.numericVocabulary, this.config.metrics, count, rng, sampling);
      });
      const samples = Array.from({ length: n }, (_, i) => perMember[i % members.length]?.[Math.floor(i / members.length)] as number[]);
      if (estimates !== undefined) this.blend?.apply(samples, estimates, hasPipeline(input));
      return samples;
    });
  }

  /**
   * MAPE of 16-sample medians over every measured value of the validation rows, at temperature 1
   * (calibration comes after training; fixed seed, so epochs compare); reads the rows' already
   * encoded inputs.
   */
  private medianError(members: readonly Params[], prepared: readonly PreparedExample[], examples: readonly Example[]): number {
    const metrics = this.config.metrics.length;
    const summaries = this.sampleBags(members, prepared.map((p) => ({ input: p.input })), 16, { seed: 1, temperature: 1 }).map((samples) => summarizeSamples(samples, metrics));
    const predicted: number[] = [];
    const actual: number[] = [];
    examples.forEach((example, i) => {
      this.valuesOf(example).forEach((value, m) => {
        const median = summaries[i]?.[m]?.median;
        if (value === null || !Number.isFinite(value) || median === undefined) return;
        predicted.push(median);
        actual.push(value);
      });
    });
    return mape(predicted, actual);
  }

  private uncalibrated(): SamplingTemperatures {
    return { withoutPipeline: this.config.metrics.map(() => 1), withPipeline: this.config.metrics.map(() => 1) };
  }

  private valuesOf(example: Example): readonly (number | null)[] {
    return typeof example.y === "number" ? [example.y] : example.y;
  }

  private ready(): { vocabulary: TextVocabulary; members: Params[] } {
    if (this.vocabulary === undefined || this.members === undefined) throw new PasswiseError("model-error", "the RLM is not trained yet (call fineTune first)");
    return { vocabulary: this.vocabulary, members: this.members };
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
    const values = this.valuesOf(example);
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

function isTemperatureList(value: SamplingTemperatures | readonly number[]): value is readonly number[] {
  return Array.isArray(value);
}

/** Whether an encoded input has a pipeline segment (see rlmInput). */
function hasPipeline(input: EncodedInput): boolean {
  return (input.segments[SEGMENTS.indexOf("pipeline")]?.length ?? 0) > 0;
}

/** Word pieces of an input's IR: its function bodies and the rest, not the pipeline. */
function irLength(input: EncodedInput): number {
  return (input.segments[SEGMENTS.indexOf("code")]?.length ?? 0) + (input.segments[SEGMENTS.indexOf("declarations")]?.length ?? 0);
}

function bucketOf(bounds: readonly number[], length: number): number {
  let k = 0;
  while (k < bounds.length && length >= (bounds[k] as number)) k++;
  return k;
}

/** Bounds that split these lengths into `buckets` groups of about equal size (fewer where lengths tie). */
function lengthBounds(lengths: readonly number[], buckets: number): number[] {
  const sorted = [...lengths].sort((a, b) => a - b);
  const bounds: number[] = [];
  for (let k = 1; k < buckets; k++) {
    const bound = sorted[Math.floor((k * sorted.length) / buckets)] as number;
    if (bound > (bounds.at(-1) ?? (sorted[0] as number))) bounds.push(bound);
  }
  return bounds;
}

function copyTemperatures(t: SamplingTemperatures): SamplingTemperatures {
  const copyBuckets = (b: LengthBuckets) => ({ bounds: [...b.bounds], temperatures: b.temperatures.map((list) => [...list]) });
  const byLength = t.byLength && {
    ...(t.byLength.withoutPipeline ? { withoutPipeline: copyBuckets(t.byLength.withoutPipeline) } : {}),
    ...(t.byLength.withPipeline ? { withPipeline: copyBuckets(t.byLength.withPipeline) } : {}),
  };
  return { withoutPipeline: [...t.withoutPipeline], withPipeline: [...t.withPipeline], ...(byLength ? { byLength } : {}) };
}

