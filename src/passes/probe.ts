import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { irModuleFromText, sha256, type IrModule } from "../llvm/ir-module.js";
import { runTool } from "../llvm/run-tool.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import type { CatalogEntry, PassCatalog } from "./catalog.js";
import { PROBE_PROGRAM_C } from "./probe-program.js";

export interface DroppedEntry {
  entry: CatalogEntry;
  reason: string;
}

export interface ProbedCatalog extends PassCatalog {
  /** Entries that the installed opt accepted and ran without failing. */
  usable: CatalogEntry[];
  dropped: DroppedEntry[];
  llvmVersion: string;
}

export interface ProbeOptions {
  /** Directory for remembered probe results (keyed by catalog, LLVM version and probe module). */
  cacheDir?: string;
  jobs?: number;
}

/** The IR the probe runs on, from a small embedded C program (a hand-written fallback without clang). */
export async function probeModule(toolchain: Toolchain): Promise<IrModule> {
  const clang = toolchain.tools.clang;
  if (clang !== undefined) {
    const result = await runTool(clang, ["-Oz", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm", "-x", "c", "-", "-o", "-"], {
      timeoutMs: 60_000,
      stdin: PROBE_PROGRAM_C,
    });
    if (result.exitCode === 0) return irModuleFromText(result.stdout.toString("utf8"), "probe.c");
  }
  return irModuleFromText(FALLBACK_PROBE_IR, "probe.ll");
}

/**
 * Runs every catalog entry, alone and in a mixed list, on the probe module with the installed
 * opt and llc, and drops (with the tool's reason) those that are rejected or crash.
 */
export async function probeCatalog(catalog: PassCatalog, evaluator: Evaluator, module: IrModule, options: ProbeOptions = {}): Promise<ProbedCatalog> {
  const cacheKey = sha256([evaluator.llvmVersion, module.hash, ...catalog.entries.map((e) => e.pipeline)].join("\n")).slice(0, 24);
  const cacheFile = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, `catalog-probe-${cacheKey}.json`);
  const remembered = cacheFile === undefined ? undefined : await readRemembered(cacheFile);
  let reasons: (string | null)[];
  if (remembered !== undefined && remembered.length === catalog.entries.length) {
    reasons = remembered;
  } else {
    reasons = await mapWithConcurrency(catalog.entries, options.jobs ?? 2, async (entry) => {
      for (const pipeline of [entry.pipeline, `function(sroa),${entry.pipeline},globaldce`]) {
        const evaluation = await evaluator.evaluate(module, pipeline);
        if (!evaluation.ok) return `${evaluation.failure.kind}: ${evaluation.failure.diagnostic}`;
      }
      return null;
    });
    if (cacheFile !== undefined) await remember(cacheFile, reasons);
  }
  const usable: CatalogEntry[] = [];
  const dropped: DroppedEntry[] = [];
  catalog.entries.forEach((entry, index) => {
    const reason = reasons[index];
    if (reason === null || reason === undefined) usable.push(entry);
    else dropped.push({ entry, reason });
  });
  return { ...catalog, usable, dropped, llvmVersion: evaluator.llvmVersion };
}

async function readRemembered(file: string): Promise<(string | null)[] | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, "utf8"));
    return Array.isArray(value) && value.every((v) => v === null || typeof v === "string") ? value : undefined;
  } catch {
    return undefined; // missing or corrupt: probe again
  }
}

async function remember(file: string, reasons: (string | null)[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(reasons));
  await rename(temporary, file);
}

const FALLBACK_PROBE_IR = `define i32 @sum(ptr %a, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s2, %loop ]
  %p = getelementptr i32, ptr %a, i32 %i
  %v = load i32, ptr %p
  %s2 = add i32 %s, %v
  %next = add i32 %i, 1
  %done = icmp sge i32 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %s2
}
`;
