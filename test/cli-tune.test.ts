import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { toolPath } from "../src/llvm/toolchain.js";
import { CODEGEN_CRASH_IR } from "./fixtures-ir.js";
import { bundledSuiteSample, example, passwiseBin, passwiseCli, sharedProbeCacheDir, tempDir, testToolchain } from "./helpers.js";

function storedEvaluations(db: string): number {
  try {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare("SELECT count(*) AS n FROM evaluations").get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0;
  }
}

test("tune --json reports the result; results shows what the store knows", () => {
  const dir = tempDir();
  const db = path.join(dir, "p.db");
  const out = path.join(dir, "out");
  const input = example("base64.c");
  const suite = bundledSuiteSample(24);
  const { code, stdout, stderr } = passwiseCli(["tune", input, "--budget", "30", "--jobs", "2", "--suite", suite, "--db", db, "--out", out, "--json"]);
  assert.equal(code, 0, stderr);
  const [result] = JSON.parse(stdout);
  for (const key of ["input", "o0Size", "ozSize", "bestSize", "bestPipeline", "improvementOverOz", "evaluations", "validated"]) assert.ok(key in result, key);
  assert.ok(result.bestSize <= result.ozSize);
  assert.equal(result.evaluations, 30);
  assert.equal(result.validated.valid, true, "the reported pipeline passed validation");
  assert.ok("passlisteval" in result.validated.checks || "oz-reference" in result.validated.checks);
  assert.match(stderr, /progress input=base64.c evaluations=\d+\/30/);
  if (result.bestPipeline === "default<Oz>") assert.equal(result.passSavings, null);
  else assert.equal(result.passSavings.map((saving: { pass: string }) => saving.pass).join(","), result.bestPipeline);
  const results = passwiseCli(["results", input, "--db", db, "--json"]);
  assert.equal(results.code, 0, results.stderr);
  const known = JSON.parse(results.stdout);
  assert.equal(known.best[0].binarySize, result.bestSize);
  assert.ok(known.evaluations >= 30);
  assert.equal(known.runs.length, 1);
});

