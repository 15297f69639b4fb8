import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { IeeeNumberTokenizer, P10NumberTokenizer, type NumberTokenizer } from "../src/models/rlm/number-tokenizer.js";
import { sampleEncoded } from "../src/models/rlm/sample.js";
import { Params } from "../src/models/rlm/params.js";
import { encode, hintBasis } from "../src/models/rlm/network.js";
import { NumericVocabulary, readInput, rlmInput, TextVocabulary } from "../src/models/rlm/vocabulary.js";
import { Rng } from "../src/search/rng.js";

/** Walks the tokenizer's own constraints along a sequence: true if every token was allowed. */
function reachable(tokenizer: NumberTokenizer, tokens: readonly string[], nonNegative = false): boolean {
  return tokens.every((token, i) => tokenizer.allowedNext(tokens.slice(0, i), { nonNegative }).includes(token));
}

// One conformance suite that every number tokenizer runs.
const tokenizers: [string, NumberTokenizer][] = [
  ["ieee (1 exponent digit, 4 mantissa digits)", new IeeeNumberTokenizer(1, 4)],
  ["ieee (2 exponent digits, 3 mantissa digits)", new IeeeNumberTokenizer(2, 3)],
  ["p10 (4 digits, exponents ±10)", new P10NumberTokenizer(4, 10)],
];

for (const [name, tokenizer] of tokenizers) {
  describe(`number tokenizer: ${name}`, () => {
    test("round-trips integers, fractions, negatives and zero within the mantissa's precision", () => {
      const precision = 10 ** (1 - (tokenizer.config().mantissaDigits ?? 4));
      for (const value of [0, 1, -1, 7, 72.5, -72.5, 999, 1234, 4096, 65536, 123456, -987654, 0.5, 0.001234, 3.14159]) {
        const tokens = tokenizer.encode(value);
        assert.equal(tokens.length, tokenizer.length, `${value}`);
        assert.ok(tokens.every((t) => tokenizer.tokens.includes(t)), `${value}: ${tokens.join("")}`);
        assert.ok(reachable(tokenizer, tokens), `${value} is not reachable under the constraints: ${tokens.join("")}`);
        const back = tokenizer.decode(tokens);
        assert.ok(Math.abs(back - value) <= Math.abs(value) * precision * 0.5 + 1e-12, `${value} → ${tokens.join("")} → ${back}`);
      }
    });

    test("zero has one sign and decodes to exactly 0", () => {
      assert.equal(tokenizer.decode(tokenizer.encode(0)), 0);
      assert.deepEqual(tokenizer.encode(-0), tokenizer.encode(0));
      assert.equal(tokenizer.encode(0)[0], "<+>");
    });

    test("clamps huge values to the largest representable magnitude, keeping the sign", () => {
      assert.equal(tokenizer.decode(tokenizer.encode(1e300)), tokenizer.maxValue);
      assert.equal(tokenizer.decode(tokenizer.encode(-1e300)), -tokenizer.maxValue);
      assert.equal(tokenizer.decode(tokenizer.encode(Number.POSITIVE_INFINITY)), tokenizer.maxValue);
    });

    test("tiny values underflow to zero or a small magnitude, never to garbage", () => {
      for (const tiny of [1e-300, -1e-300]) {
        const back = tokenizer.decode(tokenizer.encode(tiny));
        assert.ok(Math.abs(back) < 1e-8, `${tiny} → ${back}`);
      }
    });

    test("non-negative metrics may not start with a minus sign", () => {
      assert.deepEqual(tokenizer.allowedNext([], { nonNegative: true }), ["<+>"]);
      assert.ok(tokenizer.allowedNext([]).includes("<->"));
    });

    test("decode refuses sequences that are not numbers", () => {
      const good = tokenizer.encode(42);
      assert.throws(() => tokenizer.decode(good.slice(1)));
      assert.throws(() => tokenizer.decode(["<3>", ...good.slice(1)]));
    });
  });
}

test("the IEEE-like and P10 layouts match regress-lm's examples (72.5)", () => {
  assert.deepEqual(new IeeeNumberTokenizer(1, 4).encode(72.5), ["<+>", "<+>", "<1>", "<7>", "<2>", "<5>", "<0>"]);
  assert.deepEqual(new P10NumberTokenizer(4, 10).encode(72.5), ["<+>", "<7>", "<2>", "<5>", "<0>", "<E-2>"]);
  assert.equal(new IeeeNumberTokenizer(1, 4).decode(new IeeeNumberTokenizer(1, 4).encode(1234)), 1234);
  assert.equal(new IeeeNumberTokenizer(1, 4).maxValue, 9.999e9);
});

