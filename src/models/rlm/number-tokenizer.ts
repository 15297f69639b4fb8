/**
 * Numbers ↔ number tokens, and which tokens may come next (for constrained decoding). Kept apart
 * from the vocabulary (tokens ↔ ids), as regress-lm does, so a tokenizer can be swapped freely.
 */
export interface NumberTokenizer {
  readonly kind: "ieee" | "p10";
  /** Tokens per number. */
  readonly length: number;
  /** Every token this tokenizer can emit. */
  readonly tokens: readonly string[];
  /** Largest magnitude it represents; larger values are clamped to it. */
  readonly maxValue: number;
  encode(value: number): string[];
  /** Throws on a sequence that is not a complete, legal number. */
  decode(tokens: readonly string[]): number;
  /** The legal next tokens after `prefix` (shorter than `length`). */
  allowedNext(prefix: readonly string[], options?: { nonNegative?: boolean }): readonly string[];
  /**
   * How the next token after `prefix` follows from a magnitude V, for the decoder's value hint:
   * the "continuous digit" r = (log ? log10 V : V) × scale − offset, whose floor is the digit V
   * itself would give (undefined: the token does not follow from V, e.g. the sign).
   */
  digitHint(prefix: readonly string[]): DigitHint | undefined;
  config(): NumberTokenizerConfig;
}

export interface DigitHint {
  log: boolean;
  scale: number;
  offset: number;
}

export type NumberTokenizerConfig = { kind: "ieee"; exponentDigits: number; mantissaDigits: number } | { kind: "p10"; mantissaDigits: number; maxExponent: number };

const SIGNS = ["<+>", "<->"] as const;
const DIGITS = Array.from({ length: 10 }, (_, d) => `<${d}>`);
const ZERO_ONLY = ["<0>"];

function digitOf(token: string | undefined): number {
  const d = token === undefined ? -1 : DIGITS.indexOf(token);
  if (d < 0) throw new RangeError(`expected a digit token, got ${token ?? "nothing"}`);
  return d;
}

function signOf(token: string | undefined): 1 | -1 {
  if (token === "<+>") return 1;
  if (token === "<->") return -1;
  throw new RangeError(`expected a sign token, got ${token ?? "nothing"}`);
}

/**
 * regress-lm's default: `[sign][exponent sign][exponent digits][mantissa digits]`, value =
 * sign × d1.d2d3… × 10^exponent (72.5 → <+><+><1><7><2><5><0>). Zero is all zero digits;
 * magnitudes below the smallest exponent underflow to zero, above the largest are clamped.
 */
export class IeeeNumberTokenizer implements NumberTokenizer {
  readonly kind = "ieee";
  readonly length: number;
  readonly tokens = [...SIGNS, ...DIGITS];
  readonly maxValue: number;
  private readonly maxExponent: number;

  constructor(readonly exponentDigits = 1, readonly mantissaDigits = 4) {
    if (!Number.isInteger(exponentDigits) || exponentDigits < 1 || exponentDigits > 2) throw new RangeError("exponentDigits must be 1 or 2");
    if (!Number.isInteger(mantissaDigits) || mantissaDigits < 1 || mantissaDigits > 8) throw new RangeError("mantissaDigits must be 1..8");
    this.length = 2 + exponentDigits + mantissaDigits;
    this.maxExponent = 10 ** exponentDigits - 1;
    this.maxValue = (10 - 10 ** (1 - mantissaDigits)) * 10 ** this.maxExponent;
  }

