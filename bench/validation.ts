// How often do the paper's random-search winners break programs? (paper: 9.85% of best lists
// were rejected by PassListEval). For each example: random search (paper style), then the winner
// through PassListEval and differential testing of the example itself. Also times PassListEval on
// fresh pipelines (goal: the whole suite in under 30 s on 2 cores), and the link step PassListEval
// repeats for every program: ld.lld run directly against the clang driver, on the examples.
// --hangs-only: screening a family of pass orders that hang opt on one suite program (as a search's
// relatives do), with PassListEval's memory of hung programs against a fresh instance per pipeline.
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";
import { loadModule } from "../src/llvm/ir-module.js";
import { findToolchain } from "../src/llvm/toolchain.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { loadCatalog } from "../src/passes/catalog.js";
import { probeCatalog, probeModule } from "../src/passes/probe.js";
import { tune } from "../src/search/tune.js";
import { differentialTest } from "../src/verify/differential.js";
import { PassListEval } from "../src/verify/passlisteval.js";
import { runTool } from "../src/llvm/run-tool.js";
import { driverLinker, executableLinker } from "../src/llvm/linker.js";
import { toolPath, type Toolchain } from "../src/llvm/toolchain.js";
import { checkArguments, exampleFiles, flag, option } from "./common.js";

/** A real opt hang on 064-bst-insert-delete, and relatives: passes after the hanging ones never run. */
const HANG_FAMILY = ["", ",function(sroa)", ",ipsccp", ",function(make-guards-explicit),function(sroa)"].map(
  (tail) => `inliner-wrapper,function(mem2reg),function(jump-threading),function(loop(loop-rotate)),function(newgvn)${tail}`,
);

/** Seconds to reject the hang family on its program: one PassListEval throughout, and a fresh one per pipeline. */
async function compareHangScreening(toolchain: Toolchain): Promise<void> {
  const cacheDir = path.join(tmpdir(), "passwise-bench-suite");
  const bst = (ple: PassListEval) => ple.suite.programs.filter((p) => p.name === "064-bst-insert-delete");
  const screen = async (ple: PassListEval, pipeline: string) => {
    const started = performance.now();
    const result = await ple.evaluate(pipeline, { programs: bst(ple) });
    if (result.valid) throw new Error(`${pipeline} was expected to hang opt on 064-bst-insert-delete`);
    return (performance.now() - started) / 1000;
  };
  const remembering = await PassListEval.create(toolchain, { cacheDir, jobs: 1 });
  // No warm-up compile: a search typically meets a hang family before anything compiled the program.
  const withMemory: number[] = [];
  const fresh: number[] = [];
  for (const pipeline of HANG_FAMILY) {
    withMemory.push(await screen(remembering, pipeline));
    fresh.push(await screen(await PassListEval.create(toolchain, { cacheDir, jobs: 1 }), pipeline));
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`hang family (${HANG_FAMILY.length} pipelines on 064-bst-insert-delete): fresh instance per pipeline ${fresh.map((s) => s.toFixed(1)).join(" + ")} s; one instance ${withMemory.map((s) => s.toFixed(1)).join(" + ")} s (ratio ${(sum(fresh) / sum(withMemory)).toFixed(2)}×)`);
}

/** Links every example both ways, alternating which goes first, and prints the time ratio. */
async function compareLinkers(toolchain: Toolchain, files: readonly string[]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "passwise-bench-link-"));
  const linkers = { direct: await executableLinker(toolchain, "c"), driver: driverLinker(toolchain, "c") };
  const ms = { driver: 0, direct: 0 };
  const rounds = 3;
  for (const [i, file] of files.entries()) {
    const object = path.join(dir, `${i}.o`);
    await runTool(toolPath(toolchain, "clang"), ["-c", "-Oz", file, "-o", object], { timeoutMs: 60_000 });
    for (let round = 0; round < rounds; round++) {
      const order = (i + round) % 2 === 0 ? (["driver", "direct"] as const) : (["direct", "driver"] as const);
      for (const how of order) {
        const started = performance.now();
        const output = path.join(dir, `${i}-${how}`);
        const link = await runTool(linkers[how].tool, linkers[how].args([object], output), { timeoutMs: 60_000 });
        if (link.exitCode !== 0) throw new Error(`${how} link of ${file} failed: ${link.stderr.toString()}`);
        ms[how] += performance.now() - started;
      }
    }
  }
  const links = files.length * rounds;
  console.log(`linking (${links} links each way): clang driver ${(ms.driver / links).toFixed(1)} ms, ${path.basename(linkers.direct.tool)} directly ${(ms.direct / links).toFixed(1)} ms per executable (ratio ${(ms.driver / ms.direct).toFixed(2)}×)`);
}

