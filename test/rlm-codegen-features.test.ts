import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { lowerToAssembly } from "../src/llvm/assembly.js";
import { loadModule } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { CODEGEN_KEYS, codegenFeatures } from "../src/models/rlm/codegen-features.js";
import { tempDir, testToolchain } from "./helpers.js";

/** Writes C source lines to a temporary file and reads it as unoptimized IR, as the corpus does. */
async function moduleFromC(name: string, lines: readonly string[]) {
  const toolchain = await testToolchain();
  const file = path.join(tempDir("passwise-codegen-"), name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return { toolchain, module: await loadModule(toolchain, file) };
}

test("codegen features: global data bytes as llc lays them out, .bss and declarations left out", async () => {
  const { toolchain, module } = await moduleFromC("globals.c", [
    "struct pair { char tag; double value; };",
    "int table[512] = { 1, 2, 3 };",
    "struct pair pairs[4] = { { 'a', 1.5 } };",
    "static int zeros[100];",
    "extern int elsewhere[64];",
    "int use(int i) { static const char message[] = \"hello, world\"; return table[i] + pairs[i].tag + zeros[i] + elsewhere[i] + message[i]; }",
  ]);
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

test("codegen features: stack slots laid out densest first, values live across calls, immediates, switches", () => {
  const ir = [
    "%struct.P = type { i32, [3 x double] }",
    "declare i32 @g(i32)",
    "define i32 @f(i32 %0) {",
    "  %2 = alloca i32, align 4", // 3 uses in 4 bytes: nearest
    "  %3 = alloca [64 x i32], align 16", // 2 uses in 256 bytes: beyond 128 bytes
    "  %4 = alloca %struct.P, align 8", // 2 uses in 32 bytes
    "  %5 = alloca i8, i64 10, align 1", // a count: 10 bytes, 1 use
    "  call void @llvm.lifetime.start.p0(i64 -1, ptr %3)",
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
    "  switch i32 %12, label %done [",
    "    i32 0, label %a",
    "    i32 2, label %a",
    "    i32 3, label %b",
    "    i32 5, label %b",
    "  ]",
    "a:",
    "  switch i32 %9, label %done [",
    "    i32 1, label %b",
    "    i32 1000, label %b",
    "  ]",
    "b:",
    "  %13 = call i32 @g(i32 7)",
    "  br label %done",
    "done:",
    "  ret i32 %10",
    "}",
  ].join("\n");
  const features = codegenFeatures(ir);
  // Densities: %2 3/4, %5 1/10, %4 2/32, %3 2/256 → slots end 4, 14, 48 and 304 bytes out.
  assert.equal(features.get("frame:near"), 3 + 1 + 2);
  assert.equal(features.get("frame:far"), 2);
  // %6 is live across the first call (used by %10), %10 across the second (returned).
  assert.equal(features.get("calls:saved-regs"), 1);
  assert.equal(features.get("calls:live-across"), 2);
  assert.equal(features.get("calls:spill-pressure"), undefined);
  // -1, 0, 5, -3, 1 and 7 fit 8 bits; 100000 32; 2^33 64. Types, alignments, array lengths and
  // switch cases are not immediates; of the small ones only the call argument 7 goes through a
  // register (the lifetime marker makes no call).
  assert.equal(features.get("imm:8"), 6);
  assert.equal(features.get("imm:32"), 1);
  assert.equal(features.get("imm:64"), 1);
  assert.equal(features.get("imm:push-pop"), 1);
  // Cases 0–5, four of six values: a jump table of 6 entries; two cases 999 apart: compares.
  assert.equal(features.get("switch:table-bytes"), 6 * 8);
  assert.equal(features.get("switch:table-cases"), 4);
  assert.equal(features.get("switch:compare-cases"), 2);
  assert.ok([...features.keys()].every((key) => CODEGEN_KEYS.includes(key)));
});

test("codegen features: a dense switch's jump table is the .rodata llc emits", async () => {
  const cases = Array.from({ length: 30 }, (_, k) => `case ${k * 2}: return ${k % 7} + x;`).join(" ");
  const { toolchain, module } = await moduleFromC("switch.c", [`int pick(int v, int x) { switch (v) { ${cases} default: return -x; } }`]);
  const features = codegenFeatures(module.ir);
  assert.equal(features.get("switch:table-bytes"), 59 * 8, "cases 0, 2, …, 58: 30 of 59 values");
  const evaluation = await new SubprocessEvaluator(toolchain).evaluate(module, "");
  assert.ok(evaluation.ok);
  const rodata = evaluation.sections.filter((s) => s.name.startsWith(".rodata")).reduce((sum, s) => sum + s.size, 0);
  assert.equal(rodata, 59 * 8);
});

/** The assembly of one function of a module, from its label to the next `.size`. */
function functionAssembly(assembly: string, name: string): string {
  const start = assembly.indexOf(`\n${name}:`);
  assert.ok(start >= 0, `no ${name} in the assembly`);
  return assembly.slice(start, assembly.indexOf(".size", start));
}

test("codegen features: field displacements, combined byte loads and inline memory copies, as llc emits them", async () => {
  const { toolchain, module } = await moduleFromC("memory.c", [
    "struct big { long a; long b; char pad[200]; long far1; long far2; };",
    "struct block { long words[6]; };",
    "long near_fields(struct big *p) { return p->a + p->b; }",
    "long far_fields(struct big *p) { return p->far1 + p->far2; }",
    "unsigned le32(const unsigned char *p) { return p[0] | (p[1] << 8) | (p[2] << 16) | ((unsigned)p[3] << 24); }",
    "void copy48(struct block *a, const struct block *b) { *a = *b; }",
    "void clear100(char *p) { __builtin_memset(p, 0, 100); }",
    "void copy200(char *a, const char *b) { __builtin_memcpy(a, b, 200); }",
  ]);
  const features = codegenFeatures(module.ir);
  const assembly = await lowerToAssembly(toolchain, module);
  // b is 8 bytes in (one displacement byte), far1 and far2 216 and 224 (four); a is at the base;
  // p[1], p[2] and p[3] are one byte each.
  assert.equal(features.get("address:disp8"), 1 + 3);
  assert.equal(features.get("address:disp32"), 2);
  assert.match(functionAssembly(assembly, "near_fields"), /\b8\(%r/);
  assert.match(functionAssembly(assembly, "far_fields"), /\b216\(%r/);
  // Four byte loads or'ed together: three ors, and llc loads the word once.
  assert.equal(features.get("combine:byte-loads"), 3);
  assert.doesNotMatch(functionAssembly(assembly, "le32"), /movzb/);
  // 48 bytes copied: three 16-byte moves; 100 set: six and a 4-byte store; 200 copied: a call.
  assert.equal(features.get("memop:copy-ops"), 3);
  assert.equal(features.get("memop:set-ops"), 7);
  assert.equal(features.get("memop:calls"), 1);
  assert.doesNotMatch(functionAssembly(assembly, "copy48"), /memcpy/);
  assert.doesNotMatch(functionAssembly(assembly, "clear100"), /memset/);
  assert.match(functionAssembly(assembly, "copy200"), /memcpy/);
});

test("codegen features: switches as SwitchLowering sees them, and blocks only a constant branch leads to", async () => {
  const { toolchain, module } = await moduleFromC("switch-bits.c", ["int vowel(int c) { switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return 1; default: return 0; } }"]);
  const features = codegenFeatures(module.ir);
  // Five values 97–117 to one destination: too sparse for the first rule's table, so it counted
  // compares; LLVM tests them as bits of one mask.
  assert.equal(features.get("switch:compare-cases"), 5);
  assert.equal(features.get("switch:undo-compare-cases"), 5);
  assert.equal(features.get("switch:bit-tests"), 1);
  assert.equal(features.get("switch:bit-test-dests"), 1);
  assert.match(functionAssembly(await lowerToAssembly(toolchain, module), "vowel"), /\bbt[lq]?\b/);

  const dead = [
    "declare void @g()",
    "define void @f(i32 %x) {",
    "  br i1 true, label %live, label %dead",
    "dead:",
    "  call void @g()",
    "  call void @g()",
    "  br label %live",
    "live:",
    "  switch i32 %x, label %out [",
    "    i32 1, label %a",
    "    i32 3, label %a",
    "    i32 5, label %a",
    "    i32 7, label %hop",
    "    i32 2, label %out",
    "  ]",
    "hop:",
    "  br label %a",
    "a:",
    "  call void @g()",
    "  br label %out",
    "out:",
    "  ret void",
    "}",
  ].join("\n");
  const deadFeatures = codegenFeatures(dead);
  assert.equal(deadFeatures.get("dead:instructions"), 3);
  assert.equal(deadFeatures.get("dead:calls"), 2);
  // The first rule: five cases over 1–7, a table. Codegen folds `hop` into `a` and drops the case
  // that goes where the default does: 1, 3, 5 and 7 to one destination, bit tests.
  assert.equal(deadFeatures.get("switch:table-bytes"), 7 * 8);
  assert.equal(deadFeatures.get("switch:undo-table-bytes"), 7 * 8);
  assert.equal(deadFeatures.get("switch:bit-tests"), 1);
  assert.equal(deadFeatures.get("switch:bit-test-dests"), 1);
  const lowered = functionAssembly(await lowerToAssembly(toolchain, { ir: dead, targetTriple: undefined, name: "dead.ll" }), "f");
  assert.equal(lowered.match(/call/g)?.length, 1, "llc drops the block the constant branch skips");
  assert.match(lowered, /\bbt[lq]?\b/);
  assert.doesNotMatch(lowered, /jmpq\s+\*/, "no jump table");
});
