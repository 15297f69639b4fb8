import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { runTool } from "../src/llvm/run-tool.js";
import { toolPath } from "../src/llvm/toolchain.js";
import { loadModule } from "../src/llvm/ir-module.js";
import { LruCache } from "../src/measure/cache.js";
import type { Evaluation } from "../src/measure/evaluation.js";
import { SubprocessEvaluator, evaluationKey } from "../src/measure/subprocess-evaluator.js";
import { exampleFiles, loadExample, repoRoot, sizeByHand, tempDir, testToolchain } from "./helpers.js";

const PIPELINES = ["", "default<Oz>", "function(sroa,instcombine<no-verify-fixpoint>),globaldce", "default<O3>", "function(mem2reg),cgscc(inline),function(simplifycfg)"];

/** llvm-size's Berkeley text and data columns for an object file. */
async function llvmSize(objectFile: string): Promise<{ text: number; data: number }> {
  const toolchain = await testToolchain();
  const result = await runTool(toolPath(toolchain, "llvm-size"), [objectFile], { timeoutMs: 30_000 });
  const row = result.stdout.toString("utf8").trim().split("\n")[1]?.trim().split(/\s+/) ?? [];
  return { text: Number(row[0]), data: Number(row[1]) };
}

test("binarySize equals llvm-size's text+data, and plain opt+llc by hand gives the same object", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  const dir = tempDir();
  const files = exampleFiles().slice(0, 4);
  assert.ok(files.length >= 4, "examples/ must hold example programs");
  for (const file of files) {
    const module = await loadExample(file);
    const inputLl = path.join(dir, "input.ll");
    writeFileSync(inputLl, module.ir);
    for (const pipeline of PIPELINES) {
      const evaluation = await evaluator.evaluate(module, pipeline);
      assert.ok(evaluation.ok, `${path.basename(file)} ${pipeline}: ${evaluation.ok ? "" : evaluation.failure.diagnostic}`);
      // Replay exactly as a user would: opt to a file, llc to a file, llvm-size.
      const optArgs = pipeline === "" ? [inputLl, "-o", path.join(dir, "out.bc")] : [`-passes=${pipeline}`, inputLl, "-o", path.join(dir, "out.bc")];
      assert.equal((await runTool(toolPath(toolchain, "opt"), optArgs, { timeoutMs: 60_000 })).exitCode, 0);
      const llc = await runTool(toolPath(toolchain, "llc"), ["-filetype=obj", path.join(dir, "out.bc"), "-o", path.join(dir, "out.o")], { timeoutMs: 60_000 });
      assert.equal(llc.exitCode, 0);
      const reference = await llvmSize(path.join(dir, "out.o"));
      assert.equal(evaluation.textSize, reference.text, `${path.basename(file)} '${pipeline}' text`);
      assert.equal(evaluation.dataSize, reference.data, `${path.basename(file)} '${pipeline}' data`);
      assert.equal(evaluation.binarySize, reference.text + reference.data);
      assert.equal(evaluation.llvmVersion, toolchain.version.full);
    }
  }
});

test("compile() returns the object whose sizes llvm-size reports", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const dir = tempDir();
  const module = await loadExample(exampleFiles()[0] as string);
  const { evaluation, artifacts } = await evaluator.compile(module, "default<Oz>");
  assert.ok(evaluation.ok && artifacts);
  const objectFile = path.join(dir, "x.o");
  writeFileSync(objectFile, artifacts.object);
  const reference = await llvmSize(objectFile);
  assert.deepEqual([evaluation.textSize, evaluation.dataSize], [reference.text, reference.data]);
  assert.match(artifacts.optimizedIr, /define /);
});

test("irInstructionCount equals the sum of LLVM's TotalInstructionCount over functions", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  for (const file of exampleFiles().slice(0, 5)) {
    const module = await loadExample(file);
    for (const pipeline of ["", "default<Oz>", "function(sroa,simplifycfg)", "default<O3>"]) {
      const { evaluation, artifacts } = await evaluator.compile(module, pipeline);
      assert.ok(evaluation.ok && artifacts);
      const props = await runTool(toolPath(toolchain, "opt"), ["-passes=print<func-properties>", "-disable-output"], {
        timeoutMs: 60_000,
        stdin: artifacts.optimizedIr,
      });
      const reference = [...props.stderr.matchAll(/TotalInstructionCount: (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      assert.equal(evaluation.irInstructionCount, reference, `${path.basename(file)} '${pipeline}'`);
    }
  }
});

test("a module whose textual IR llc cannot read back (uselistorder on a constant) is lowered through bitcode, as by hand", async () => {
  const toolchain = await testToolchain();
  const program = path.join(repoRoot, "suite", "programs", "019-complex-struct");
  const module = await loadModule(toolchain, path.join(program, "solution.c"), { frontendFlags: [`-I${program}`] });
  // With LLVM 19.1, `opt -S -preserve-ll-uselistorder` prints a directive here that llc rejects.
  const pipeline = "default<Os>,function(lower-switch)";
  const reference = await sizeByHand(toolchain, module.ir, pipeline);
  const staleFailure: Evaluation = {
    moduleHash: module.hash,
    pipeline,
    llvmVersion: toolchain.version.full,
    target: module.targetTriple ?? "x86_64-pc-linux-gnu",
    fromCache: false,
    ok: false,
    times: { optMs: 1, llcMs: 1, totalMs: 2 },
    failure: { kind: "codegen-error", stage: "llc", stderr: "", exitCode: 1, signal: null, diagnostic: "llc: error: llc: <stdin>:357:1: error: wrong number of indexes, expected 7" },
  };
  const cache = new LruCache<Evaluation>(10);
  cache.set(evaluationKey(module, pipeline, toolchain.version.full), staleFailure);
  const evaluator = new SubprocessEvaluator(toolchain, { evaluationCache: cache });
  const evaluation = await evaluator.evaluate(module, pipeline);
  assert.ok(evaluation.ok, evaluation.ok ? "" : evaluation.failure.diagnostic);
  assert.equal(evaluation.fromCache, false, "a stored text round-trip failure is recomputed");
  assert.equal(evaluation.binarySize, reference);
  const { evaluation: compiled, artifacts } = await evaluator.compile(module, pipeline);
  assert.ok(compiled.ok && artifacts);
  assert.equal(compiled.binarySize, reference);
  // The optimized IR handed back (what tune --out writes) is IR llc reads.
  const dir = tempDir();
  writeFileSync(path.join(dir, "out.ll"), artifacts.optimizedIr);
  const llc = await runTool(toolPath(toolchain, "llc"), ["-filetype=obj", path.join(dir, "out.ll"), "-o", path.join(dir, "out.o")], { timeoutMs: 60_000 });
  assert.equal(llc.exitCode, 0, llc.stderr.toString());
});
