import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { findValgrind, measureRun, peakHeapFromMassif } from "../src/measure/run-metrics.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { example, passwiseCli, tempDir, testToolchain } from "./helpers.js";

test("runtime metrics are deterministic and follow the pipeline: same build, same counts; -Oz executes fewer instructions", async () => {
  const toolchain = await testToolchain();
  const valgrind = await findValgrind();
  const program = { name: "crc32.c", sources: [example("crc32.c")] };
  const [o0, oz, ozAgain] = await Promise.all(["", OZ_PIPELINE, OZ_PIPELINE].map((pipeline) => measureRun(toolchain, program, { pipeline, valgrind })));
  assert.ok(o0?.ok && oz?.ok && ozAgain?.ok, JSON.stringify([o0, oz].map((r) => (r && !r.ok ? r.failure : null))));
  assert.equal(oz.metrics.instructionsExecuted, ozAgain.metrics.instructionsExecuted);
  assert.equal(oz.metrics.peakHeapBytes, ozAgain.metrics.peakHeapBytes);
  assert.ok(oz.metrics.instructionsExecuted < o0.metrics.instructionsExecuted, `${oz.metrics.instructionsExecuted} < ${o0.metrics.instructionsExecuted}`);
  assert.ok(oz.metrics.binarySize < o0.metrics.binarySize);
});

test("peak heap sees a program's allocations, and a crashing program is a failure value", async () => {
  const toolchain = await testToolchain();
  const valgrind = await findValgrind();
  const dir = tempDir();
  const allocates = path.join(dir, "allocates.c");
  writeFileSync(allocates, "#include <stdlib.h>\n#include <string.h>\nint main(void) { char *p = malloc(1 << 20); memset(p, 1, 1 << 20); int r = p[4095] - 1; free(p); return r; }\n");
  const crashes = path.join(dir, "crashes.c");
  writeFileSync(crashes, "int main(void) { volatile int *p = 0; return *p; }\n");
  const big = await measureRun(toolchain, { name: "allocates", sources: [allocates] }, { pipeline: "", valgrind });
  assert.ok(big.ok, JSON.stringify(big));
  assert.ok(big.metrics.peakHeapBytes >= 1 << 20, `peak ${big.metrics.peakHeapBytes}`);
  const crash = await measureRun(toolchain, { name: "crashes", sources: [crashes] }, { pipeline: "", valgrind });
  assert.equal(crash.ok, false);
  assert.ok(!crash.ok && crash.failure.stage === "run" && /crashed/.test(crash.failure.reason), JSON.stringify(crash));
});

test("massif output: the peak is the largest heap plus allocator overhead of any snapshot", () => {
  const text = ["snapshot=0", "mem_heap_B=0", "mem_heap_extra_B=0", "snapshot=1", "mem_heap_B=1000", "mem_heap_extra_B=24", "snapshot=2", "mem_heap_B=500", "mem_heap_extra_B=8"].join("\n");
  assert.equal(peakHeapFromMassif(text), 1024);
});

test("measure-run --csmith measures generated programs and writes runtime rows that name their csmith seed", async () => {
  const out = path.join(tempDir(), "runtime.jsonl");
  const result = passwiseCli(["measure-run", "--csmith", "1", "--csmith-seed", "3", "--passes", OZ_PIPELINE, "--out", out, "--json"]);
  assert.equal(result.code, 0, result.stderr);
  const summary = JSON.parse(result.stdout) as { results: { program: string; ok: boolean; instructionsExecuted: number }[] };
  assert.deepEqual(summary.results.map((r) => [r.program, r.ok]), [["csmith-3", true]]);
  const rows = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { task: string; origin: string; pipeline: string; x: string; y: Record<string, number> });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.task, "runtime");
  assert.equal(rows[0]?.origin, "csmith --seed 3");
  assert.equal(rows[0]?.y.instructions_executed, summary.results[0]?.instructionsExecuted);
  assert.match(rows[0]?.x ?? "", /define .*@main/);
});