async function main() {
  checkArguments("Usage: npm run bench:validation -- [--budget N] [--programs N] [--links-only | --hangs-only]", { flags: ["--links-only", "--hangs-only"], options: ["--budget", "--programs"] });
  const budget = Number(option("--budget") ?? 200);
  const toolchain = await findToolchain({ searchPath: process.env.PATH ?? "" });
  if (!flag("--links-only")) await compareHangScreening(toolchain);
  if (flag("--hangs-only")) return;
  const catalog = (await probeCatalog(await loadCatalog(toolchain.version.major), new SubprocessEvaluator(toolchain), await probeModule(toolchain))).usable;
  const ple = await PassListEval.create(toolchain, { cacheDir: path.join(tmpdir(), "passwise-bench-suite"), jobs: 2 });
  const files = exampleFiles().slice(0, Number(option("--programs") ?? 18));
  console.log(`validation benchmark: paper-style random search (${budget} evaluations) on ${files.length} examples; suite of ${ple.suite.programs.length} programs; LLVM ${toolchain.version.full}`);
  await compareLinkers(toolchain, files);
  if (flag("--links-only")) return;
  const prepareStarted = performance.now();
  await ple.evaluate("default<Oz>");
  console.log(`PassListEval first run (prepares the suite once, then runs default<Oz>): ${((performance.now() - prepareStarted) / 1000).toFixed(1)} s`);
  let rejectedBySuite = 0;
  let rejectedByDifferential = 0;
  let rejectedByEither = 0;
  const suiteSeconds: number[] = [];
  for (const file of files) {
    const module = await loadModule(toolchain, file);
    const result = await tune(module, { evaluator: new SubprocessEvaluator(toolchain), catalog, strategy: "random", budget: { evaluations: budget }, seed: 1, minimize: false });
    if (result.searchPipeline === "default<Oz>") {
      console.log(`  ${path.basename(file).padEnd(16)} winner is -Oz itself`);
      continue;
    }
    const suite = await ple.evaluate(result.searchPipeline);
    if (!suite.fromCache) suiteSeconds.push(suite.seconds);
    const differential = await differentialTest(toolchain, file, result.searchPipeline, { runs: [], runTimeoutMs: 5000 });
    rejectedBySuite += suite.valid ? 0 : 1;
    rejectedByDifferential += differential.valid ? 0 : 1;
    rejectedByEither += suite.valid && differential.valid ? 0 : 1;
    console.log(
      `  ${path.basename(file).padEnd(16)} ${result.improvementOverOz.toFixed(2).padStart(6)}% vs -Oz  suite ${suite.valid ? "pass" : `FAIL (${suite.failures.length} programs, e.g. ${suite.failures[0]?.program}: ${suite.failures[0]?.stage})`}  own program ${differential.valid ? "pass" : `FAIL (${differential.failures[0]?.reason})`}  [${suite.seconds.toFixed(1)} s]`,
    );
  }
  const n = files.length;
  console.log(`\nrandom-search winners rejected: PassListEval ${rejectedBySuite}/${n} (${((100 * rejectedBySuite) / n).toFixed(1)}%), differential ${rejectedByDifferential}/${n}, either ${rejectedByEither}/${n} (${((100 * rejectedByEither) / n).toFixed(1)}%); paper: 9.85% by PassListEval`);
  if (suiteSeconds.length > 0) {
    const sorted = [...suiteSeconds].sort((a, b) => a - b);
    console.log(`PassListEval on a new pipeline: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} s, max ${sorted.at(-1)?.toFixed(1)} s over ${sorted.length} pipelines (goal: < 30 s on 2 cores)`);
  }
}

await main();
