import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface KnownBadPipeline {
  pipeline: string;
  note: string;
}

const KNOWN_BAD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src/verify/known-bad");

/** The regression list of pipelines known to break programs with an LLVM major version. */
export async function loadKnownBad(llvmMajor: number): Promise<KnownBadPipeline[]> {
  let text: string;
  try {
    text = await readFile(path.join(KNOWN_BAD_DIR, `${llvmMajor}.txt`), "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"))
    .map((line) => {
      const [pipeline = "", ...note] = line.split("#");
      return { pipeline: pipeline.trim(), note: note.join("#").trim() };
    });
}
