import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { isPasswiseError } from "../src/errors.js";
import { loadModule } from "../src/llvm/ir-module.js";
import { runTool } from "../src/llvm/run-tool.js";
import { toolPath } from "../src/llvm/toolchain.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { exampleFiles, tempDir, testToolchain } from "./helpers.js";

test("C input becomes unoptimized IR with minsize optsize and no optnone, as LLM Compiler's inputs", async () => {
  const module = await loadModule(await testToolchain(), exampleFiles()[0] as string);
  assert.match(module.ir, /attributes #\d+ = \{[^}]*\bminsize\b[^}]*\boptsize\b/);
  assert.doesNotMatch(module.ir, /\boptnone\b/);
  assert.match(module.ir, /alloca/, "no LLVM passes ran (mem2reg would have removed allocas)");
  assert.equal(module.targetTriple, "x86_64-pc-linux-gnu");
  assert.match(module.hash, /^[0-9a-f]{64}$/);
});

test("__DATE__ and __TIME__ are fixed, so a file that prints its build time has one module hash", async () => {
  const dir = tempDir();
  const file = path.join(dir, "stamp.c");
  writeFileSync(file, 'const char *built(void) { return __DATE__ " " __TIME__; }\n');
  const module = await loadModule(await testToolchain(), file);
  assert.match(module.ir, /c"Jan  1 1970 00:00:00\\00"/);
});

test("C++ input, --frontend-flags and .bc input", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  writeFileSync(path.join(dir, "lib.hpp"), "#pragma once\ntemplate <class T> T twice(T x) { return x + x; }\n");
  writeFileSync(path.join(dir, "prog.cpp"), '#include "lib.hpp"\nint use(int v) { return twice(v) * SCALE; }\n');
  const module = await loadModule(toolchain, path.join(dir, "prog.cpp"), { frontendFlags: ["-DSCALE=3", `-I${dir}`] });
  assert.match(module.ir, /define .*_Z3usei/);
  assert.match(module.ir, /mul nsw i32 %\w+, 3/);
  await assert.rejects(loadModule(toolchain, path.join(dir, "prog.cpp")), (error: unknown) => {
    assert.ok(isPasswiseError(error));
    assert.equal(error.code, "frontend-failed");
    assert.match(error.message, /SCALE/);
    return true;
  });
  const llFile = path.join(dir, "m.ll");
  writeFileSync(llFile, module.ir);
  const bcFile = path.join(dir, "m.bc");
  const opt = await runTool(toolPath(toolchain, "opt"), [llFile, "-o", bcFile], { timeoutMs: 30_000 });
  assert.equal(opt.exitCode, 0);
  const fromBitcode = await loadModule(toolchain, bcFile);
  const evaluator = new SubprocessEvaluator(toolchain);
  const [a, b] = await Promise.all([evaluator.evaluate(module, "default<Oz>"), evaluator.evaluate(fromBitcode, "default<Oz>")]);
  assert.ok(a.ok && b.ok);
  assert.equal(a.binarySize, b.binarySize);
});

test("--frontend-level O0 still lets passes work (no optnone)", async () => {
  const module = await loadModule(await testToolchain(), exampleFiles()[0] as string, { frontendLevel: "O0" });
  assert.doesNotMatch(module.ir, /\boptnone\b/);
  assert.doesNotMatch(module.ir, /\bminsize\b/);
});

test("unsupported and unreadable inputs are clear errors", async () => {
  const toolchain = await testToolchain();
  await assert.rejects(loadModule(toolchain, "/nonexistent/file.c"), /cannot read input \(no such file\)/);
  await assert.rejects(loadModule(toolchain, "notes.txt"), /unsupported input type/);
});
