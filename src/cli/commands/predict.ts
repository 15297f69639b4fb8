import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { loadModule, splitFlags } from "../../llvm/ir-module.js";
import { DEFAULT_PREDICTOR_PATH } from "../../models/default-model.js";
import { loadPredictor } from "../../models/model-file.js";
import { catalogHash, predictPipeline } from "../../models/predict.js";
import { loadCatalog } from "../../passes/catalog.js";
import { replayCommands } from "../../llvm/replay.js";
import type { GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { openSession, parsePositiveInt } from "../session.js";
import { buildValidator } from "../verify-flags.js";

type Runner = (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>;

interface PredictFlags {
  verify: string;
  model?: string;
  validate: boolean;
  jobs?: string;
  db?: string;
  frontendFlags?: string;
}

export function registerPredict(program: Command, run: Runner): void {
  program
    .command("predict")
    .description("Propose a pipeline with the built-in model: no search (K = 0 compiles nothing; K ≥ 1 compiles the top K and -Oz, keeps the smallest)")
    .argument("<input>", "C/C++ source, .ll or .bc")
    .option("-k, --verify <K>", "candidates to compile and compare with -Oz (0 = no compilation)", "0")
    .option("-m, --model <file>", "model file (default: the shipped models/predictor.json)")
    .option("--no-validate", "do not run PassListEval on candidates before compiling them")
    .option("-j, --jobs <n>", "parallel PassListEval programs (default: number of cores)")
    .option("--db <file>", "results store (default ~/.passwise/passwise.db)")
    .option("--frontend-flags <flags>", "extra clang flags for C/C++ input")
    .addHelpText("after", "\nExamples:\n  passwise predict examples/crc32.c --json\n  passwise predict prog.c --verify 1   # the paper's -Oz fallback\n")
    .action((input: string, flags: PredictFlags) => run((globals) => predictCommand(input, flags, globals)));
}

async function predictCommand(input: string, flags: PredictFlags, globals: GlobalOptions): Promise<number> {
  const verify = parsePositiveInt(flags.verify, "--verify", { allowZero: true });
  const jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, "--jobs");
  const session = await openSession(globals, { ...(flags.db ? { db: flags.db } : {}), jobs });
  try {
    const modelFile = flags.model ?? DEFAULT_PREDICTOR_PATH;
    const { predictor, file } = await loadPredictor(modelFile, { llvmMajor: session.toolchain.version.major });
    if (file.catalogHash !== catalogHash((await loadCatalog(session.toolchain.version.major)).entries) && !globals.json) {
      process.stderr.write(`passwise: warning: ${modelFile} was made for another pass catalog; candidates with passes it does not hold are skipped (passwise model prune brings the model to it)\n`);
    }
    const loadOptions = flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {};
    const module = await loadModule(session.toolchain, input, loadOptions);
    const validator = verify > 0 && flags.validate ? (await buildValidator(session.toolchain, {}, { jobs, suite: true, ...(session.store ? { store: session.store } : {}) })).validator : undefined;
    const prediction = await predictPipeline(module, { predictor, catalog: session.catalog.usable, verify, evaluator: session.evaluator, ...(validator ? { validator } : {}) });
    if (globals.json) {
      printJson({ input, model: modelFile, llvmVersion: session.toolchain.version.full, ...prediction, replay: replayCommands(input, prediction.pipeline, loadOptions) });
      return 0;
    }
    console.log(`${input}: ${prediction.pipeline}`);
    if (prediction.size !== null && prediction.ozSize !== null) {
      console.log(`  size ${prediction.size} B vs -Oz ${prediction.ozSize} B (${(prediction.improvementOverOz ?? 0).toFixed(2)}% smaller), ${prediction.compilations} compilations`);
    } else {
      console.log(`  expected ${prediction.expectedGain.toFixed(2)}% smaller than -Oz (model estimate; nothing compiled, prediction took ${prediction.predictMs.toFixed(0)} ms)`);
    }
    console.log(`  validated: ${prediction.validated ? `${prediction.validated.checks.join(", ")} (${prediction.validated.when})` : "no"}`);
    console.log(`  replay: ${replayCommands(input, prediction.pipeline, loadOptions)}`);
    return 0;
  } finally {
    session.close();
  }
}
