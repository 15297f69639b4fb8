import type { NumberTokenizer } from "./number-tokenizer.js";

/** Separates the IR from the pipeline in a model input (see `rlmInput`). */
export const PIPELINE_MARKER = "\n;; passwise-pipeline:\n";

/** A model input: the text, optionally followed by a pipeline the text is run through. */
export function rlmInput(text: string, pipeline?: string | null): string {
  return pipeline ? `${text}${PIPELINE_MARKER}${pipeline}` : text;
}

/**
 * Text → word pieces. SSA value and metadata numbers (%12, !5) become %N/!N (they are names, not
 * quantities); other numbers are split into digits (as regress-lm's learned vocabularies do);
 * pass names keep their hyphens; punctuation is one token per character.
 */
const PIECE = /%[0-9]+|![0-9]+|[%@!#]?[A-Za-z_.$][\w.$-]*|[0-9]|[^\s\w]/g;

export function textPieces(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const pieces: string[] = [];
  for (const match of text.matchAll(PIECE)) {
    if (pieces.length >= limit) break;
    const piece = match[0];
    const c = piece[0];
    if ((c === "%" || c === "!") && piece.length > 1 && piece[1]! >= "0" && piece[1]! <= "9") pieces.push(`${c}N`);
    else pieces.push(piece);
  }
  return pieces;
}

/** A segment of the input as a bag of vocabulary ids: sorted ids with their counts. */
export interface Bag {
  ids: Int32Array;
  counts: Float32Array;
  /** Word pieces in the segment (before the vocabulary). */
  length: number;
}

/**
 * The segments an input is read as: the function bodies (what becomes code), the rest of the IR
 * (types, globals, declarations, attributes, metadata — often large and code-free), the pipeline.
 */
export const SEGMENTS = ["code", "declarations", "pipeline"] as const;

export interface EncodedInput {
  /** One bag per entry of SEGMENTS. */
  segments: Bag[];
}

/**
 * An input read once into word pieces by segment, untruncated: what both the encoder (its first
 * `maxInputTokens` pieces per segment) and the linear blend count. `pipeline` is null without one.
 */
export interface InputPieces {
  code: string[];
  declarations: string[];
  pipeline: string[] | null;
  /** The IR as text (the linear blend reads codegen features from it). */
  ir: string;
}

export function readInput(input: string): InputPieces {
  const [ir = "", pipeline] = splitInput(input);
  const [code, declarations] = splitIr(ir);
  return { code: textPieces(code), declarations: textPieces(declarations), pipeline: pipeline === undefined ? null : textPieces(pipeline), ir };
}

/** IR text → [function bodies, everything else]. */
export function splitIr(ir: string): [string, string] {
  const code: string[] = [];
  const rest: string[] = [];
  let inFunction = false;
  for (const line of ir.split("\n")) {
    if (!inFunction && line.startsWith("define ")) inFunction = true;
    (inFunction ? code : rest).push(line);
    if (inFunction && line === "}") inFunction = false;
  }
  return [code.join("\n"), rest.join("\n")];
}

export const UNK = "<unk>";

/**
 * The encoder's vocabulary, learned from the training texts: the most frequent word pieces and
 * the most frequent adjacent pairs of them (written "a b"), so local order is seen too.
 */
export class TextVocabulary {
  private readonly index: Map<string, number>;

  constructor(readonly tokens: readonly string[]) {
    this.index = new Map(tokens.map((t, i) => [t, i]));
    if (this.index.get(UNK) !== 0) throw new RangeError(`the first token must be ${UNK}`);
  }

  get size(): number {
    return this.tokens.length;
  }

  static learn(texts: Iterable<string>, options: { size: number; bigramShare?: number; maxPieces?: number }): TextVocabulary {
    const unigrams = new Map<string, number>();
    const bigrams = new Map<string, number>();
    for (const input of texts) {
      const [ir = "", pipeline = ""] = splitInput(input);
      for (const segment of [...splitIr(ir), pipeline]) {
        const pieces = textPieces(segment, options.maxPieces);
        let previous: string | undefined;
        for (const piece of pieces) {
          unigrams.set(piece, (unigrams.get(piece) ?? 0) + 1);
          if (previous !== undefined) {
            const pair = `${previous} ${piece}`;
            bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
          }
          previous = piece;
        }
      }
    }
    const top = (counts: Map<string, number>, n: number) =>
      [...counts.entries()]
        .filter(([, c]) => c >= 2)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, n)
        .map(([t]) => t);
    const bigramCount = Math.floor((options.size - 1) * (options.bigramShare ?? 0.5));
    const uni = top(unigrams, options.size - 1 - bigramCount);
    const bi = top(bigrams, options.size - 1 - uni.length);
    return new TextVocabulary([UNK, ...uni, ...bi]);
  }

  id(token: string): number {
    return this.index.get(token) ?? 0;
  }

  /** The input's segments (text, pipeline) as bags of unigram and bigram ids. */
  encode(input: string, maxPieces: number, cache?: Map<string, Bag>): EncodedInput {
    const [ir = "", pipeline = ""] = splitInput(input);
    const bagOf = (segment: string) => {
      const cached = cache?.get(segment);
      if (cached) return cached;
      const bag = this.bag(textPieces(segment, maxPieces));
      cache?.set(segment, bag);
      return bag;
    };
    const [code, declarations] = splitIr(ir);
    return { segments: [bagOf(code), bagOf(declarations), bagOf(pipeline)] };
  }

  /** `encode` of an input already read into pieces (the same bags). */
  encodePieces(pieces: InputPieces, maxPieces: number): EncodedInput {
    return { segments: [pieces.code, pieces.declarations, pieces.pipeline ?? []].map((list) => this.bag(list.length > maxPieces ? list.slice(0, maxPieces) : list)) };
  }

  private bag(pieces: readonly string[]): Bag {
    const counts = new Map<number, number>();
    let previous: string | undefined;
    for (const piece of pieces) {
      const id = this.id(piece);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (previous !== undefined) {
        const pair = this.index.get(`${previous} ${piece}`);
        if (pair !== undefined) counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
      previous = piece;
    }
    const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    return { ids, counts: Float32Array.from(ids, (id) => counts.get(id) as number), length: pieces.length };
  }
}

function splitInput(input: string): string[] {
  const at = input.indexOf(PIPELINE_MARKER);
  return at < 0 ? [input] : [input.slice(0, at), input.slice(at + PIPELINE_MARKER.length)];
}

/** The decoder's vocabulary: number tokens ↔ ids, over one number tokenizer's tokens. */
export class NumericVocabulary {
  private readonly index: Map<string, number>;
  readonly tokens: readonly string[];

  constructor(readonly tokenizer: NumberTokenizer) {
    this.tokens = tokenizer.tokens;
    this.index = new Map(this.tokens.map((t, i) => [t, i]));
  }

  get size(): number {
    return this.tokens.length;
  }

  id(token: string): number {
    const id = this.index.get(token);
    if (id === undefined) throw new RangeError(`not a number token: ${token}`);
    return id;
  }

  token(id: number): string {
    const token = this.tokens[id];
    if (token === undefined) throw new RangeError(`no number token with id ${id}`);
    return token;
  }
}
