import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { loadModule } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { CODEGEN_KEYS, codegenFeatures } from "../src/models/rlm/codegen-features.js";
import { tempDir, testToolchain } from "./helpers.js";

test("codegen features: global data bytes as llc lays them out, .bss and declarations left out", async () => {
  const toolchain = await testToolchain();
  const file = path.join(tempDir("passwise-codegen-"), "globals.c");
  writeFileSync(
    file,
    [
      "struct pair { char tag; double value; };",
      "int table[512] = { 1, 2, 3 };",
      "struct pair pairs[4] = { { 'a', 1.5 } };",
      "static int zeros[100];",
      "extern int elsewhere[64];",
      "int use(int i) { static const char message[] = \"hello, world\"; return table[i] + pairs[i].tag + zeros[i] + elsewhere[i] + message[i]; }",
    ].join("\n"),
  );
  const module = await loadModule(toolchain, file);
  const features = codegenFeatures(module.ir);
  assert.equal(features.get("data:bytes"), 512 * 4 + 4 * 16, "table and pairs (a char padded to the double's 8 bytes)");
  assert.equal(features.get("data:const-bytes"), 13, "the string and its terminator");
  assert.equal(features.get("data:globals"), 4, "zeros counts as a global, but its bytes go to .bss");
  // The real object agrees: .data holds table and pairs, and the read-only bytes hold the string.
  const evaluation = await new SubprocessEvaluator(toolchain).evaluate(module, "");
  assert.ok(evaluation.ok);
  assert.equal(evaluation.dataSize, 512 * 4 + 4 * 16);
  assert.ok(evaluation.textSize >= 13);
});

test("codegen features: stack slots laid out densest first, values live across calls, immediates", () => {
  const ir = [
    "%struct.P = type { i32, [3 x double] }",
    "declare i32 @g(i32)",
    "define i32 @f(i32 %0) {",
    "  %2 = alloca i32, align 4", // 3 uses in 4 bytes: nearest
    "  %3 = alloca [64 x i32], align 16", // 1 use in 256 bytes: beyond 128 bytes
    "  %4 = alloca %struct.P, align 8", // 2 uses in 32 bytes
    "  %5 = alloca i8, i64 10, align 1", // a count: 10 bytes, 1 use
    "  store i32 %0, ptr %2, align 4",
    "  store i32 100000, ptr %4, align 8",
    "  %6 = load i32, ptr %2, align 4",
    "  %7 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 5",
    "  %8 = call i32 @g(i32 %6)",
    "  %9 = load i32, ptr %4, align 8",
    "  store i8 -3, ptr %5, align 1",
    "  %10 = add i32 %8, %6",
    "  %11 = add i64 8589934592, 1",
    "  %12 = load i32, ptr %2, align 4",
    "  ret i32 %10",
    "}",
  ].join("\n");
  const features = codegenFeatures(ir);
  // Densities: %2 3/4, %5 1/10, %4 2/32, %3 1/256 → offsets 4, 14, 40, 296.
  assert.equal(features.get("frame:near"), 3 + 1 + 2);
  assert.equal(features.get("frame:far"), 1);
  assert.equal(features.get("calls:saved-regs"), 1, "%6 is defined before the call and used after it");
  assert.equal(features.get("calls:live-across"), 1);
  assert.equal(features.get("calls:spill-pressure"), undefined);
  // 5 (GEP index), 0 (GEP), -3, 1 → 8-bit; 100000 → 32-bit; 2^33 → 64-bit. Types, alignments and
  // array lengths are not immediates.
  assert.equal(features.get("imm:8"), 4);
  assert.equal(features.get("imm:32"), 1);
  assert.equal(features.get("imm:64"), 1);
  assert.ok([...features.keys()].every((key) => CODEGEN_KEYS.includes(key)));
});
