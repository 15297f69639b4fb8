// Evaluations per second: passwise's evaluator against a naive pipeline in the style of the
// paper's Listing 1 (opt writes a file, `clang -c` lowers it, `llvm-size` reads it), on the same
// (example, random pipeline) pairs, in the same process, on the same cores, interleaved.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadModule, type IrModule } from "../src/llvm/ir-module.js";
import { runTool } from "../src/llvm/run-tool.js";
import { findToolchain, toolPath, type Toolchain } from "../src/llvm/toolchain.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { loadCatalog } from "../src/passes/catalog.js";
import { joinPipeline } from "../src/passes/pipeline.js";
import { probeCatalog, probeModule } from "../src/passes/probe.js";
import { mapWithConcurrency } from "../src/search/concurrency.js";
import { randomPassList } from "../src/search/pass-lists.js";
import { Rng } from "../src/search/rng.js";
import { checkArguments, exampleFiles, flag, option } from "./common.js";

interface Pair {
  module: IrModule;
  file: string;
  pipeline: string;
}

async function naiveEvaluate(toolchain: Toolchain, pair: Pair, dir: string, slot: number): Promise<number | undefined> {
  const bc = path.join(dir, `out-${slot}.bc`);
  const obj = path.join(dir, `out-${slot}.o`);
  const opt = await runTool(toolPath(toolchain, "opt"), [`-passes=${pair.pipeline}`, pair.file, "-o", bc], { timeoutMs: 120_000 });
  if (opt.exitCode !== 0) return undefined;
  // -O2 with LLVM passes disabled: the same code generator level as llc's default, so both paths
  // compute the same size (a bare `clang -c` lowers at -O0, and as PIC where llc defaults to static).
  const clang = await runTool(toolPath(toolchain, "clang"), ["-c", "-O2", "-fno-pic", "-Xclang", "-disable-llvm-passes", bc, "-o", obj], { timeoutMs: 120_000 });
  if (clang.exitCode !== 0) return undefined;
  const size = await runTool(toolPath(toolchain, "llvm-size"), [obj], { timeoutMs: 30_000 });
  const row = size.stdout.toString("utf8").trim().split("\n")[1]?.trim().split(/\s+/);
  return row ? Number(row[0]) + Number(row[1]) : undefined;
}

async function main() {
  checkArguments("Usage: npm run bench:throughput -- [--quick] [--pairs-per-example N] [--jobs J]", { flags: ["--quick"], options: ["--pairs-per-example", "--jobs"] });
  const quick = flag("--quick");
  const perExample = Number(option("--pairs-per-example") ?? (quick ? 2 : 5));
  const jobs = Number(option("--jobs") ?? 2);
  const toolchain = await findToolchain({ searchPath: process.env.PATH ?? "" });
  const catalog = await probeCatalog(await loadCatalog(toolchain.version.major), new SubprocessEvaluator(toolchain), await probeModule(toolchain));
  const dir = mkdtempSync(path.join(tmpdir(), "passwise-bench-"));
  const rng = new Rng(42);
  const pairs: Pair[] = [];
  for (const source of exampleFiles()) {
    const module = await loadModule(toolchain, source);
    const file = path.join(dir, `${path.basename(source)}.ll`);
    writeFileSync(file, module.ir);
    // Paper-style lists (1–50 passes) and short lists (1–3 passes, as a local search proposes them).
    for (let i = 0; i < perExample; i++) pairs.push({ module, file, pipeline: joinPipeline(randomPassList(rng, catalog.usable)) });
    for (let i = 0; i < perExample; i++) pairs.push({ module, file, pipeline: joinPipeline(randomPassList(rng, catalog.usable, 3)) });
  }
  console.log(`throughput: ${pairs.length} (example, random pipeline) pairs (half 1–50 passes, half 1–3), ${jobs} jobs, LLVM ${toolchain.version.full}`);

  const rounds = quick ? 1 : 2;
  const passwiseSeconds: number[] = [];
  const naiveSeconds: number[] = [];
  let cacheShare = 0;
  let agree = 0;
  let compared = 0;
  for (let round = 0; round < rounds; round++) {
    // Interleave A/B so drift on a noisy machine hits both.
    const evaluator = new SubprocessEvaluator(toolchain); // fresh caches every round
    let started = performance.now();
    const ours = await mapWithConcurrency(pairs, jobs, (pair) => evaluator.evaluate(pair.module, pair.pipeline));
    passwiseSeconds.push((performance.now() - started) / 1000);
    const stats = evaluator.stats();
    cacheShare = stats.loweringCacheHits / Math.max(1, stats.evaluations - stats.evaluationCacheHits);

    started = performance.now();
    const naive = await mapWithConcurrency(pairs, jobs, (pair, index) => naiveEvaluate(toolchain, pair, dir, index));
    naiveSeconds.push((performance.now() - started) / 1000);
    if (round === 0) {
      ours.forEach((evaluation, index) => {
        const other = naive[index];
        if (!evaluation.ok || other === undefined) return;
        compared++;
        if (evaluation.binarySize === other) agree++;
      });
    }
  }
  const best = (values: number[]) => Math.min(...values);
  const oursRate = pairs.length / best(passwiseSeconds);
  const naiveRate = pairs.length / best(naiveSeconds);
  console.log(`naive (opt→file, clang -c, llvm-size): ${naiveRate.toFixed(2)} evaluations/s (best of ${rounds}: ${best(naiveSeconds).toFixed(2)} s)`);
  console.log(`passwise SubprocessEvaluator:           ${oursRate.toFixed(2)} evaluations/s (best of ${rounds}: ${best(passwiseSeconds).toFixed(2)} s)`);
  console.log(`ratio passwise/naive: ${(oursRate / naiveRate).toFixed(2)}x`);
  console.log(`evaluations answered by the optimized-IR (lowering) cache: ${(100 * cacheShare).toFixed(1)}%`);
  console.log(`sizes equal between the two paths: ${agree}/${compared}`);
}

await main();
