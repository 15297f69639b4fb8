import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { LlmBackend } from "../src/llm/backend.js";

/**
 * The contract every LlmBackend keeps, run against each implementation: greedy decoding is
 * reproducible, the token limit cuts the same text short, stop sequences end the answer
 * before them, seeded sampling replays, token counts grow with the text, and a grammar (where
 * supported) constrains the output.
 */
export function backendConformance(name: string, open: () => Promise<LlmBackend>, options: { prompt?: string } = {}): void {
  let backend: LlmBackend;
  const prompt = options.prompt ?? "[INST] Disassemble this code to LLVM-IR:\n\n<code>\tretq\n</code> [/INST]";
  before(async () => {
    backend = await open();
  });
  after(async () => {
    await backend?.dispose();
  });

  test(`${name}: greedy decoding is reproducible and the token limit cuts the same text short`, async () => {
    const long = await backend.complete({ prompt, maxTokens: 24 });
    const again = await backend.complete({ prompt, maxTokens: 24 });
    const short = await backend.complete({ prompt, maxTokens: 6 });
    assert.ok(long.ok && again.ok && short.ok);
    assert.equal(again.text, long.text);
    assert.equal(short.finish, "length");
    assert.ok(short.text.length < long.text.length, `${JSON.stringify(short.text)} vs ${JSON.stringify(long.text)}`);
    assert.ok(long.text.startsWith(short.text.replace(/\uFFFD+$/, "")), `${JSON.stringify(short.text)} is a prefix of ${JSON.stringify(long.text)}`);
  });

  test(`${name}: generation stops before a stop sequence`, async () => {
    const full = await backend.complete({ prompt, maxTokens: 24 });
    assert.ok(full.ok);
    const at = [...full.text].findIndex((ch, i) => i >= 2 && /[a-z0-9]/i.test(ch));
    assert.ok(at > 0, `an ASCII character to stop at in ${JSON.stringify(full.text)}`);
    const stop = [...full.text][at] as string;
    const stopped = await backend.complete({ prompt, maxTokens: 24, stop: [stop] });
    assert.ok(stopped.ok);
    assert.equal(stopped.finish, "stop");
    // A byte-level model may split a character across tokens: compare without replacement characters.
    const printable = (text: string) => text.replace(/\uFFFD/g, "");
    assert.equal(printable(stopped.text), printable(full.text.slice(0, full.text.indexOf(stop))));
  });

  test(`${name}: seeded sampling replays`, async () => {
    const a = await backend.complete({ prompt, maxTokens: 16, temperature: 0.9, seed: 7 });
    const b = await backend.complete({ prompt, maxTokens: 16, temperature: 0.9, seed: 7 });
    assert.ok(a.ok && b.ok);
    assert.equal(a.text, b.text);
  });

  test(`${name}: token counts grow with the text`, async () => {
    const one = await backend.countTokens("define i32 @f() {\n  ret i32 0\n}\n");
    const two = await backend.countTokens("define i32 @f() {\n  ret i32 0\n}\n".repeat(2));
    assert.ok(one > 0 && two > one);
  });

  test(`${name}: a grammar constrains the answer where the backend supports one`, async (t) => {
    if (!backend.supportsGrammar) {
      t.skip("no grammar support");
      return;
    }
    const grammar = `root ::= "opt -p '" pass ("," pass){0,3} "'"\npass ::= "sroa" | "function(gvn)" | "instcombine"\n`;
    const result = await backend.complete({ prompt, maxTokens: 80, grammar });
    assert.ok(result.ok);
    assert.match(result.text, /^opt -p '(sroa|function\(gvn\)|instcombine)(,(sroa|function\(gvn\)|instcombine)){0,3}'$/);
  });
}
