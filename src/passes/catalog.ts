import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PasswiseError } from "../errors.js";

export type PassScope = "default" | "module" | "cgscc" | "function" | "loop";

export interface CatalogEntry {
  /** Pipeline text valid anywhere in a mixed list, e.g. "function(loop-mssa(licm))". */
  pipeline: string;
  /** The bare pass name, e.g. "licm". */
  name: string;
  scope: PassScope;
}

export interface PassCatalog {
  /** The LLVM major the data file was written for. */
  llvmMajor: number;
  entries: CatalogEntry[];
  /** Set when no data file exists for the installed LLVM and the nearest one was used. */
  warning?: string;
}

const CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src/passes/catalog");
export const CATALOG_MAJORS = [17, 19] as const;

/** Reads the reviewed catalog for an LLVM major, falling back to the nearest version with a warning. */
export async function loadCatalog(llvmMajor: number, catalogDir = CATALOG_DIR): Promise<PassCatalog> {
  const nearest = [...CATALOG_MAJORS].sort((a, b) => Math.abs(a - llvmMajor) - Math.abs(b - llvmMajor) || b - a)[0] as number;
  const file = path.join(catalogDir, `${nearest}.txt`);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new PasswiseError("internal", `pass catalog ${file} is missing`, { cause: error });
  }
  const catalog: PassCatalog = { llvmMajor: nearest, entries: parseCatalog(text) };
  if (nearest !== llvmMajor) {
    catalog.warning = `no pass catalog for LLVM ${llvmMajor}; using the one for LLVM ${nearest} (entries the installed opt rejects are dropped)`;
  }
  return catalog;
}

export function parseCatalog(text: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const raw of text.split("\n")) {
    const pipeline = raw.replace(/#.*/, "").trim();
    if (pipeline === "" || seen.has(pipeline)) continue;
    seen.add(pipeline);
    entries.push(describeEntry(pipeline));
  }
  return entries;
}

export function describeEntry(pipeline: string): CatalogEntry {
  if (pipeline.startsWith("default<")) return { pipeline, name: pipeline, scope: "default" };
  const nested = /^(?:function\((?:loop(?:-mssa)?\()?|cgscc\()([^()]+)\)+$/.exec(pipeline);
  if (nested) {
    const scope: PassScope = pipeline.startsWith("cgscc(") ? "cgscc" : /^function\(loop(-mssa)?\(/.test(pipeline) ? "loop" : "function";
    return { pipeline, name: nested[1] as string, scope };
  }
  return { pipeline, name: pipeline, scope: "module" };
}
