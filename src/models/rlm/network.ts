import type { DigitHint } from "./number-tokenizer.js";
import type { EncodedInput, Bag } from "./vocabulary.js";
import { HINT_BUMPS, inputWidth, type Params, type Shapes } from "./params.js";

/**
 * The network, on plain Float32Arrays (no framework: for one input at a time the work is a few
 * small matrix-vector products, where hand loops beat a tensor library's dispatch overhead).
 *
 * Encoder: each input segment (function bodies, the rest of the IR, the pipeline) is read as a bag of learned word-piece and
 * word-pair embeddings; per segment the signed log of the sum (how much of everything) and the
 * mean (what kind of code), and its size probes (log of a count weighted by a learned positive
 * weight per word piece), feed a two-layer ReLU network that gives the context c.
 * Decoder: number token k sees relu(Wd·c + bd[k] + Σ_{j<k} P[j, y_j]) — the context plus every
 * earlier token in its position, so later digits and later metrics are conditioned on earlier
 * ones — and scores the legal tokens with its own output layer O[k]. With value hints the encoder
 * also estimates each metric's log value, and every exponent and mantissa position adds to its
 * logits a learned piecewise-linear function of the digit that estimate implies there (hintBasis).
 */
export interface EncoderState {
  x: Float32Array;
  sums: Float32Array[];
  /** Per segment, the probes' weighted counts (before the log). */
  probeSums: Float64Array[];
  z1: Float32Array;
  e1: Float32Array;
  z2: Float32Array;
  c: Float32Array;
  /** Wd·c: the decoder's shared input. */
  u: Float32Array;
  /** Per hinted metric, the encoder's estimate of ln(1 + |value|). */
  z: Float64Array;
  /** Per hinted metric, its own weighted token count (before the log). */
  estimateSums: Float64Array;
}

export function encode(params: Params, input: EncodedInput): EncoderState {
  const s = params.shapes;
  const E = params.view("E");
  const x = new Float32Array(inputWidth(s));
  const segments = input.segments;
  const sums = segments.map(() => new Float32Array(s.dim));
  for (let g = 0; g < segments.length; g++) {
    const bag = segments[g] as Bag;
    const sum = sums[g] as Float32Array;
    for (let i = 0; i < bag.ids.length; i++) {
      const row = (bag.ids[i] as number) * s.dim;
      const count = bag.counts[i] as number;
      for (let j = 0; j < s.dim; j++) sum[j] = (sum[j] as number) + count * (E[row + j] as number);
    }
    const n = Math.max(bag.length, 1);
    const base = 2 * g * s.dim;
    for (let j = 0; j < s.dim; j++) {
      const v = sum[j] as number;
      x[base + j] = Math.sign(v) * Math.log1p(Math.abs(v));
      x[base + s.dim + j] = v / n;
    }
  }
  const probeBase = 2 * segments.length * s.dim;
  const Q = params.view("Q");
  const probeSums = segments.map((bag) => addWeightedCounts(bag, Q, s.probes, new Float64Array(s.probes)));
  probeSums.forEach((sum, g) => sum.forEach((v, k) => (x[probeBase + g * s.probes + k] = Math.log1p(v) / PROBE_SCALE)));
  const extras = probeBase + segments.length * s.probes;
  segments.forEach((bag, g) => (x[extras + g] = Math.log1p(bag.length) / 4));
  x[extras + segments.length] = (segments[segments.length - 1] as Bag).length > 0 ? 1 : 0;
  const z1 = affine(params.view("W1"), params.view("b1"), x, s.hidden);
  const e1 = relu(z1);
  const z2 = affine(params.view("W2"), params.view("b2"), e1, s.hidden);
  const c = relu(z2);
  const u = affine(params.view("Wd"), undefined, c, s.dec);
  // Each estimate starts from its own weighted token count (weights learned from the estimate's
  // error alone, so they converge to per-token sizes), corrected linearly from x and c.
  const z = new Float64Array(s.hintedMetrics);
  const estimateSums = new Float64Array(s.hintedMetrics);
  if (s.hintedMetrics > 0) {
    const R = params.view("R");
    const Zc = params.view("Zc");
    const Zx = params.view("Zx");
    const zb = params.view("zb");
    for (const bag of segments) addWeightedCounts(bag, R, s.hintedMetrics, estimateSums);
    for (let m = 0; m < s.hintedMetrics; m++) {
      let v = (zb[m] as number) + Math.log1p(estimateSums[m] as number);
      for (let j = 0; j < s.hidden; j++) v += (Zc[m * s.hidden + j] as number) * (c[j] as number);
      for (let i = 0; i < x.length; i++) v += (Zx[m * x.length + i] as number) * (x[i] as number);
      z[m] = v;
    }
  }
  return { x, sums, probeSums, z1, e1, z2, c, u, z, estimateSums };
}

