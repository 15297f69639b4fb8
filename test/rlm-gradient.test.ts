import assert from "node:assert/strict";
import { test } from "node:test";
import { decoderLoss, encode, type DecoderTargets } from "../src/models/rlm/network.js";
import { IeeeNumberTokenizer } from "../src/models/rlm/number-tokenizer.js";
import { Params } from "../src/models/rlm/params.js";
import { NumericVocabulary, TextVocabulary, rlmInput } from "../src/models/rlm/vocabulary.js";
import { Rng } from "../src/search/rng.js";

/**
 * The network's forward, backward and Adam are hand-written: every parameter tensor's gradient
 * is checked against central finite differences (in float64 on the loss, float32 parameters).
 */
test("the hand-written gradients match finite differences for every parameter tensor", () => {
  const text = TextVocabulary.learn(["define i32 @f() {\n  %1 = add i32 2, 3\n  ret i32 %1\n}\n@g = global i32 7"], { size: 24 });
  const input = text.encode(rlmInput("@g = global i32 7\ndefine i32 @f() {\n  %1 = add i32 2, 3\n  %2 = add i32 %1, %1\n  ret i32 %2\n}", "function(sroa)"), 1000);
  const tokenizer = new IeeeNumberTokenizer(1, 2);
  const numeric = new NumericVocabulary(tokenizer);
  const tokens = [...tokenizer.encode(123), ...tokenizer.encode(4.5)];
  const plain: DecoderTargets = {
    ids: Int32Array.from(tokens, (t) => numeric.id(t)),
    present: new Uint8Array(tokens.length).fill(1),
    // All number tokens allowed: the softmax's gradient covers every output row.
    allowed: tokens.map(() => Int32Array.from(numeric.tokens.keys())),
  };
  const L = tokenizer.length;
  const hinted: DecoderTargets = { ...plain, hints: tokens.map((_, k) => tokenizer.digitHint(tokens.slice(Math.floor(k / L) * L, k))), logValues: Float64Array.from([Math.log1p(123), Math.log1p(4.5)]) };
  for (const hintedMetrics of [0, 2]) {
    const targets = hintedMetrics > 0 ? hinted : plain;
    const params = new Params({ vocab: text.size, dim: 3, hidden: 5, dec: 6, positions: tokens.length, numVocab: numeric.size, probes: 2, hintedMetrics });
    const rng = new Rng(3);
    for (let i = 0; i < params.data.length; i++) params.data[i] = (rng.float() * 2 - 1) * 0.8;
    // The hints read the estimate without being differentiated through it: hold it fixed here.
    const estimates = encode(params, input).z;
    if (hintedMetrics > 0) estimates.set([Math.log1p(118), Math.log1p(4.7)]);
    const loss = () => {
      const r = decoderLoss(params, input, encode(params, input), targets, undefined, { estimates });
      return r.loss + r.estimateLoss;
    };
    const grad = new Float32Array(params.data.length);
    decoderLoss(params, input, encode(params, input), targets, grad, { estimates });
    let checked = 0;
    for (const [name, offset] of Object.entries(params.offsets)) {
      const size = params.sizes[name as keyof typeof params.sizes];
      // The embedding tables are mostly rows the input never uses: check the nonzero entries and a few others.
      const indices = Array.from({ length: size }, (_, i) => offset + i).filter((i, n) => grad[i] !== 0 || n % 17 === 0).slice(0, 40);
      for (const i of indices) {
        const saved = params.data[i] as number;
        const eps = 2e-3;
        params.data[i] = saved + eps;
        const up = loss();
        params.data[i] = saved - eps;
        const down = loss();
        params.data[i] = saved;
        const numeric = (up - down) / (2 * eps);
        const analytic = grad[i] as number;
        assert.ok(Math.abs(numeric - analytic) <= 1e-2 + 0.03 * Math.abs(numeric), `${name}[${i - offset}] (hints ${hintedMetrics}): analytic ${analytic}, numeric ${numeric}`);
        checked++;
      }
      if (size > 0) assert.ok(indices.some((i) => grad[i] !== 0), `${name} gets a gradient (hints ${hintedMetrics})`);
    }
    assert.ok(checked > 200);
  }
});
