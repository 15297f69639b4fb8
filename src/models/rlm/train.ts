import { Rng } from "../../search/rng.js";
import { decoderLoss, encode, type DecoderTargets } from "./network.js";
import type { Params } from "./params.js";
import type { EncodedInput } from "./vocabulary.js";

export interface PreparedExample {
  input: EncodedInput;
  targets: DecoderTargets;
}

export interface FineTuneOptions {
  /** Held-out examples for early stopping (the best validation score, see `selectBy`, wins). */
  validation?: readonly { x: string; y: number | readonly (number | null)[] }[];
  maxEpochs?: number;
  /** Epochs without a better validation score before stopping. */
  patience?: number;
  /**
   * What picks the kept epoch: the validation token cross-entropy (`loss`, default), or the mean
   * relative error of the validation rows' 16-sample medians (`error`, the point estimate users read).
   */
  selectBy?: "loss" | "error";
  batchSize?: number;
  learningRate?: number;
  /** Decoupled (AdamW) weight decay per step, relative to the learning rate. */
  weightDecay?: number;
  seed?: number;
  /** Stop after this much training time (the best epoch so far is kept). */
  maxSeconds?: number;
  /** Keep the parameters of this many best-scoring epochs (default 1); see `FineTuneResult.snapshots`. */
  snapshots?: number;
  onEpoch?: (report: EpochReport) => void;
  signal?: AbortSignal;
}

export interface EpochReport {
  epoch: number;
  maxEpochs: number;
  trainLoss: number;
  validationLoss: number | undefined;
  /** Mean relative error of the validation medians (only with `selectBy: "error"`). */
  validationError: number | undefined;
  best: boolean;
  elapsedMs: number;
  /** Which ensemble member is training (1-based) and how many there are. */
  member?: number;
  members?: number;
}

export interface FineTuneResult {
  epochs: number;
  bestEpoch: number;
  trainLoss: number;
  validationLoss: number | undefined;
  /** The kept epoch's validation error (only with `selectBy: "error"`). */
  validationError?: number;
  stoppedEarly: boolean;
  /** The kept epochs, best score first (the first is `bestEpoch`). */
  snapshotEpochs: number[];
  trainingRows: number;
  validationRows: number;
  /** Training rows processed per second (forward + backward + update), over all epochs. */
  rowsPerSecond: number;
  /** Time spent reading inputs into bags (vocabulary learning included). */
  prepareMs: number;
  elapsedMs: number;
}

/** Mean loss per number token of `examples` (no gradient). */
export function meanLoss(params: Params, examples: readonly PreparedExample[]): number {
  let loss = 0;
  let positions = 0;
  for (const example of examples) {
    const r = decoderLoss(params, example.input, encode(params, example.input), example.targets);
    loss += r.loss;
    positions += r.positions;
  }
  return positions === 0 ? Number.NaN : loss / positions;
}

/**
 * Minibatch Adam on the token cross-entropy with early stopping: the parameters of the epoch
 * with the best validation score (training loss when there is no validation set) are kept. The
 * score is the validation loss, or `validationError()` when the caller supplies one.
 */
