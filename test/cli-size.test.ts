import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { CRASHING_PIPELINE, INVALID_IR } from "./fixtures-ir.js";
import { exampleFiles, passwiseBin, tempDir } from "./helpers.js";

function passwise(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [passwiseBin, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertOneLineError(stderr: string) {
  const lines = stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line expected, got:\n${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, "no stack trace");
}

test("passwise size --json prints sizes for the pipeline and the O0 and Oz baselines", () => {
  const input = exampleFiles()[0] as string;
  const { code, stdout } = passwise(["size", input, "--passes", "function(sroa),globaldce", "--json"]);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  for (const key of ["binarySize", "textSize", "dataSize", "irInstructionCount"]) assert.equal(typeof report[key], "number", key);
  assert.equal(report.binarySize, report.textSize + report.dataSize);
  assert.equal(report.pipeline, "function(sroa),globaldce");
  assert.match(report.llvmVersion, /^\d+\.\d+\.\d+$/);
  assert.equal(report.baselines.O0.pipeline, "");
  assert.equal(report.baselines.Oz.pipeline, "default<Oz>");
  assert.ok(report.baselines.Oz.binarySize < report.baselines.O0.binarySize);
  assert.ok(report.sections.some((s: { name: string }) => s.name === ".text"));
});

test("passwise size prints a table by default", () => {
  const { code, stdout } = passwise(["size", exampleFiles()[0] as string]);
  assert.equal(code, 0);
  assert.match(stdout, /O0 \(no passes\)/);
  assert.match(stdout, /replay: opt -passes='default<Oz>'/);
});

test("failures: one clear line on stderr and a non-zero exit", () => {
  const dir = tempDir();
  const badIr = path.join(dir, "bad.ll");
  writeFileSync(badIr, INVALID_IR);
  const input = exampleFiles()[0] as string;
  const cases: [string[], RegExp][] = [
    [["size", badIr], /invalid-ir.*use of undefined value/],
    [["size", input, "--passes", "nonsense-pass"], /invalid-pipeline.*unknown pass name 'nonsense-pass'/],
    [["size", input, "--passes", "function(sroa"], /invalid-pipeline.*invalid pipeline/],
    [["size", input, "--passes", CRASHING_PIPELINE], /opt-crash/],
    [["size", input, "--passes", "default<O3>", "--timeout", "0.005"], /timeout/],
    [["size", "/nonexistent.c"], /cannot read input/],
    [["size", input, "--frontend-level", "O9"], /--frontend-level/],
  ];
  for (const [args, pattern] of cases) {
    const { code, stderr } = passwise(args);
    assert.notEqual(code, 0, args.join(" "));
    assertOneLineError(stderr);
    assert.match(stderr, pattern);
  }
});

test("a missing LLVM is a clear error naming the install command", () => {
  const { code, stderr } = passwise(["size", exampleFiles()[0] as string], { PASSWISE_LLVM_BIN: "/nonexistent/llvm/bin" });
  assert.equal(code, 3);
  assertOneLineError(stderr);
  assert.match(stderr, /apt-get install -y llvm-19 clang-19/);
});

test("doctor reports the toolchain; --help works on every command", () => {
  const doctor = passwise(["doctor", "--json"]);
  assert.equal(doctor.code, 0);
  const report = JSON.parse(doctor.stdout);
  assert.match(report.llvmVersion, /^(17|18|19|20|21|22)\./);
  assert.ok(report.tools.opt && report.tools.llc && report.tools.clang);
  for (const command of ["size", "doctor"]) {
    const help = passwise([command, "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: passwise/);
  }
});
