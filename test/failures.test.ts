import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import path from "node:path";
import { irModuleFromText, loadModule } from "../src/llvm/ir-module.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import type { Evaluation } from "../src/measure/evaluation.js";
import { CODEGEN_CRASH_IR, CRASHING_PIPELINE, INVALID_IR } from "./fixtures-ir.js";
import { exampleFiles, loadExample, repoRoot, testToolchain } from "./helpers.js";

function failureOf(evaluation: Evaluation) {
  assert.equal(evaluation.ok, false, "expected a failure");
  if (evaluation.ok) throw new Error("unreachable");
  return evaluation.failure;
}

test("each failure of the LLVM tools comes back as a typed result with the tool's diagnostic", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const good = await loadExample(exampleFiles()[0] as string);

  const invalidIr = failureOf(await evaluator.evaluate(irModuleFromText(INVALID_IR, "bad.ll"), "default<Oz>"));
  assert.equal(invalidIr.kind, "invalid-ir");
  assert.match(invalidIr.diagnostic, /error: use of undefined value/);

  const unknownPass = failureOf(await evaluator.evaluate(good, "function(sroa),no-such-pass"));
  assert.equal(unknownPass.kind, "invalid-pipeline");
  assert.match(unknownPass.diagnostic, /unknown (module )?pass( name)? 'no-such-pass'/);

  const malformed = failureOf(await evaluator.evaluate(good, "function(sroa"));
  assert.equal(malformed.kind, "invalid-pipeline");
  assert.match(malformed.diagnostic, /invalid pipeline/);

  const wrongNesting = failureOf(await evaluator.evaluate(good, "sroa,constmerge"));
  assert.equal(wrongNesting.kind, "invalid-pipeline");

  const crash = failureOf(await evaluator.evaluate(good, CRASHING_PIPELINE));
  assert.equal(crash.kind, "opt-crash");
  assert.equal(crash.stage, "opt");
  assert.ok(crash.signal !== null || (crash.exitCode ?? 0) > 128, "opt died on a signal");
  assert.match(crash.diagnostic, /trigger-crash-function/);

  const codegen = failureOf(await evaluator.evaluate(irModuleFromText(CODEGEN_CRASH_IR, "cg.ll"), ""));
  assert.equal(codegen.kind, "codegen-crash");
  assert.equal(codegen.stage, "llc");
  assert.match(codegen.diagnostic, /Cannot select/);
});

test("a tool that runs past the time limit is killed and reported as a timeout, and not cached", async () => {
  const toolchain = await testToolchain();
  const evaluator = new SubprocessEvaluator(toolchain, { timeoutMs: 5 });
  const module = await loadExample(exampleFiles().at(-1) as string);
  const started = performance.now();
  const failure = failureOf(await evaluator.evaluate(module, "default<O3>"));
  assert.equal(failure.kind, "timeout");
  assert.match(failure.diagnostic, /ran longer than 5 ms/);
  assert.ok(performance.now() - started < 5_000, "the kill is prompt");
  const again = await evaluator.evaluate(module, "default<O3>");
  assert.equal(again.fromCache, false, "timeouts are not remembered");
});

test("once opt has hung on a module, its relatives there get a shorter limit", async () => {
  const toolchain = await testToolchain();
  // opt never finishes this pass order on this program (src/verify/known-bad/19.txt).
  const bst = path.join(repoRoot, "suite", "programs", "064-bst-insert-delete");
  const module = await loadModule(toolchain, path.join(bst, "solution.c"), { frontendFlags: [`-I${bst}`] });
  const evaluator = new SubprocessEvaluator(toolchain, { timeoutMs: 30_000 });
  const hangs = "inliner-wrapper,function(mem2reg),function(jump-threading),function(loop(loop-rotate)),function(newgvn)";
  const limitOf = (failure: { diagnostic: string }) => Number(/ran longer than ([\d.]+) s/.exec(failure.diagnostic)?.[1]);
  const first = failureOf(await evaluator.evaluate(module, hangs));
  assert.equal(first.kind, "timeout");
  assert.equal(limitOf(first), 30, first.diagnostic);
  // Nothing compiled the module before the hang: a default<Oz> compile (0.2–0.5 s) is timed as the scale.
  const relative = failureOf(await evaluator.evaluate(module, `${hangs},function(sroa)`));
  assert.equal(relative.kind, "timeout");
  assert.ok(limitOf(relative) >= 5 && limitOf(relative) < 30, relative.diagnostic);
  // A healthy pipeline still compiles.
  assert.equal((await evaluator.evaluate(module, "default<O3>")).ok, true);
});

test("a tool still running when passwise is stopped by a signal is killed with it", async () => {
  const runTool = new URL("../src/llvm/run-tool.js", import.meta.url).href;
  for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) {
    // A unique argument finds the tool's process; it would sleep for minutes if left behind.
    const marker = (600 + Math.random()).toFixed(6);
    const script = `import { runTool } from ${JSON.stringify(runTool)}; runTool("sleep", [${JSON.stringify(marker)}], { timeoutMs: 3_600_000 });`;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => parent.once("exit", (_code, how) => resolve(how)));
    assert.ok(await waitFor(() => processesWithArgument(marker).length === 1, 10_000), `${signal}: the tool started`);
    parent.kill(signal);
    assert.equal(await exited, signal, `${signal}: passwise ends on the signal`);
    assert.ok(await waitFor(() => processesWithArgument(marker).length === 0, 5_000), `${signal}: the tool was killed with passwise`);
  }
});

test("a tool still running when passwise is killed with SIGKILL is killed by the reaper", async () => {
  const runTool = new URL("../src/llvm/run-tool.js", import.meta.url).href;
  // One tool starts before the reaper listens, one after.
  const [before, after] = [(600 + Math.random()).toFixed(6), (600 + Math.random()).toFixed(6)];
  const sleep = (marker: string) => `runTool("sleep", [${JSON.stringify(marker)}], { timeoutMs: 3_600_000 });`;
  const script =
    `import { runTool, toolReaperReady } from ${JSON.stringify(runTool)}; ${sleep(before)}` +
    `const listening = await toolReaperReady(); ${sleep(after)} console.log(listening);`;
  const parent = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "ignore"] });
  const exited = new Promise<void>((resolve) => parent.once("exit", () => resolve()));
  const reaperListening = await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())));
  assert.equal(reaperListening, "true");
  assert.ok(await waitFor(() => processesWithArgument(after).length === 1, 10_000), "the second tool started");
  assert.equal(processesWithArgument(before).length, 1, "the first tool runs");
  await new Promise((resolve) => setTimeout(resolve, 200)); // the reaper's message on its way
  parent.kill("SIGKILL"); // no hook of passwise runs
  await exited;
  for (const marker of [before, after]) {
    assert.ok(await waitFor(() => processesWithArgument(marker).length === 0, 5_000), `the tool sleeping ${marker} was killed with passwise`);
  }
});

/** PIDs of live processes with this exact command-line argument (Linux /proc). */
function processesWithArgument(argument: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        if (/^\d+ \(.*\) Z /.test(stat)) return false;
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(argument);
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

test("a batch carries on past failures", async () => {
  const evaluator = new SubprocessEvaluator(await testToolchain());
  const module = await loadExample(exampleFiles()[0] as string);
  const results = await Promise.all(["default<Oz>", CRASHING_PIPELINE, "bogus", "function(instcombine<no-verify-fixpoint>)"].map((p) => evaluator.evaluate(module, p)));
  assert.deepEqual(results.map((r) => r.ok), [true, false, false, true]);
});
