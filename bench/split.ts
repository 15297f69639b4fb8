// Splitting a large translation unit per function: one llvm-extract per function on the whole
// module (the paper's way) against passwise's cuts into groups first, on the same module, in the
// same process. The parts must come out byte-identical.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { splitByFunction } from "../src/corpus/split.js";
import { loadModule } from "../src/llvm/ir-module.js";
import { findToolchain } from "../src/llvm/toolchain.js";
import { checkArguments, option } from "./common.js";

/** A C file of `n` small functions over shared tables, like a generated or amalgamated unit. */
function generatedSource(n: number): string {
  const lines = ["static const int table[64] = {" + Array.from({ length: 64 }, (_, i) => (i * 37) % 101).join(",") + "};", "int counter;"];
  for (let i = 0; i < n; i++) {
    lines.push(`int f${i}(int x) {`, `  int s = ${i};`, `  for (int k = 0; k < (x & 15); k++) s += table[(k + ${i}) & 63] * x;`);
    if (i > 0) lines.push(`  if (s & 1) s ^= f${i - 1}(x >> 1);`);
    lines.push(`  counter += s;`, `  return s;`, `}`);
  }
  return lines.join("\n") + "\n";
}

async function main() {
  checkArguments("Usage: npm run bench:split -- [--functions N] [--file FILE.c|.ll]", { flags: [], options: ["--functions", "--file"] });
  const toolchain = await findToolchain();
  const functions = Number(option("--functions") ?? 600);
  let file = option("--file");
  if (file === undefined) {
    file = path.join(mkdtempSync(path.join(tmpdir(), "passwise-bench-")), `generated-${functions}.c`);
    writeFileSync(file, generatedSource(functions));
  }
  const module = await loadModule(toolchain, file);
  const timed = async (directLimit: number) => {
    const started = performance.now();
    const result = await splitByFunction(toolchain, module, { directLimit, jobs: 2 });
    return { result, seconds: (performance.now() - started) / 1000 };
  };
  const direct = await timed(Infinity);
  const grouped = await timed(16);
  const identical =
    direct.result.parts.length === grouped.result.parts.length && direct.result.parts.every((p, i) => p.module.ir === grouped.result.parts[i]?.module.ir);
  console.log(`${path.basename(file)}: ${(module.ir.length / 1024).toFixed(0)} KiB of IR, ${direct.result.parts.length} functions (LLVM ${toolchain.version.full})`);
  console.log(`  one llvm-extract per function: ${direct.seconds.toFixed(1)} s`);
  console.log(`  cut into groups first:         ${grouped.seconds.toFixed(1)} s   (${(direct.seconds / grouped.seconds).toFixed(1)}× faster)`);
  console.log(`  parts byte-identical: ${identical ? "yes" : "NO"}`);
  if (!identical) process.exitCode = 1;
}

await main();
