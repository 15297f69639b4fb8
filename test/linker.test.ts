import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { executableLinker, parseQuotedCommand } from "../src/llvm/linker.js";
import { runTool } from "../src/llvm/run-tool.js";
import { toolPath } from "../src/llvm/toolchain.js";
import { linkExecutable } from "../src/verify/build-and-run.js";
import { tempDir, testToolchain } from "./helpers.js";

test("clang -### lines are read argument by argument, escapes included", () => {
  assert.deepEqual(parseQuotedCommand(` "/usr/bin/ld.lld" "-o" "a b" "x\\"y" "c:\\\\d"`), ["/usr/bin/ld.lld", "-o", "a b", 'x"y', "c:\\d"]);
  assert.deepEqual(parseQuotedCommand("clang version 19.1.7"), []);
});

test("executables link with ld.lld directly (the driver's own command), C with libm and C++ with libstdc++", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir("passwise-link-");
  const programs = [
    { language: "c" as const, file: "m.c", source: '#include <math.h>\n#include <stdio.h>\nint main(int c, char **v) { printf("%.3f\\n", sqrt((double)c + 1.0)); return 0; }\n', expected: "1.414\n" },
    { language: "c++" as const, file: "s.cc", source: '#include <iostream>\n#include <string>\nint main() { std::string s = "pass"; s += "wise"; std::cout << s << std::endl; return 0; }\n', expected: "passwise\n" },
  ];
  for (const program of programs) {
    const source = path.join(dir, program.file);
    writeFileSync(source, program.source);
    const object = `${source}.o`;
    const compile = await runTool(toolPath(toolchain, program.language === "c++" ? "clang++" : "clang"), ["-c", "-O1", source, "-o", object], { timeoutMs: 60_000 });
    assert.equal(compile.exitCode, 0, compile.stderr);
    const linker = await executableLinker(toolchain, program.language);
    if (toolchain.tools["ld.lld"]) assert.equal(linker.tool, toolchain.tools["ld.lld"], "ld.lld is run directly, not through the driver");
    const executable = path.join(dir, `${program.file}.exe`);
    assert.equal(await linkExecutable(toolchain, program.language, [object], executable, 60_000), undefined);
    const run = await runTool(executable, [], { timeoutMs: 10_000 });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal(run.stdout.toString(), program.expected);
  }
  const failure = await linkExecutable(toolchain, "c", [path.join(dir, "missing.o")], path.join(dir, "never"), 60_000);
  assert.equal(failure?.stage, "link");
  assert.match(failure?.reason ?? "", /missing\.o/);
});
