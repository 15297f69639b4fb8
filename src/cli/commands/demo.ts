import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { loadModule } from "../../llvm/ir-module.js";
import { replayCommands } from "../../llvm/replay.js";
import { tune } from "../../search/tune.js";
import type { GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { createProgressReporter } from "../render/progress.js";
import { openSession } from "../session.js";
import { seedPipelines } from "../../models/predict.js";
import { loadSeedPredictor, tuneJson } from "./tune.js";
import { buildValidator } from "../verify-flags.js";

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../examples/crc32.c");

export function registerDemo(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("demo")
    .description("Tune a bundled example (examples/crc32.c) with a small budget and show the result")
    .option("-b, --budget <n>", "evaluations", "200")
    .action((flags: { budget: string }) => run((globals) => demoCommand(Number(flags.budget), globals)));
}

async function demoCommand(budget: number, globals: GlobalOptions): Promise<number> {
  const session = await openSession(globals, {});
  try {
    const module = await loadModule(session.toolchain, EXAMPLE);
    const predictor = await loadSeedPredictor(true, session, globals);
    let ozSize: number | undefined;
    const progress = createProgressReporter("crc32.c", () => ozSize, { quiet: globals.quiet });
    if (!globals.json) {
      console.log(`passwise demo: tuning examples/crc32.c with LLVM ${session.toolchain.version.full} (${session.catalog.usable.length} catalog passes, budget ${budget} evaluations, seed 1)`);
    }
    if (!globals.json) console.log("(the winner is checked with PassListEval: the bundled suite is compiled once and cached, about a minute the first time)");
    const { validator } = await buildValidator(session.toolchain, {}, { jobs: 2, suite: true, ...(session.store ? { store: session.store } : {}) });
    const result = await tune(module, {
      validator,
      evaluator: session.evaluator,
      catalog: session.catalog.usable,
      budget: { evaluations: budget },
      seed: 1,
      input: "examples/crc32.c",
      extraSeeds: predictor ? seedPipelines(module, { predictor, catalog: session.catalog.usable, budget }) : [],
      ...(session.store ? { store: session.store } : {}),
      onProgress: (p) => {
        ozSize ??= p.best?.size;
        progress.update(p);
      },
      onPhase: (phase, detail) => progress.phase(phase, detail),
    });
    progress.stop();
    if (globals.json) {
      printJson(tuneJson(result));
      return 0;
    }
    console.log("");
    console.log(`  -O0 (no passes)  ${result.o0Size} bytes`);
    console.log(`  -Oz              ${result.ozSize} bytes`);
    console.log(`  passwise         ${result.bestSize} bytes  (${result.improvementOverOz.toFixed(2)}% smaller than -Oz)`);
    console.log(`  pipeline         ${result.bestPipeline}`);
    console.log(`  evaluations      ${result.evaluations} search + ${result.minimizeEvaluations} minimize, ${result.compilations} compilations, ${(result.elapsedMs / 1000).toFixed(1)} s`);
    console.log(`  validated        ${result.validated?.valid ? `yes (${Object.keys(result.validated.checks).join(", ")})` : "no"}`);
    for (const rejected of result.rejected) console.log(`  rejected         ${rejected.pipeline} — ${rejected.reasons[0] ?? ""}`);
    console.log(`\nRecompute it by hand (from the repository's root):\n  ${replayCommands("examples/crc32.c", result.bestPipeline)}`);
    return 0;
  } finally {
    session.close();
  }
}