  encode(value: number): string[] {
    if (Number.isNaN(value)) throw new RangeError("cannot tokenize NaN");
    const sign = value < 0 ? "<->" : "<+>";
    let magnitude = Math.abs(value);
    const m = this.mantissaDigits;
    let exponent = magnitude === 0 ? 0 : Math.floor(Math.log10(magnitude));
    let mantissa = magnitude === 0 ? 0 : Math.round(magnitude / 10 ** (exponent - m + 1));
    if (mantissa >= 10 ** m) {
      exponent++;
      mantissa = Math.round(magnitude / 10 ** (exponent - m + 1));
    }
    if (mantissa < 10 ** (m - 1) && mantissa > 0) {
      // floating-point log10 landed one too high (e.g. 1000 → 2.9999…)
      exponent--;
      mantissa = Math.round(magnitude / 10 ** (exponent - m + 1));
    }
    if (exponent > this.maxExponent || magnitude === Number.POSITIVE_INFINITY) {
      exponent = this.maxExponent;
      mantissa = 10 ** m - 1;
    }
    if (exponent < -this.maxExponent || mantissa === 0) {
      magnitude = 0;
      exponent = 0;
      mantissa = 0;
    }
    const exponentText = String(Math.abs(exponent)).padStart(this.exponentDigits, "0");
    const mantissaText = String(mantissa).padStart(m, "0");
    return [magnitude === 0 ? "<+>" : sign, exponent < 0 ? "<->" : "<+>", ...[...exponentText, ...mantissaText].map((d) => `<${d}>`)];
  }

  decode(tokens: readonly string[]): number {
    if (tokens.length !== this.length) throw new RangeError(`expected ${this.length} tokens, got ${tokens.length}`);
    const sign = signOf(tokens[0]);
    const exponentSign = signOf(tokens[1]);
    let exponent = 0;
    for (let i = 0; i < this.exponentDigits; i++) exponent = exponent * 10 + digitOf(tokens[2 + i]);
    let mantissa = 0;
    for (let i = 0; i < this.mantissaDigits; i++) mantissa = mantissa * 10 + digitOf(tokens[2 + this.exponentDigits + i]);
    if (mantissa === 0) return 0;
    // Scale through integers first so 1.234e3 decodes to exactly 1234.
    const power = exponentSign * exponent - (this.mantissaDigits - 1);
    const value = power >= 0 ? mantissa * 10 ** power : mantissa / 10 ** -power;
    return sign * value;
  }

  allowedNext(prefix: readonly string[], options: { nonNegative?: boolean } = {}): readonly string[] {
    const position = prefix.length;
    if (position >= this.length) return [];
    if (position === 0) return options.nonNegative ? ["<+>"] : SIGNS;
    if (position === 1) return SIGNS;
    const firstMantissa = 2 + this.exponentDigits;
    // After a leading zero mantissa digit the number is zero: only zeros may follow.
    if (position > firstMantissa && prefix[firstMantissa] === "<0>") return ZERO_ONLY;
    return DIGITS;
  }

  digitHint(prefix: readonly string[]): DigitHint | undefined {
    const position = prefix.length;
    const ed = this.exponentDigits;
    if (position === 0 || position >= this.length) return undefined;
    if (position === 1) return { log: true, scale: 1, offset: 0 };
    const digitsSoFar = (from: number) => prefix.slice(from).reduce((n, t) => n * 10 + digitOf(t), 0);
    const exponentSign = signOf(prefix[1]);
    if (position < 2 + ed) {
      // Exponent digit j of |exponent| ≈ ±log10 V.
      const j = position - 2;
      return { log: true, scale: exponentSign / 10 ** (ed - 1 - j), offset: digitsSoFar(2) * 10 };
    }
    // Mantissa digit i: V / 10^(E - i) minus the digits already written.
    const i = position - 2 - ed;
    const exponent = exponentSign * prefix.slice(2, 2 + ed).reduce((n, t) => n * 10 + digitOf(t), 0);
    return { log: false, scale: 10 ** (i - exponent), offset: digitsSoFar(2 + ed) * 10 };
  }

  config(): NumberTokenizerConfig {
    return { kind: "ieee", exponentDigits: this.exponentDigits, mantissaDigits: this.mantissaDigits };
  }
}

/**
 * regress-lm's "P10": `[sign][d1…dn][E<exp>]`, value = sign × integer mantissa × 10^exp
 * (72.5 → <+><7><2><5><0><E-2>), exponents from −maxExponent to +maxExponent.
 */
