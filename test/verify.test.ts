import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ResultsStore } from "../src/store/results-store.js";
import { differentialTest } from "../src/verify/differential.js";
import { loadKnownBad } from "../src/verify/known-bad.js";
import { PassListEval, SUITE_TOOL_TIMEOUT_MS, type PassListEvalResult } from "../src/verify/passlisteval.js";
import { createValidator } from "../src/verify/pipeline-validator.js";
import { CRASHING_PIPELINE } from "./fixtures-ir.js";
import { example, repoRoot, sharedProbeCacheDir, tempDir, testToolchain } from "./helpers.js";

const fixtureSuite = path.join(repoRoot, "test", "fixtures", "suite");
const sharedSuiteCache = sharedProbeCacheDir; // the same place the CLI tests prepare the suite

// "always-inline" is what clang runs at -O0: without it, C++ solutions keep calls to libstdc++'s
// always_inline helpers that no library exports, and fail to link (PassListEval rejects such lists).
test("the bundled suite passes at -O0 (always-inline), default<O2> and default<Oz>, and has at least 164 programs", async () => {
  const ple = await PassListEval.create(await testToolchain(), { cacheDir: sharedSuiteCache, jobs: 2 });
  assert.ok(ple.suite.programs.length >= 164, `${ple.suite.programs.length} programs`);
  assert.ok(ple.suite.programs.some((p) => p.language === "c++") && ple.suite.programs.some((p) => p.language === "c"));
  for (const pipeline of ["always-inline", "default<O2>", "default<Oz>"]) {
    const result = await ple.evaluate(pipeline);
    assert.deepEqual(result.failures, [], `'${pipeline}' must pass the whole suite`);
    assert.equal(result.valid, true);
  }
});

test("PassListEval reports the stage and reason per failing program; verdicts are cached", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const ple = await PassListEval.create(toolchain, { suiteDir: fixtureSuite, cacheDir: tempDir(), jobs: 2, runTimeoutMs: 1500, store });
  const started = performance.now();
  const result = await ple.evaluate("default<Oz>");
  assert.equal(result.valid, false);
  assert.equal(result.programs, 3);
  const byProgram = Object.fromEntries(result.failures.map((f) => [f.program, f]));
  assert.equal(byProgram["adds"], undefined, "the correct program passes");
  assert.equal(byProgram["broken-assert"]?.stage, "run");
  assert.match(byProgram["broken-assert"]?.reason ?? "", /test failed \(exit 1\): CHECK FAILED .*test.c:6: add_all\(v, 3\) == 7/);
  assert.equal(byProgram["loops-forever"]?.stage, "run");
  assert.match(byProgram["loops-forever"]?.reason ?? "", /timeout: still running after 6 s \(killed\)/);
  assert.ok(performance.now() - started < 30_000);

  const crash = await ple.evaluate(CRASHING_PIPELINE);
  assert.equal(crash.valid, false);
  assert.ok(crash.failures.every((f) => f.stage === "opt"), "a crashing pass is rejected at the compile stage");
  assert.match(crash.failures[0]?.reason ?? "", /trigger-crash-function/);

  const again = await ple.evaluate(" default<Oz> ");
  assert.equal(again.fromCache, true);
  assert.deepEqual(again.failures, result.failures);
  // The store remembers the verdict for a new session.
  const fresh = await PassListEval.create(toolchain, { suiteDir: fixtureSuite, cacheDir: tempDir(), jobs: 2, store });
  const stored = await fresh.evaluate("default<Oz>");
  assert.equal(stored.fromCache, true);
  assert.equal(stored.valid, false);
  store.close();
});