export function trainParams(
  params: Params,
  train: readonly PreparedExample[],
  validation: readonly PreparedExample[],
  options: FineTuneOptions,
  validationError?: () => number,
): Omit<FineTuneResult, "prepareMs" | "validationRows"> & { snapshots: Float32Array[] } {
  const started = performance.now();
  const maxEpochs = options.maxEpochs ?? 60;
  const patience = options.patience ?? 6;
  const batchSize = options.batchSize ?? 32;
  const baseRate = options.learningRate ?? 2e-3;
  const decay = options.weightDecay ?? 0;
  const rng = new Rng(options.seed ?? 1);
  const n = params.data.length;
  const grad = new Float32Array(n);
  const m = new Float32Array(n);
  const v = new Float32Array(n);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const keep = Math.max(1, options.snapshots ?? 1);
  // The best epochs so far, best first; kept[0] is the one early stopping measures patience from.
  const kept: { score: number; loss: number; error: number | undefined; epoch: number; data: Float32Array }[] = [];
  let epoch = 0;
  let processed = 0;
  let trainingMs = 0;
  let lastTrainLoss = Number.NaN;
  let stoppedEarly = false;
  const order = train.map((_, i) => i);
  for (epoch = 1; epoch <= maxEpochs; epoch++) {
    if (options.signal?.aborted) break;
    const epochStarted = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    // Linear decay to a tenth of the rate over the epochs.
    const rate = baseRate * (1 - (0.9 * (epoch - 1)) / Math.max(maxEpochs - 1, 1));
    let epochLoss = 0;
    let epochPositions = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      grad.fill(0);
      let positions = 0;
      const end = Math.min(start + batchSize, order.length);
      for (let b = start; b < end; b++) {
        const example = train[order[b] as number] as PreparedExample;
        const r = decoderLoss(params, example.input, encode(params, example.input), example.targets, grad);
        epochLoss += r.loss;
        positions += r.positions;
      }
      epochPositions += positions;
      processed += end - start;
      if (positions === 0) continue;
      // Mean over the batch's tokens, clipped to norm 5 so one odd row cannot blow up Adam.
      let norm = 0;
      for (let i = 0; i < n; i++) norm += (grad[i] as number) ** 2;
      norm = Math.sqrt(norm) / positions;
      const scale = (1 / positions) * (norm > 5 ? 5 / norm : 1);
      step++;
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      const p = params.data;
      for (let i = 0; i < n; i++) {
        const g = (grad[i] as number) * scale;
        if (g === 0 && m[i] === 0) continue; // untouched embedding rows stay put
        const mi = beta1 * (m[i] as number) + (1 - beta1) * g;
        const vi = beta2 * (v[i] as number) + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        p[i] = (p[i] as number) * (1 - rate * decay) - (rate * (mi / c1)) / (Math.sqrt(vi / c2) + 1e-8);
      }
    }
    trainingMs += performance.now() - epochStarted;
    lastTrainLoss = epochLoss / Math.max(epochPositions, 1);
    const validationLoss = validation.length > 0 ? meanLoss(params, validation) : undefined;
    const error = validation.length > 0 ? validationError?.() : undefined;
    const score = error ?? validationLoss ?? lastTrainLoss;
    const improved = kept.length === 0 || score < (kept[0] as (typeof kept)[number]).score;
    const rank = kept.findIndex((k) => score < k.score);
    if (rank !== -1 || kept.length < keep) {
      kept.splice(rank === -1 ? kept.length : rank, 0, { score, loss: validationLoss ?? lastTrainLoss, error, epoch, data: params.data.slice() });
      kept.length = Math.min(kept.length, keep);
    }
    options.onEpoch?.({ epoch, maxEpochs, trainLoss: lastTrainLoss, validationLoss, validationError: error, best: improved, elapsedMs: performance.now() - started });
    if (epoch - (kept[0]?.epoch ?? 0) >= patience) {
      stoppedEarly = true;
      break;
    }
    if (options.maxSeconds !== undefined && performance.now() - started > options.maxSeconds * 1000) break;
  }
  const best = kept[0] ?? { loss: Number.NaN, error: undefined, epoch: 0, data: params.data.slice() };
  params.data.set(best.data);
  return {
    epochs: Math.min(epoch, maxEpochs),
    bestEpoch: best.epoch,
    trainLoss: lastTrainLoss,
    validationLoss: validation.length > 0 ? best.loss : undefined,
    ...(best.error !== undefined ? { validationError: best.error } : {}),
    stoppedEarly,
    snapshotEpochs: kept.map((k) => k.epoch),
    snapshots: kept.length > 0 ? kept.map((k) => k.data) : [best.data],
    trainingRows: train.length,
    rowsPerSecond: processed / Math.max(trainingMs / 1000, 1e-9),
    elapsedMs: performance.now() - started,
  };
}
