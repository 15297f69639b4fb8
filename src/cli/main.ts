import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { registerCorpus } from "./commands/corpus.js";
import { registerDataset } from "./commands/dataset.js";
import { registerDemo } from "./commands/demo.js";
import { registerEval } from "./commands/eval.js";
import { registerModel } from "./commands/model.js";
import { registerPredict } from "./commands/predict.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerMeasureRun } from "./commands/measure-run.js";
import { registerLlm } from "./commands/llm.js";
import { registerMinimize } from "./commands/minimize.js";
import { registerPasses } from "./commands/passes.js";
import { registerResults } from "./commands/results.js";
import { registerTune } from "./commands/tune.js";
import { registerValidate } from "./commands/validate.js";
import { registerSize } from "./commands/size.js";
import { registerRlm } from "./commands/rlm.js";
import { readGlobalOptions, type GlobalOptions } from "./context.js";
import { EXIT, reportError } from "./render/output.js";

// commander: the most used, well-kept CLI parser for Node, with subcommands and generated --help.
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("passwise");
  let exitCode = 0;
  program
    .description("ML-guided LLVM optimization: pass pipelines that make object files smaller than -Oz")
    .version(packageVersion(), "-V, --version", "print passwise's version")
    .option("--llvm-bin <dir>", "directory with opt, llc, clang, … (default: $PASSWISE_LLVM_BIN, then LLVM 19, 20, 21, 22, 18, 17)")
    .option("--json", "print one JSON document for scripts")
    .option("--debug", "print stack traces on errors")
    .option("-q, --quiet", "no progress output (without it, progress goes to stderr: a bar on a terminal, key=value lines otherwise, with --json too)")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const run = async (action: (globals: GlobalOptions) => Promise<number>) => {
    const globals = readGlobalOptions(program.opts(), process.env);
    try {
      exitCode = await action(globals);
    } catch (error) {
      exitCode = reportError(error, globals);
    }
  };
  registerSize(program, run);
  registerTune(program, run);
  registerMinimize(program, run);
  registerValidate(program, run);
  registerResults(program, run);
  registerCorpus(program, run);
  registerDataset(program, run);
  registerModel(program, run);
  registerPredict(program, run);
  registerEval(program, run);
  registerMeasureRun(program, run);
  registerLlm(program, run);
  registerPasses(program, run);
  registerDoctor(program, run);
  registerDemo(program, run);
  registerRlm(program, run);
  for (const command of program.commands) command.configureHelp({ showGlobalOptions: true });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT.usage;
    }
    return reportError(error, { json: false, debug: argv.includes("--debug") });
  }
  return exitCode;
}

function packageVersion(): string {
  const packageJson = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../package.json");
  return (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
}