/** Weight of the value estimate's squared error against the tokens' cross-entropy. */
const ESTIMATE_WEIGHT = 1;

/**
 * Where a hint puts a position on the decoder's hint basis: r, the digit the estimate ln(1 + V)
 * implies there after the tokens written so far, as a continuous value. The basis is a row of
 * triangular bumps centred at −1.5, −0.5, …, 13.5, so a position's logits get a learned
 * piecewise-linear function of r (digit d's logit can peak for r in [d, d + 1)). Returns the
 * first bump and the weight of the next one; undefined without a hint. Not differentiated
 * through: the estimate learns from its own error, the decoder learns how far to trust it.
 */
export function hintBasis(estimate: number, hint: DigitHint | undefined): { bump: number; t: number } | undefined {
  if (hint === undefined) return undefined;
  const magnitude = Math.expm1(Math.min(Math.max(estimate, 0), 50));
  const base = hint.log ? Math.log10(Math.max(magnitude, 1e-30)) : magnitude;
  const r = base * hint.scale - hint.offset;
  const clipped = Math.min(Math.max(Number.isFinite(r) ? r : 0, -1.5), 13.5 - 1e-9);
  const at = clipped + 1.5;
  const bump = Math.floor(at);
  return { bump, t: at - bump };
}

function hintLogit(G: Float32Array, k: number, V: number, v: number, hint: { bump: number; t: number }): number {
  const g0 = (k * V + v) * HINT_BUMPS + hint.bump;
  return (1 - hint.t) * (G[g0] as number) + (hint.t > 0 ? hint.t * (G[g0 + 1] as number) : 0);
}

/** out[k] += Σ count × softplus(W[token, k]) over a bag: the probes' and estimates' weighted token counts. */
function addWeightedCounts(bag: Bag, W: Float32Array, width: number, out: Float64Array): Float64Array {
  for (let i = 0; i < bag.ids.length; i++) {
    const row = (bag.ids[i] as number) * width;
    const count = bag.counts[i] as number;
    for (let k = 0; k < width; k++) out[k] = (out[k] as number) + count * softplus(W[row + k] as number);
  }
  return out;
}

/** The gradient of addWeightedCounts: grad[W[token, k]] += count × dsum[k] × softplus′(W[token, k]). */
function addWeightedCountGrads(bag: Bag, W: Float32Array, width: number, dsum: Float64Array, grad: Float32Array, offset: number): void {
  for (let i = 0; i < bag.ids.length; i++) {
    const row = (bag.ids[i] as number) * width;
    const count = bag.counts[i] as number;
    for (let k = 0; k < width; k++) {
      if (dsum[k] === 0) continue;
      grad[offset + row + k] = (grad[offset + row + k] as number) + count * (dsum[k] as number) * sigmoid(W[row + k] as number);
    }
  }
}

/** Divides the probes' logs (up to about 12 for 100k tokens) into the range of the other inputs. */
const PROBE_SCALE = 4;

function softplus(v: number): number {
  return v > 20 ? v : Math.log1p(Math.exp(v));
}

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/** Targets of one example: token ids per position, whether each counts, the legal ids there. */
export interface DecoderTargets {
  ids: Int32Array;
  present: Uint8Array;
  allowed: readonly Int32Array[];
  /** With value hints: per position, how its token follows from a value (from the true prefix). */
  hints?: readonly (DigitHint | undefined)[];
  /** With value hints: per metric, ln(1 + |value|), NaN when the row lacks it. */
  logValues?: Float64Array;
}

/**
 * Cross-entropy of the targets under teacher forcing (softmax over the legal tokens only, as
 * they are sampled); adds the gradient to `grad` when given. Returns the summed loss and the
 * number of positions it covers.
 */
