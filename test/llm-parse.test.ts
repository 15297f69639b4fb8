import assert from "node:assert/strict";
import { test } from "node:test";
import { emulationPrompt, flagTuningPrompt, disassemblyPrompt } from "../src/dataset/prompts.js";
import { bleu } from "../src/llm/bleu.js";
import { flagTuningGrammar, leafPasses, resolveAgainstCatalog } from "../src/llm/catalog-passes.js";
import { codeTokens, countAsmInstructions, normalizeAsm, normalizeIr } from "../src/llm/normalize.js";
import { extractCode, extractPipelineText, parseStatedNumbers } from "../src/llm/parse-answer.js";
import { testCatalog } from "./helpers.js";

test("prompts are Meta's templates byte for byte", () => {
  assert.equal(flagTuningPrompt("IR"), "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>IR</code> [/INST]");
  assert.equal(disassemblyPrompt("ASM"), "[INST] Disassemble this code to LLVM-IR:\n\n<code>ASM</code> [/INST]");
  assert.equal(
    emulationPrompt("IR", "function(sroa)", 12, 345, "asm"),
    "[INST] Give the assembly for the following code when optimized using opt -p 'function(sroa)':\n\n<code>IR</code>\n\nThe input code has instruction count 12 and binary size 345 bytes. [/INST]",
  );
});

test("stated numbers: the model's 'binary sise', before/after sizes, only from the prose", () => {
  const emulation = "The LLVM-IR will have instruction count 17 and binary sise 96 bytes:\n\n<code>; instruction count 99\n</code>";
  assert.deepEqual(parseStatedNumbers(emulation), { instructionCount: 17, binarySize: 96, sizeBefore: null, sizeAfter: 96 });
  const tuning = "Run opt -p 'module(default<Oz>)' to reduce the binary size from 120 bytes to 88 bytes. The optimized LLVM-IR will have instruction count 9 and binary size 88 bytes:\n\n<code>";
  assert.deepEqual(parseStatedNumbers(tuning), { instructionCount: 9, binarySize: 88, sizeBefore: 120, sizeAfter: 88 });
});

test("code blocks: complete, cut off, missing, bare", () => {
  assert.deepEqual(extractCode("x <code>a\nb</code> y"), { code: "a\nb", truncated: false, issues: [] });
  const cut = extractCode("x <code>define i32 @f() {", { finish: "length" });
  assert.equal(cut.code, "define i32 @f() {");
  assert.equal(cut.truncated, true);
  assert.ok(cut.issues.some((i) => /cut off/.test(i)));
  assert.equal(extractCode("I cannot help with that.").code, null);
  assert.equal(extractCode("define void @f() {\n  ret void\n}", { bare: "ir" }).code, "define void @f() {\n  ret void\n}\n");
  assert.equal(extractCode("just words", { bare: "ir" }).code, null);
});

test("pass lists in every quoting the model uses", () => {
  const cases: [string, string][] = [
    ["Run opt -p 'function(sroa),instcombine' to reduce", "function(sroa),instcombine"],
    ['Use opt -passes="gvn,dce" for that', "gvn,dce"],
    ["opt --passes=mem2reg,sccp input.ll", "mem2reg,sccp"],
    ["The best list is 'default<Oz>,globaldce'.", "default<Oz>,globaldce"],
  ];
  for (const [answer, list] of cases) assert.deepEqual(extractPipelineText(answer), { found: true, text: list }, answer);
  const cut = extractPipelineText("Run opt -p 'function(sroa),instco");
  assert.equal(cut.found, false);
  assert.deepEqual(extractPipelineText("no idea"), { found: false, issue: "no pass list in the answer" });
  assert.equal(extractPipelineText("Run opt -p 'a' <code>opt -p 'b'</code>").found && "a", "a");
});

test("every pass is checked against the catalog and rewritten in its spelling", async () => {
  const catalog = await testCatalog();
  assert.deepEqual(leafPasses("module(function(sroa,instcombine),globaldce),cgscc(inline)"), ["sroa", "instcombine", "globaldce", "inline"]);
  const ok = resolveAgainstCatalog("module(sroa,function(loop(licm)),default<Oz>)", catalog);
  assert.ok(ok.ok, JSON.stringify(ok));
  assert.equal(ok.pipeline, "function(sroa),function(loop-mssa(licm)),default<Oz>");
  const renamed = resolveAgainstCatalog("flattencfg", catalog);
  assert.ok(renamed.ok && renamed.pipeline === "function(flatten-cfg)" && renamed.notes.length === 1, JSON.stringify(renamed));
  const unknown = resolveAgainstCatalog("sroa,make-it-small,gvn", catalog);
  assert.ok(!unknown.ok);
  if (!unknown.ok) assert.deepEqual(unknown.unknownPasses, ["make-it-small"]);
  assert.ok(!resolveAgainstCatalog("function(sroa", catalog).ok);
  assert.ok(!resolveAgainstCatalog("", catalog).ok);
  const grammar = flagTuningGrammar(catalog);
  assert.match(grammar, /^root ::= /);
  assert.ok(grammar.includes('"function(loop-mssa(licm))"') && grammar.includes('"licm"'));
});

test("normalization drops comments, metadata and layout but keeps the code", () => {
  const ir = '; ModuleID = \'x\'\nsource_filename = "x.c"\n\ndefine i32 @f() !dbg !4 {\n  %s = getelementptr [3 x i8], ptr @str ; comment\n  ret i32 0, !dbg !7\n}\n!4 = !{}\n';
  assert.equal(normalizeIr(ir), "define i32 @f() !dbg !4 {\n%s = getelementptr [3 x i8], ptr @str\nret i32 0\n}");
  assert.equal(normalizeIr('@s = constant [3 x i8] c";x\\00"'), '@s = constant [3 x i8] c";x\\00"');
  const asm = '\t.file\t"x.c"\n\t.text\n\t.globl\tf # -- Begin\nf:  # @f\n\txorl\t%eax, %eax\n\tretq\n.Lfunc_end0:\n\t.ident\t"clang"\n\t.section\t".note.GNU-stack","",@progbits\n';
  assert.equal(normalizeAsm(asm), ".text\n.globl f\nf:\nxorl %eax, %eax\nretq\n.Lfunc_end0:");
  assert.equal(countAsmInstructions(asm), 2);
});

test("BLEU: 1 for identical code, lower for a perturbed copy, near 0 for unrelated text", () => {
  const a = codeTokens("movl $1, %eax\naddl %edi, %eax\nretq\n".repeat(3));
  const b = codeTokens("movl $2, %eax\naddl %edi, %eax\nretq\n".repeat(3));
  assert.equal(bleu(a, a), 1);
  const perturbed = bleu(b, a);
  assert.ok(perturbed > 0.5 && perturbed < 1, String(perturbed));
  assert.ok(bleu(codeTokens("hello world"), a) < 0.1);
  assert.ok(bleu(a.slice(0, 5), a) < bleu(a.slice(0, 20), a), "brevity penalty");
});