test("screening runs sentinel programs (those that caught broken pipelines first); only a failure stands for the whole suite", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const cacheDir = tempDir();
  const ple = await PassListEval.create(toolchain, { suiteDir: fixtureSuite, cacheDir, jobs: 2, runTimeoutMs: 1500, store });
  assert.deepEqual(ple.sentinels(1).map((p) => p.name), ["adds"], "with no history, an even spread");
  assert.equal(ple.sentinels(5).length, 3, "never more than the suite");
  assert.equal((await ple.evaluate("default<Oz>")).valid, false);
  const sentinels = ple.sentinels(1);
  // Both failed (loops-forever seconds later); the first in the suite's order leads, whatever the
  // timing, so that a seeded search screens the same way on any machine.
  assert.deepEqual(sentinels.map((p) => p.name), ["broken-assert"], "a program that failed comes first");

  const screened = await ple.evaluate("default<O1>", { programs: sentinels });
  assert.equal(screened.valid, false);
  assert.equal(screened.programs, 1);
  const full = await ple.evaluate("default<O1>");
  assert.equal(full.fromCache, true, "a failure on part of the suite is the suite's verdict");
  assert.equal(full.valid, false);
  assert.equal(store.findValidation("default<O1>", toolchain.version.full, ple.checkName)?.valid, false);

  const adds = ple.suite.programs.filter((p) => p.name === "adds");
  assert.equal((await ple.evaluate("default<O2>", { programs: adds })).valid, true);
  assert.equal(store.findValidation("default<O2>", toolchain.version.full, ple.checkName), undefined, "a partial pass is not recorded");
  const whole = await ple.evaluate("default<O2>", { failFast: true });
  assert.equal(whole.fromCache, false);
  assert.equal(whole.valid, false);

  const validator = createValidator({ toolchain, passListEval: ple, screeningPrograms: 1 });
  const quick = await validator.screen?.("default<O3>");
  assert.equal(quick?.valid, false);
  assert.match(quick?.reasons[0] ?? "", /passlisteval: (broken-assert: run: test failed|loops-forever: run: timeout)/);
  // Another process on the same machine starts from no history: its screens do not depend on what
  // ran there before (the remembered outcomes only spare it recompiling).
  const later = await PassListEval.create(toolchain, { suiteDir: fixtureSuite, cacheDir, jobs: 2, runTimeoutMs: 1500 });
  assert.deepEqual(later.sentinels(1).map((p) => p.name), ["adds"]);
  store.close();
});

test("screening leads with the program that failed most recently, ahead of more frequent failures", async () => {
  const toolchain = await testToolchain();
  const ple = await PassListEval.create(toolchain, { suiteDir: fixtureSuite, cacheDir: tempDir(), jobs: 2, runTimeoutMs: 1500 });
  const only = (name: string) => ple.suite.programs.filter((p) => p.name === name);
  assert.equal((await ple.evaluate("default<O2>", { programs: only("broken-assert") })).valid, false);
  assert.equal((await ple.evaluate("default<O1>", { programs: only("broken-assert") })).valid, false);
  assert.deepEqual(ple.sentinels(1).map((p) => p.name), ["broken-assert"]);
  assert.equal((await ple.evaluate("default<O3>", { programs: only("loops-forever") })).valid, false);
  assert.deepEqual(ple.sentinels(1).map((p) => p.name), ["loops-forever"], "the most recent failure first");
  assert.deepEqual(ple.sentinels(2).map((p) => p.name), ["loops-forever", "adds"], "at most half from failures, then an even spread");
});

test("a pass order that hangs opt on a suite program is rejected at the suite's tool limit (30 s), and its relatives sooner", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const ple = await PassListEval.create(toolchain, { cacheDir: sharedSuiteCache, jobs: 2, store });
  const bst = ple.suite.programs.filter((p) => p.name === "064-bst-insert-delete");
  assert.equal(bst.length, 1);
  // No pipeline has compiled this program yet in this process, as when a search meets the hang
  // family first: the shorter limit then scales a default<Oz> compile timed at the first hang.
  const limitOf = (result: PassListEvalResult) => Number(/opt timed out after ([\d.]+) s/.exec(result.failures[0]?.reason ?? "")?.[1]);
  const hang = await ple.evaluate("inliner-wrapper,function(mem2reg),function(jump-threading),function(loop(loop-rotate)),function(newgvn)", { programs: bst });
  assert.equal(hang.valid, false);
  assert.equal(hang.failures[0]?.program, "064-bst-insert-delete");
  assert.equal(limitOf(hang), SUITE_TOOL_TIMEOUT_MS / 1000, hang.failures[0]?.reason);
  // A relative (one more jump-threading) hangs too; opt has hung on this program, so its limit is
  // now 30 times that compile (0.2–0.5 s), at least 5 s.
  const relative = await ple.evaluate("inliner-wrapper,function(mem2reg),function(jump-threading),function(jump-threading),function(loop(loop-rotate)),function(newgvn)", { programs: bst });
  assert.equal(relative.valid, false);
  assert.ok(limitOf(relative) >= 5 && limitOf(relative) < SUITE_TOOL_TIMEOUT_MS / 1000, relative.failures[0]?.reason);
  assert.equal(relative.failures[0]?.timedOut, true);
  // A hang at the full limit is a verdict for the store; one at the shortened limit could be load
  // on the machine, so a later run checks that list again.
  assert.equal(store.findValidation(hang.pipeline, toolchain.version.full, ple.checkName)?.valid, false);
  assert.equal(store.findValidation(relative.pipeline, toolchain.version.full, ple.checkName), undefined);
  assert.equal((await ple.evaluate(relative.pipeline, { programs: bst })).fromCache, true, "within the process the refusal stands");
  // A search's screen reports the hang as such (tune stops checking a batch after two of them); the
  // program that hung leads the screen's sentinels.
  const screened = await createValidator({ toolchain: await testToolchain(), passListEval: ple }).screen?.("inliner-wrapper,function(mem2reg),function(jump-threading),function(loop(loop-rotate)),function(newgvn),ipsccp");
  assert.equal(screened?.valid, false);
  assert.equal(screened?.timedOut, true, screened?.reasons.join("; "));
  store.close();
});