export function decoderLoss(
  params: Params,
  input: EncodedInput,
  state: EncoderState,
  targets: DecoderTargets,
  grad?: Float32Array,
  options: { estimates?: Float64Array } = {},
): { loss: number; positions: number; estimateLoss: number } {
  const s = params.shapes;
  const hinted = s.hintedMetrics > 0 && targets.hints !== undefined;
  const tokensPerNumber = s.positions / Math.max(s.hintedMetrics, 1);
  const estimates = options.estimates ?? state.z;
  const G = params.view("G");
  const D = s.dec;
  const V = s.numVocab;
  const bd = params.view("bd");
  const P = params.view("P");
  const O = params.view("O");
  const ob = params.view("ob");
  const acc = new Float32Array(D);
  const a = new Float32Array(D);
  const da = grad ? new Float32Array(s.positions * D) : undefined;
  let loss = 0;
  let positions = 0;
  const probs = new Float64Array(V);
  for (let k = 0; k < s.positions; k++) {
    if (targets.present[k]) {
      for (let j = 0; j < D; j++) a[j] = (state.u[j] as number) + (bd[k * D + j] as number) + (acc[j] as number);
      const hint = hinted ? hintBasis(estimates[Math.floor(k / tokensPerNumber)] as number, targets.hints?.[k]) : undefined;
      const allowed = targets.allowed[k] as Int32Array;
      const target = targets.ids[k] as number;
      let max = Number.NEGATIVE_INFINITY;
      for (const v of allowed) {
        let l = ob[k * V + v] as number;
        const row = (k * V + v) * D;
        for (let j = 0; j < D; j++) {
          const g = a[j] as number;
          if (g > 0) l += (O[row + j] as number) * g;
        }
        if (hint) l += hintLogit(G, k, V, v, hint);
        probs[v] = l;
        if (l > max) max = l;
      }
      let total = 0;
      for (const v of allowed) {
        const e = Math.exp((probs[v] as number) - max);
        probs[v] = e;
        total += e;
      }
      loss -= Math.log(Math.max((probs[target] as number) / total, 1e-30));
      positions++;
      if (grad && da) {
        const oOff = params.offsets.O;
        const obOff = params.offsets.ob;
        const dak = da.subarray(k * D, (k + 1) * D);
        for (const v of allowed) {
          const dl = (probs[v] as number) / total - (v === target ? 1 : 0);
          grad[obOff + k * V + v] = (grad[obOff + k * V + v] as number) + dl;
          if (hint) {
            const g0 = params.offsets.G + (k * V + v) * HINT_BUMPS + hint.bump;
            grad[g0] = (grad[g0] as number) + dl * (1 - hint.t);
            if (hint.t > 0) grad[g0 + 1] = (grad[g0 + 1] as number) + dl * hint.t;
          }
          const row = (k * V + v) * D;
          for (let j = 0; j < D; j++) {
            const g = a[j] as number;
            if (g > 0) {
              grad[oOff + row + j] = (grad[oOff + row + j] as number) + dl * g;
              dak[j] = (dak[j] as number) + dl * (O[row + j] as number);
            }
          }
        }
      }
      const prow = (k * V + target) * D;
      for (let j = 0; j < D; j++) acc[j] = (acc[j] as number) + (P[prow + j] as number);
    }
  }
  // The value estimate's own loss: squared error of ln(1 + |value|).
  let estimateLoss = 0;
  const dz = new Float64Array(s.hintedMetrics);
  for (let m = 0; m < s.hintedMetrics; m++) {
    const target = targets.logValues?.[m];
    if (target === undefined || Number.isNaN(target)) continue;
    const error = (state.z[m] as number) - target;
    estimateLoss += (ESTIMATE_WEIGHT * error * error) / 2;
    dz[m] = ESTIMATE_WEIGHT * error;
  }
  if (grad && da) backward(params, input, state, targets, da, grad, dz);
  return { loss, positions, estimateLoss };
}