test("a tune killed with SIGKILL continues from the store when rerun, and ends where an uninterrupted run ends", async () => {
  const dir = tempDir();
  const db = path.join(dir, "killed.db");
  const input = example("crc32.c");
  const args = ["tune", input, "--budget", "80", "--jobs", "2", "--seed", "11", "--no-validate", "--db", db, "--json"];
  const child = spawn(process.execPath, [passwiseBin, ...args], {
    env: { ...process.env, PASSWISE_HOME: dir, PASSWISE_CACHE_DIR: sharedProbeCacheDir },
    stdio: "ignore",
  });
  const deadline = Date.now() + 120_000;
  while (storedEvaluations(db) < 25 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  const before = storedEvaluations(db);
  assert.ok(before >= 25 && before < 80, `killed after ${before} evaluations`);

  const resumed = passwiseCli(args);
  assert.equal(resumed.code, 0, resumed.stderr);
  const [r] = JSON.parse(resumed.stdout);
  // Only what was missing is compiled again: the rest of the search, plus -O0 and minimization.
  const searchCompilations = r.compilations - r.minimizeEvaluations - 1;
  assert.ok(searchCompilations <= 80 - before, `reran ${searchCompilations} search compilations after ${before} were stored`);
  const fresh = passwiseCli(["tune", input, "--budget", "80", "--jobs", "2", "--seed", "11", "--no-validate", "--db", path.join(dir, "fresh.db"), "--json"]);
  const [f] = JSON.parse(fresh.stdout);
  assert.equal(r.bestPipeline, f.bestPipeline);
  assert.equal(r.bestSize, f.bestSize);
});

test("bad input to tune is a clear one-line error with a non-zero exit", () => {
  const dir = tempDir();
  const bad = path.join(dir, "fails.ll");
  writeFileSync(bad, CODEGEN_CRASH_IR);
  const input = example("base64.c");
  const cases: [string[], RegExp][] = [
    [["tune", input, "--strategy", "magic"], /unknown strategy 'magic' \(choose one of: hybrid, local, evolution, eda, random\)/],
    [["tune", input, "--budget", "0"], /--budget must be a positive integer/],
    [["tune", "/nonexistent/x.c", "--budget", "5"], /cannot read input/],
    [["tune", bad, "--budget", "5"], /-Oz itself fails on this module \(codegen-crash/],
  ];
  for (const [args, pattern] of cases) {
    const { code, stderr } = passwiseCli([...args, "--no-validate", "--db", path.join(dir, "x.db")]);
    assert.notEqual(code, 0, args.join(" "));
    const lines = stderr.trim().split("\n").filter((l) => !l.startsWith("progress") && !l.startsWith("phase"));
    assert.equal(lines.length, 1, stderr);
    assert.match(stderr, pattern);
  }
});

test("passes lists the catalog and minimize shrinks a list", () => {
  const passes = passwiseCli(["passes", "--json"]);
  assert.equal(passes.code, 0, passes.stderr);
  const catalog = JSON.parse(passes.stdout);
  assert.ok(catalog.passes.length >= 120);
  const dir = tempDir();
  const minimized = passwiseCli(["minimize", example("base64.c"), "--passes", "default<Oz>,function(mem2reg),default<Oz>", "--no-insertion", "--db", path.join(dir, "m.db"), "--json"]);
  assert.equal(minimized.code, 0, minimized.stderr);
  const result = JSON.parse(minimized.stdout);
  assert.ok(result.passes.length < 3);
  assert.ok(result.size <= result.initialSize);
  assert.equal(result.passSavings.length, result.passes.length);
  for (const saving of result.passSavings) assert.ok(saving.bytes > 0, `${saving.pass} is worth ${saving.bytes} B`);
});

test("the replay lines tune and predict print for a C file recompute their sizes in a plain shell; --out honours --frontend-flags", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  // Compiles only with the frontend flag; __FILE__ puts the (relative) file name into .rodata.
  const source = path.join(dir, "src", "scaled.c");
  mkdirSync(path.dirname(source));
  writeFileSync(source, `#include <stdio.h>\n#ifndef SCALE\n#error SCALE is needed\n#endif\nint scaled(int x) { if (x < 0) printf("%s: %d\\n", __FILE__, x); return x * SCALE; }\nint twice(int x) { return scaled(scaled(x)); }\n`);
  const db = path.join(dir, "p.db");
  const out = path.join(dir, "out");
  const shell = (line: string) => {
    const run = spawnSync("bash", ["-c", line], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${path.dirname(toolPath(toolchain, "opt"))}:${process.env.PATH ?? ""}` } });
    assert.equal(run.status, 0, run.stderr);
    const [text, data] = (run.stdout.trim().split("\n")[1] ?? "").trim().split(/\s+/).map(Number);
    return (text ?? 0) + (data ?? 0);
  };
  const tuned = passwiseCli(["tune", source, "--budget", "8", "--jobs", "2", "--no-validate", "--db", db, "--out", out, "--frontend-flags=-DSCALE=3"]);
  assert.equal(tuned.code, 0, tuned.stderr);
  const best = Number(/best (\d+) B/.exec(tuned.stdout)?.[1]);
  const tuneReplay = /replay: (.*)/.exec(tuned.stdout)?.[1] ?? "";
  assert.match(tuneReplay, /^\(cd .*src && SOURCE_DATE_EPOCH=0 clang -Oz .*-DSCALE=3 .*scaled\.c -o -\) > input\.ll && opt /);
  assert.equal(shell(tuneReplay), best);
  assert.ok(existsSync(path.join(out, "scaled.o")) && existsSync(path.join(out, "scaled.ll")));

  const predicted = passwiseCli(["predict", source, "--verify", "1", "--no-validate", "--db", db, "--frontend-flags=-DSCALE=3"]);
  assert.equal(predicted.code, 0, predicted.stderr);
  const size = Number(/size (\d+) B/.exec(predicted.stdout)?.[1]);
  const predictReplay = /replay: (.*)/.exec(predicted.stdout)?.[1] ?? "";
  assert.equal(shell(predictReplay), size);
  const predictedJson = passwiseCli(["predict", source, "--verify", "1", "--no-validate", "--db", db, "--frontend-flags=-DSCALE=3", "--json"]);
  assert.equal(predictedJson.code, 0, predictedJson.stderr);
  assert.equal((JSON.parse(predictedJson.stdout) as { replay: string }).replay, predictReplay);
});
