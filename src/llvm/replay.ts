import path from "node:path";
import { replayCommand } from "../passes/pipeline.js";
import { FRONTEND_ENVIRONMENT, frontendArgs, languageOf, type LoadModuleOptions } from "./ir-module.js";

/**
 * The plain shell commands that recompute a size reported for `input`: for C and C++, first the
 * exact frontend command passwise ran, with its environment (from the file's directory, since
 * `__FILE__` strings are part of the object's size), then opt, llc and llvm-size; IR and bitcode go
 * straight to opt.
 */
export function replayCommands(input: string, pipeline: string, options: LoadModuleOptions = {}): string {
  const language = languageOf(input);
  if (language !== "c" && language !== "c++") return replayCommand(pipeline, input);
  const compiler = language === "c++" ? "clang++" : "clang";
  const environment = Object.entries(FRONTEND_ENVIRONMENT).map(([name, value]) => `${name}=${value}`);
  const frontend = [...environment, compiler, ...frontendArgs(input, language, options)].map(shellWord).join(" ");
  return `(cd ${shellWord(path.dirname(input))} && ${frontend}) > input.ll && ${replayCommand(pipeline)}`;
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_\-+=.,/:@%^]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