test("an input read once into pieces encodes to the same bags as its text, truncated alike", () => {
  const ir = '@s = constant [4 x i8] c"load"\ndefine i32 @f(ptr %0) {\n  %2 = load i8, ptr %0\n  %3 = shl i32 %2, 8\n  ret i32 %3\n}\ndeclare void @g()\n';
  const vocabulary = TextVocabulary.learn([ir, rlmInput(ir, "function(sroa),default<Oz>")], { size: 40 });
  for (const text of [ir, rlmInput(ir, "function(sroa),default<Oz>"), rlmInput(ir, "function(sroa)")]) {
    for (const maxPieces of [3, 10, 1000]) {
      assert.deepEqual(vocabulary.encodePieces(readInput(text), maxPieces), vocabulary.encode(text, maxPieces), `${maxPieces} pieces of ${JSON.stringify(text.slice(-20))}`);
    }
  }
  assert.equal(readInput(ir).pipeline, null);
  assert.deepEqual(readInput(rlmInput(ir, "function(sroa)")).pipeline, ["function", "(", "sroa", ")"]);
});

test("constrained decoding never emits an invalid number, whatever the logits (property test)", () => {
  const vocabulary = new TextVocabulary(["<unk>", "a", "b"]);
  const input = vocabulary.encode("a b a", 100);
  for (const [, tokenizer] of tokenizers) {
    const numeric = new NumericVocabulary(tokenizer);
    const metrics = [{ nonNegative: true }, { nonNegative: false }];
    for (let seed = 0; seed < 40; seed++) {
      const rng = new Rng(seed);
      const params = new Params({ vocab: 3, dim: 4, hidden: 8, dec: 8, positions: metrics.length * tokenizer.length, numVocab: numeric.size, probes: 2, hintedMetrics: seed % 3 === 0 ? 2 : 0 });
      // Wild random weights: logits of every size and sign, including ones favouring illegal tokens.
      for (let i = 0; i < params.data.length; i++) params.data[i] = (rng.float() * 2 - 1) * (1 + 50 * rng.float());
      const samples = sampleEncoded(params, encode(params, input), tokenizer, numeric, metrics, 25, rng);
      for (const [first, second] of samples as [number, number][]) {
        for (const value of [first, second]) {
          assert.ok(Number.isFinite(value) && Math.abs(value) <= tokenizer.maxValue, `seed ${seed}: ${value}`);
        }
        assert.ok(first >= 0, `seed ${seed}: a non-negative metric sampled ${first}`);
      }
    }
  }
});

test("value hints: with an exact estimate, each IEEE position's continuous digit floors to the digit written", () => {
  const rng = new Rng(5);
  for (const tokenizer of [new IeeeNumberTokenizer(1, 4), new IeeeNumberTokenizer(2, 3)]) {
    for (let trial = 0; trial < 300; trial++) {
      // Values 1 … 1e8 that the tokenizer writes exactly (no rounding in the last digit).
      const exponent = rng.int(0, 7);
      const value = Number((rng.int(10 ** (tokenizer.mantissaDigits - 1), 10 ** tokenizer.mantissaDigits - 1) * 10 ** (exponent - tokenizer.mantissaDigits + 1)).toPrecision(12));
      const tokens = tokenizer.encode(value);
      for (let position = 2; position < tokens.length; position++) {
        const basis = hintBasis(Math.log1p(value), tokenizer.digitHint(tokens.slice(0, position)));
        assert.ok(basis, `a hint at position ${position}`);
        const r = basis.bump + basis.t - 1.5;
        const digit = Number((tokens[position] as string).slice(1, -1));
        // Exponent digits of a value ≥ 1 are the floor of log10; mantissa digits exactly floor(r).
        assert.equal(Math.floor(r + 1e-6), digit, `${value}: position ${position} gives r = ${r}, written ${tokens[position]}`);
      }
      assert.equal(tokenizer.digitHint([]), undefined, "the sign does not follow from a magnitude");
    }
  }
  assert.equal(new P10NumberTokenizer(4, 10).digitHint(), undefined);
});