export class P10NumberTokenizer implements NumberTokenizer {
  readonly kind = "p10";
  readonly length: number;
  readonly tokens: readonly string[];
  readonly maxValue: number;
  private readonly exponentTokens: readonly string[];

  constructor(readonly mantissaDigits = 4, readonly maxExponent = 10) {
    if (!Number.isInteger(mantissaDigits) || mantissaDigits < 1 || mantissaDigits > 8) throw new RangeError("mantissaDigits must be 1..8");
    if (!Number.isInteger(maxExponent) || maxExponent < 0 || maxExponent > 30) throw new RangeError("maxExponent must be 0..30");
    this.length = 1 + mantissaDigits + 1;
    this.exponentTokens = Array.from({ length: 2 * maxExponent + 1 }, (_, i) => `<E${i - maxExponent}>`);
    this.tokens = [...SIGNS, ...DIGITS, ...this.exponentTokens];
    this.maxValue = (10 ** mantissaDigits - 1) * 10 ** maxExponent;
  }

  encode(value: number): string[] {
    if (Number.isNaN(value)) throw new RangeError("cannot tokenize NaN");
    const magnitude = Math.abs(value);
    const m = this.mantissaDigits;
    let exponent = magnitude === 0 ? 0 : Math.floor(Math.log10(magnitude)) - m + 1;
    let mantissa = magnitude === 0 ? 0 : Math.round(magnitude / 10 ** exponent);
    if (mantissa >= 10 ** m) {
      exponent++;
      mantissa = Math.round(magnitude / 10 ** exponent);
    }
    if (mantissa < 10 ** (m - 1) && mantissa > 0 && exponent > -this.maxExponent) {
      exponent--;
      mantissa = Math.round(magnitude / 10 ** exponent);
    }
    if (exponent > this.maxExponent || magnitude === Number.POSITIVE_INFINITY) {
      exponent = this.maxExponent;
      mantissa = 10 ** m - 1;
    }
    if (exponent < -this.maxExponent) {
      // Below the smallest exponent: a denormal mantissa, or zero.
      exponent = -this.maxExponent;
      mantissa = Math.round(magnitude / 10 ** exponent);
    }
    const zero = mantissa === 0;
    if (zero) exponent = 0;
    return [value < 0 && !zero ? "<->" : "<+>", ...[...String(mantissa).padStart(m, "0")].map((d) => `<${d}>`), `<E${exponent}>`];
  }

  decode(tokens: readonly string[]): number {
    if (tokens.length !== this.length) throw new RangeError(`expected ${this.length} tokens, got ${tokens.length}`);
    const sign = signOf(tokens[0]);
    let mantissa = 0;
    for (let i = 0; i < this.mantissaDigits; i++) mantissa = mantissa * 10 + digitOf(tokens[1 + i]);
    const last = tokens[this.length - 1] as string;
    const e = this.exponentTokens.indexOf(last);
    if (e < 0) throw new RangeError(`expected an exponent token, got ${last}`);
    const exponent = e - this.maxExponent;
    if (mantissa === 0) return 0;
    return sign * (exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent);
  }

  allowedNext(prefix: readonly string[], options: { nonNegative?: boolean } = {}): readonly string[] {
    const position = prefix.length;
    if (position >= this.length) return [];
    if (position === 0) return options.nonNegative ? ["<+>"] : SIGNS;
    // Any digits decode to a valid number (leading zeros are a denormal mantissa).
    if (position < this.length - 1) return DIGITS;
    return this.exponentTokens;
  }

  /** The mantissa comes before the exponent, so its digits' places are unknown: no hints. */
  digitHint(): DigitHint | undefined {
    return undefined;
  }

  config(): NumberTokenizerConfig {
    return { kind: "p10", mantissaDigits: this.mantissaDigits, maxExponent: this.maxExponent };
  }
}

export function numberTokenizerFrom(config: NumberTokenizerConfig): NumberTokenizer {
  return config.kind === "ieee" ? new IeeeNumberTokenizer(config.exponentDigits, config.mantissaDigits) : new P10NumberTokenizer(config.mantissaDigits, config.maxExponent);
}
