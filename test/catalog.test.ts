import assert from "node:assert/strict";
import { test } from "node:test";
import { describeEntry, loadCatalog, parseCatalog } from "../src/passes/catalog.js";
import { probeCatalog, probeModule } from "../src/passes/probe.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { tempDir, testToolchain } from "./helpers.js";

test("the probe drops entries the installed opt rejects or crashes on, with the reason, and keeps valid ones", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain);
  const catalog = {
    llvmMajor: toolchain.version.major,
    entries: parseCatalog("function(sroa)\nfunction(trigger-crash-function)  # LLVM's deliberate crash\nno-such-pass\nglobaldce\n"),
  };
  const cacheDir = tempDir();
  const probed = await probeCatalog(catalog, evaluator, await probeModule(toolchain), { cacheDir });
  assert.deepEqual(probed.usable.map((e) => e.pipeline), ["function(sroa)", "globaldce"]);
  const reasons = Object.fromEntries(probed.dropped.map((d) => [d.entry.pipeline, d.reason]));
  assert.match(reasons["function(trigger-crash-function)"] ?? "", /^opt-crash: .*trigger-crash-function/);
  assert.match(reasons["no-such-pass"] ?? "", /^invalid-pipeline: .*no-such-pass/);
  // Remembered: a second probe gives the same answer without running opt.
  const fresh = new SubprocessEvaluator(toolchain);
  const again = await probeCatalog(catalog, fresh, await probeModule(toolchain), { cacheDir });
  assert.deepEqual(again.usable, probed.usable);
  assert.equal(fresh.stats().optRuns, 0);
});

test("the shipped catalog for the installed LLVM has 120–170 entries, all valid anywhere in a mixed list", async () => {
  const toolchain = await testToolchain();
  const catalog = await loadCatalog(toolchain.version.major);
  assert.ok(catalog.entries.length >= 120 && catalog.entries.length <= 170, `${catalog.entries.length} entries`);
  for (const level of ["O1", "O2", "O3", "Os", "Oz"]) assert.ok(catalog.entries.some((e) => e.pipeline === `default<${level}>`));
  for (const entry of catalog.entries) {
    assert.ok(!/^(loop|sroa|instcombine)(\(|$)/.test(entry.pipeline), `${entry.pipeline} must be wrapped`);
    assert.ok(!/internalize|print|\bverify\b|asan|msan|tsan|instrprof|coro-/.test(entry.pipeline.replace("no-verify-fixpoint", "")), `${entry.pipeline} should not be in the catalog`);
  }
  const probed = await probeCatalog(catalog, new SubprocessEvaluator(toolchain), await probeModule(toolchain), { cacheDir: tempDir() });
  assert.ok(probed.usable.length >= 120, `${probed.usable.length} usable`);
});

test("a version without its own catalog falls back to the nearest with a warning", async () => {
  const catalog = await loadCatalog(18);
  assert.equal(catalog.llvmMajor, 19);
  assert.match(catalog.warning ?? "", /no pass catalog for LLVM 18; using the one for LLVM 19/);
  const old = await loadCatalog(17);
  assert.ok(old.entries.some((e) => e.pipeline === "function(flattencfg)"));
  assert.equal(old.warning, undefined);
});

test("entries are described by scope", () => {
  assert.deepEqual(describeEntry("function(loop-mssa(licm))"), { pipeline: "function(loop-mssa(licm))", name: "licm", scope: "loop" });
  assert.equal(describeEntry("function(loop-sink)").scope, "function");
  assert.equal(describeEntry("cgscc(inline)").scope, "cgscc");
  assert.equal(describeEntry("default<Oz>").scope, "default");
  assert.equal(describeEntry("globaldce").scope, "module");
});
