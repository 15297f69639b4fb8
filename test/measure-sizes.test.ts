import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { runTool } from "../src/llvm/run-tool.js";
import { toolPath } from "../src/llvm/toolchain.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { exampleFiles, loadExample, tempDir, testToolchain } from "./helpers.js";

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