function backward(params: Params, input: EncodedInput, state: EncoderState, targets: DecoderTargets, da: Float32Array, grad: Float32Array, dz: Float64Array): void {
  const s = params.shapes;
  const D = s.dec;
  const V = s.numVocab;
  const H = s.hidden;
  const du = new Float32Array(D);
  const suffix = new Float32Array(D);
  const { bd: bdOff, P: pOff } = params.offsets;
  for (let k = s.positions - 1; k >= 0; k--) {
    if (!targets.present[k]) continue;
    // P[k, y_k] fed every later position: its gradient is the sum of their da.
    const prow = pOff + (k * V + (targets.ids[k] as number)) * D;
    for (let j = 0; j < D; j++) {
      grad[prow + j] = (grad[prow + j] as number) + (suffix[j] as number);
      const d = da[k * D + j] as number;
      suffix[j] = (suffix[j] as number) + d;
      du[j] = (du[j] as number) + d;
      grad[bdOff + k * D + j] = (grad[bdOff + k * D + j] as number) + d;
    }
  }
  // u = Wd·c
  const dc = new Float32Array(H);
  affineBackward(params.view("Wd"), grad, params.offsets.Wd, undefined, du, state.c, dc);
  const dxFromEstimates = new Float32Array(state.x.length);
  if (s.hintedMetrics > 0) {
    const dsum = dz.map((d, m) => d / (1 + (state.estimateSums[m] as number)));
    for (const bag of input.segments) addWeightedCountGrads(bag, params.view("R"), s.hintedMetrics, dsum, grad, params.offsets.R);
    const dzf = Float32Array.from(dz);
    affineBackward(params.view("Zc"), grad, params.offsets.Zc, params.offsets.zb, dzf, state.c, dc);
    affineBackward(params.view("Zx"), grad, params.offsets.Zx, undefined, dzf, state.x, dxFromEstimates);
  }
  const dz2 = reluBackward(dc, state.z2);
  const de1 = new Float32Array(H);
  affineBackward(params.view("W2"), grad, params.offsets.W2, params.offsets.b2, dz2, state.e1, de1);
  const dz1 = reluBackward(de1, state.z1);
  const dx = new Float32Array(state.x.length);
  affineBackward(params.view("W1"), grad, params.offsets.W1, params.offsets.b1, dz1, state.x, dx);
  for (let i = 0; i < dx.length; i++) dx[i] = (dx[i] as number) + (dxFromEstimates[i] as number);
  const E = params.offsets.E;
  const segments = input.segments;
  for (let g = 0; g < segments.length; g++) {
    const bag = segments[g] as Bag;
    const sum = state.sums[g] as Float32Array;
    const n = Math.max(bag.length, 1);
    const dsum = new Float32Array(s.dim);
    const base = 2 * g * s.dim;
    for (let j = 0; j < s.dim; j++) dsum[j] = (dx[base + j] as number) / (1 + Math.abs(sum[j] as number)) + (dx[base + s.dim + j] as number) / n;
    for (let i = 0; i < bag.ids.length; i++) {
      const row = E + (bag.ids[i] as number) * s.dim;
      const count = bag.counts[i] as number;
      for (let j = 0; j < s.dim; j++) grad[row + j] = (grad[row + j] as number) + count * (dsum[j] as number);
    }
  }
  if (s.probes === 0) return;
  const Q = params.view("Q");
  const qOff = params.offsets.Q;
  const probeBase = 2 * segments.length * s.dim;
  for (let g = 0; g < segments.length; g++) {
    const bag = segments[g] as Bag;
    const probeSum = state.probeSums[g] as Float64Array;
    const dsum = new Float64Array(s.probes);
    for (let k = 0; k < s.probes; k++) dsum[k] = (dx[probeBase + g * s.probes + k] as number) / PROBE_SCALE / (1 + (probeSum[k] as number));
    addWeightedCountGrads(bag, Q, s.probes, dsum, grad, qOff);
  }
}

/** W (rows × x.length) · x + b. */
function affine(W: Float32Array, b: Float32Array | undefined, x: Float32Array, rows: number): Float32Array {
  const n = x.length;
  const out = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let v = b ? (b[r] as number) : 0;
    const off = r * n;
    for (let i = 0; i < n; i++) v += (W[off + i] as number) * (x[i] as number);
    out[r] = v;
  }
  return out;
}

function affineBackward(W: Float32Array, grad: Float32Array, wOff: number, bOff: number | undefined, dy: Float32Array, x: Float32Array, dx: Float32Array): void {
  const n = x.length;
  for (let r = 0; r < dy.length; r++) {
    const d = dy[r] as number;
    if (d === 0) continue;
    if (bOff !== undefined) grad[bOff + r] = (grad[bOff + r] as number) + d;
    const off = r * n;
    for (let i = 0; i < n; i++) {
      grad[wOff + off + i] = (grad[wOff + off + i] as number) + d * (x[i] as number);
      dx[i] = (dx[i] as number) + d * (W[off + i] as number);
    }
  }
}

function relu(z: Float32Array): Float32Array {
  return z.map((v) => (v > 0 ? v : 0));
}

function reluBackward(dy: Float32Array, z: Float32Array): Float32Array {
  return dy.map((d, i) => ((z[i] as number) > 0 ? d : 0));
}

/**
 * One decoding step for sampling: scores of the legal ids at position k given the running sum
 * of earlier tokens' embeddings (`acc`), written into `logits`.
 */
export function stepLogits(params: Params, u: Float32Array, acc: Float32Array, k: number, allowed: readonly number[], logits: Float64Array, hidden: Float32Array, hint?: { bump: number; t: number }): void {
  const s = params.shapes;
  const D = s.dec;
  const V = s.numVocab;
  const bd = params.view("bd");
  const O = params.view("O");
  const ob = params.view("ob");
  const G = params.view("G");
  for (let j = 0; j < D; j++) {
    const v = (u[j] as number) + (bd[k * D + j] as number) + (acc[j] as number);
    hidden[j] = v > 0 ? v : 0;
  }
  for (const v of allowed) {
    let l = ob[k * V + v] as number;
    const row = (k * V + v) * D;
    for (let j = 0; j < D; j++) l += (O[row + j] as number) * (hidden[j] as number);
    if (hint) l += hintLogit(G, k, V, v, hint);
    logits[v] = l;
  }
}

/** acc += P[k, id] */
export function addTokenEmbedding(params: Params, acc: Float32Array, k: number, id: number): void {
  const D = params.shapes.dec;
  const P = params.view("P");
  const row = (k * params.shapes.numVocab + id) * D;
  for (let j = 0; j < D; j++) acc[j] = (acc[j] as number) + (P[row + j] as number);
}

export type { Shapes };
