import type { Rng } from "../../search/rng.js";

/** Shapes of the network's tensors, derived from the config and vocabularies. */
export interface Shapes {
  vocab: number; // encoder vocabulary
  dim: number; // embedding width
  hidden: number; // encoder width
  dec: number; // decoder width
  positions: number; // number tokens decoded per input (metrics × tokens per number)
  numVocab: number; // number tokens
  probes: number; // size probes per segment
  hintedMetrics: number; // metrics with a value estimate and digit hints (0: none)
}

import { SEGMENTS } from "./vocabulary.js";

/** Bumps of the decoder's hint basis (see hintBasis in network.ts). */
export const HINT_BUMPS = 16;

/**
 * Per segment: log-sum and mean of the embeddings; then per segment its size probes and its log
 * length, and "has a pipeline".
 */
export const INPUT_FEATURES_PER_DIM = 2 * SEGMENTS.length;
export const INPUT_EXTRAS = SEGMENTS.length + 1;

export function inputWidth(s: Shapes): number {
  return INPUT_FEATURES_PER_DIM * s.dim + SEGMENTS.length * s.probes + INPUT_EXTRAS;
}

type Name = "E" | "Q" | "W1" | "b1" | "W2" | "b2" | "Wd" | "R" | "Zc" | "Zx" | "zb" | "G" | "bd" | "P" | "O" | "ob";

/** All parameters in one Float32Array (one Adam state, one file blob), with named views. */
export class Params {
  readonly data: Float32Array;
  readonly offsets: Record<Name, number>;
  readonly sizes: Record<Name, number>;

  constructor(readonly shapes: Shapes, data?: Float32Array) {
    const s = shapes;
    this.sizes = {
      E: s.vocab * s.dim,
      Q: s.vocab * s.probes,
      W1: s.hidden * inputWidth(s),
      b1: s.hidden,
      W2: s.hidden * s.hidden,
      b2: s.hidden,
      Wd: s.dec * s.hidden,
      R: s.vocab * s.hintedMetrics,
      Zc: s.hintedMetrics * s.hidden,
      Zx: s.hintedMetrics * inputWidth(s),
      zb: s.hintedMetrics,
      G: s.hintedMetrics > 0 ? s.positions * s.numVocab * HINT_BUMPS : 0,
      bd: s.positions * s.dec,
      P: s.positions * s.numVocab * s.dec,
      O: s.positions * s.numVocab * s.dec,
      ob: s.positions * s.numVocab,
    };
    let at = 0;
    const offsets = {} as Record<Name, number>;
    for (const name of Object.keys(this.sizes) as Name[]) {
      offsets[name] = at;
      at += this.sizes[name];
    }
    this.offsets = offsets;
    if (data !== undefined && data.length !== at) throw new RangeError(`expected ${at} parameters, got ${data.length}`);
    this.data = data ?? new Float32Array(at);
  }

  static count(shapes: Shapes): number {
    return new Params(shapes, undefined).data.length;
  }

  view(name: Name): Float32Array {
    return this.data.subarray(this.offsets[name], this.offsets[name] + this.sizes[name]);
  }

  /** Uniform Glorot-style initialization; biases zero. */
  initialize(rng: Rng): void {
    const s = this.shapes;
    const fill = (name: Name, fanIn: number, fanOut: number) => {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      const v = this.view(name);
      for (let i = 0; i < v.length; i++) v[i] = (rng.float() * 2 - 1) * limit;
    };
    fill("E", 50, s.dim);
    fill("Q", 1, 1); // softplus of ±1: probes start as different mixes of plain token counts
    fill("W1", inputWidth(s), s.hidden);
    fill("W2", s.hidden, s.hidden);
    fill("Wd", s.hidden, s.dec);
    // G (the hint's weights on the logits) starts at zero: hints are ignored until they help.
    fill("P", s.numVocab, s.dec);
    fill("O", s.dec, s.numVocab);
  }
}
