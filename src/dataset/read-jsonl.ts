import { readFile } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";

/** Reads a file of a dataset directory; a missing file says what the directory should have been. */
export async function readDatasetFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new PasswiseError("unreadable-input", `${file}: not found; is ${path.dirname(file)} a dataset built by 'passwise dataset build'?`);
  }
}

/** Parses a JSONL file of a dataset; a broken line is a clear error naming the line. */
export async function readJsonl<T>(file: string): Promise<T[]> {
  const rows: T[] = [];
  for (const [index, line] of (await readDatasetFile(file)).split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      rows.push(JSON.parse(line) as T);
    } catch {
      throw new PasswiseError("bad-input", `${file}:${index + 1}: not valid JSON`);
    }
  }
  return rows;
}