test("differential testing accepts a correct pipeline and flags a behaviour difference", async () => {
  const toolchain = await testToolchain();
  const fixture = path.join(repoRoot, "test", "fixtures", "diff-program.c");
  const ok = await differentialTest(toolchain, fixture, "default<Oz>", {
    runs: [{ args: ["alpha", "beta"] }, { args: [], stdinFile: fixture }],
  });
  assert.equal(ok.valid, true, JSON.stringify(ok.failures));
  assert.equal(ok.cases, 2);
  // A real miscompile found by passwise (see src/verify/known-bad/19.txt): utf8.c exits 1.
  const bad = await differentialTest(toolchain, example("utf8.c"), "function(unify-loop-exits),default<Oz>", { runs: [], runTimeoutMs: 5000 });
  assert.equal(bad.valid, false);
  assert.equal(bad.failures[0]?.stage, "compare");
  assert.match(bad.failures[0]?.reason ?? "", /exit code 1, expected 0|stdout differs|killed by/);
});

test("the regression list of known-bad pipelines is rejected by the checks", async () => {
  const toolchain = await testToolchain();
  const knownBad = await loadKnownBad(toolchain.version.major);
  if (toolchain.version.major === 19) assert.ok(knownBad.length >= 5);
  const ple = await PassListEval.create(toolchain, { cacheDir: sharedSuiteCache, jobs: 2 });
  const validator = createValidator({ toolchain, passListEval: ple });
  for (const { pipeline, note } of knownBad) {
    const outcome = await validator.validate(pipeline);
    assert.equal(outcome.valid, false, `${pipeline} (${note}) must be rejected`);
    assert.ok(outcome.reasons.length > 0);
  }
});

test("passwise validate --json reports failures per program and exits non-zero; a valid pipeline exits 0", async () => {
  const { passwiseCli } = await import("./helpers.js");
  const dir = tempDir();
  const bad = passwiseCli(["validate", "--passes", "default<Oz>", "--suite", fixtureSuite, "--db", path.join(dir, "v.db"), "--json"]);
  assert.equal(bad.code, 1, bad.stderr);
  const report = JSON.parse(bad.stdout);
  assert.equal(report.valid, false);
  assert.equal(report.programs, 3);
  assert.ok(typeof report.seconds === "number");
  assert.deepEqual(report.failures.map((f: { program: string }) => f.program).sort(), ["broken-assert", "loops-forever"]);
  const good = passwiseCli(["validate", "--passes", "default<Oz>", "--no-suite-check", "--input", path.join(repoRoot, "test", "fixtures", "diff-program.c"), "--run", "a b", "--db", path.join(dir, "v.db"), "--json"]);
  assert.equal(good.code, 0, good.stderr);
  assert.equal(JSON.parse(good.stdout).differential.valid, true);
  const usage = passwiseCli(["validate", "--passes", "default<Oz>", "--run", "x"]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--run\/--stdin need --input/);
});

test("csmith: generated programs agree with -O0 under a correct pipeline; a crashing one is rejected and kept", async () => {
  const { csmithTest } = await import("../src/verify/csmith.js");
  const { existsSync } = await import("node:fs");
  const toolchain = await testToolchain();
  const keepDir = tempDir();
  const ok = await csmithTest(toolchain, "default<Oz>", { count: 3, firstSeed: 100, keepDir, jobs: 2 });
  assert.equal(ok.programs, 3);
  assert.equal(ok.valid, true, JSON.stringify(ok.failures));
  assert.ok(ok.skipped < 3, "at least one program gives a verdict");
  const bad = await csmithTest(toolchain, CRASHING_PIPELINE, { count: 2, firstSeed: 100, keepDir, jobs: 2 });
  assert.equal(bad.valid, false);
  const failure = bad.failures[0];
  assert.equal(failure?.stage, "opt");
  assert.ok(failure?.reproducer && existsSync(failure.reproducer), "the failing program is kept as a reproducer");
});
