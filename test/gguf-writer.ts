import { writeFileSync } from "node:fs";

/**
 * Writes a tiny llama-architecture GGUF model with random weights and a byte-level
 * SentencePiece vocabulary (every byte is a token), so tests can load a real model through
 * node-llama-cpp without downloading one. Format: GGUF v3, all tensors F32.
 */
export interface TinyModelOptions {
  seed?: number;
  embedding?: number;
  layers?: number;
  heads?: number;
  feedForward?: number;
  contextLength?: number;
}

const GGUF_TYPE = { uint32: 4, float32: 6, bool: 7, string: 8, array: 9, int32: 5 } as const;
const GGML_F32 = 0;
const ALIGNMENT = 32;

type Value = { type: "u32"; value: number } | { type: "f32"; value: number } | { type: "str"; value: string } | { type: "strs"; value: string[] } | { type: "f32s"; value: number[] } | { type: "i32s"; value: number[] };

class ByteWriter {
  private chunks: Buffer[] = [];
  length = 0;
  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, "utf8");
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(): void {
    const rest = this.length % ALIGNMENT;
    if (rest !== 0) this.push(Buffer.alloc(ALIGNMENT - rest));
  }
  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(w: ByteWriter, v: Value): void {
  switch (v.type) {
    case "u32":
      w.u32(GGUF_TYPE.uint32);
      w.u32(v.value);
      return;
    case "f32":
      w.u32(GGUF_TYPE.float32);
      w.f32(v.value);
      return;
    case "str":
      w.u32(GGUF_TYPE.string);
      w.str(v.value);
      return;
    case "strs":
      w.u32(GGUF_TYPE.array);
      w.u32(GGUF_TYPE.string);
      w.u64(v.value.length);
      for (const s of v.value) w.str(s);
      return;
    case "f32s":
      w.u32(GGUF_TYPE.array);
      w.u32(GGUF_TYPE.float32);
      w.u64(v.value.length);
      for (const x of v.value) w.f32(x);
      return;
    case "i32s":
      w.u32(GGUF_TYPE.array);
      w.u32(GGUF_TYPE.int32);
      w.u64(v.value.length);
      for (const x of v.value) w.i32(x);
      return;
  }
}

/** mulberry32: a small seeded generator, so the model's weights are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function byteVocabulary(): { tokens: string[]; types: number[] } {
  const tokens = ["<unk>", "<s>", "</s>"];
  const types = [2, 3, 3]; // unknown, control, control
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(6); // byte
  }
  return { tokens, types };
}

export function writeTinyLlamaGguf(file: string, options: TinyModelOptions = {}): void {
  const embedding = options.embedding ?? 64;
  const layers = options.layers ?? 2;
  const heads = options.heads ?? 4;
  const feedForward = options.feedForward ?? 128;
  const contextLength = options.contextLength ?? 4096;
  const rand = random(options.seed ?? 1);
  const { tokens, types } = byteVocabulary();
  const vocab = tokens.length;

  const metadata: [string, Value][] = [
    ["general.architecture", { type: "str", value: "llama" }],
    ["general.name", { type: "str", value: "passwise-tiny-test" }],
    ["general.alignment", { type: "u32", value: ALIGNMENT }],
    ["llama.context_length", { type: "u32", value: contextLength }],
    ["llama.embedding_length", { type: "u32", value: embedding }],
    ["llama.block_count", { type: "u32", value: layers }],
    ["llama.feed_forward_length", { type: "u32", value: feedForward }],
    ["llama.attention.head_count", { type: "u32", value: heads }],
    ["llama.attention.head_count_kv", { type: "u32", value: heads }],
    ["llama.rope.dimension_count", { type: "u32", value: embedding / heads }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "f32", value: 1e-5 }],
    ["llama.vocab_size", { type: "u32", value: vocab }],
    ["tokenizer.ggml.model", { type: "str", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "strs", value: tokens }],
    ["tokenizer.ggml.scores", { type: "f32s", value: tokens.map(() => 0) }],
    ["tokenizer.ggml.token_type", { type: "i32s", value: types }],
    ["tokenizer.ggml.unknown_token_id", { type: "u32", value: 0 }],
    ["tokenizer.ggml.bos_token_id", { type: "u32", value: 1 }],
    ["tokenizer.ggml.eos_token_id", { type: "u32", value: 2 }],
  ];

  // GGUF lists dimensions innermost first: a [rows × cols] weight is written as [cols, rows].
  // The control tokens' output rows are zero: their logit is 0 while the largest of 256 random
  // byte logits is positive, so greedy decoding never ends early and answers have their length.
  const tensors: { name: string; dims: number[]; norm?: boolean; zeroRows?: number }[] = [
    { name: "token_embd.weight", dims: [embedding, vocab] },
    { name: "output_norm.weight", dims: [embedding], norm: true },
    { name: "output.weight", dims: [embedding, vocab], zeroRows: 3 },
  ];
  for (let i = 0; i < layers; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [embedding], norm: true },
      { name: `blk.${i}.attn_q.weight`, dims: [embedding, embedding] },
      { name: `blk.${i}.attn_k.weight`, dims: [embedding, embedding] },
      { name: `blk.${i}.attn_v.weight`, dims: [embedding, embedding] },
      { name: `blk.${i}.attn_output.weight`, dims: [embedding, embedding] },
      { name: `blk.${i}.ffn_norm.weight`, dims: [embedding], norm: true },
      { name: `blk.${i}.ffn_gate.weight`, dims: [embedding, feedForward] },
      { name: `blk.${i}.ffn_down.weight`, dims: [feedForward, embedding] },
      { name: `blk.${i}.ffn_up.weight`, dims: [embedding, feedForward] },
    );
  }

  const header = new ByteWriter();
  header.push(Buffer.from("GGUF", "ascii"));
  header.u32(3);
  header.u64(tensors.length);
  header.u64(metadata.length);
  for (const [key, value] of metadata) {
    header.str(key);
    writeValue(header, value);
  }
  const data = new ByteWriter();
  for (const tensor of tensors) {
    const count = tensor.dims.reduce((a, b) => a * b, 1);
    const values = Buffer.alloc(count * 4);
    const zeroUpTo = (tensor.zeroRows ?? 0) * (tensor.dims[0] ?? 0);
    for (let i = 0; i < count; i++) values.writeFloatLE(tensor.norm ? 1 : i < zeroUpTo ? 0 : (rand() - 0.5) * 0.2, i * 4);
    header.str(tensor.name);
    header.u32(tensor.dims.length);
    for (const d of tensor.dims) header.u64(d);
    header.u32(GGML_F32);
    header.u64(data.length);
    data.push(values);
    data.pad();
  }
  header.pad();
  writeFileSync(file, Buffer.concat([header.buffer(), data.buffer()]));
}
