import path from "node:path";
import { findSources, inferredIncludeFlags } from "../corpus/corpus.js";
import { splitByFunction } from "../corpus/split.js";
import { approximateTokenCount, DEFAULT_TOKEN_BUDGET } from "../corpus/tokens.js";
import { isPasswiseError } from "../errors.js";
import { irModuleFromText, languageOf, loadModule, type InputLanguage } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import { readDataset } from "../models/train-predictor.js";
import type { EvalUnit } from "./flag-tuning.js";
import { stat } from "node:fs/promises";
import { mapWithConcurrency } from "../search/concurrency.js";

/**
 * Evaluation units from a directory of programs, as the paper made them from MiBench: each file
 * (C, C++, .ll, .bc) is one unit, split per function when over the token budget; a file that
 * does not compile stays in as a skipped unit (it counts as -Oz).
 */
export async function unitsFromDirectory(
  toolchain: Toolchain,
  dir: string,
  options: { tokenBudget?: number; jobs?: number; languages?: readonly InputLanguage[] } = {},
): Promise<EvalUnit[]> {
  const root = path.resolve(dir);
  const info = await stat(root);
  const found = info.isDirectory() ? (await findSources(root)).sort() : [root];
  const languages = options.languages;
  const files = languages === undefined ? found : found.filter((file) => languages.includes(languageOf(file) as InputLanguage));
  const includes = info.isDirectory() ? await inferredIncludeFlags(root) : [];
  // A budget of 0 never splits: the predictor and the autotuner read whole modules; only an LLM's context needs the split.
  const budget = options.tokenBudget === 0 ? Number.POSITIVE_INFINITY : (options.tokenBudget ?? DEFAULT_TOKEN_BUDGET);
  // Files compile independently; the units keep the files' sorted order whatever finishes first.
  const perFile = await mapWithConcurrency(files, options.jobs ?? 1, async (file): Promise<EvalUnit[]> => {
    const name = info.isDirectory() ? path.relative(root, file) : path.basename(file);
    try {
      const module = await loadModule(toolchain, file, { frontendFlags: [`-I${path.dirname(file)}`, ...includes] });
      if (approximateTokenCount(module.ir) <= budget) return [{ name, module }];
      const { parts, failures } = await splitByFunction(toolchain, module);
      return [
        ...parts.map((part): EvalUnit => {
          const fits = approximateTokenCount(part.module.ir) <= budget;
          return fits ? { name: `${name}:${part.functionName}`, module: part.module } : { name: `${name}:${part.functionName}`, module: undefined, skipped: "over the token budget after splitting" };
        }),
        ...failures.map((failure): EvalUnit => ({ name: `${name}:${failure.functionName}`, module: undefined, skipped: `llvm-extract: ${failure.reason}` })),
      ];
    } catch (error) {
      if (!isPasswiseError(error)) throw error;
      return [{ name, module: undefined, skipped: error.message }];
    }
  });
  return perFile.flat();
}

/** Units from one split of a dataset (e.g. the held-out test split). */
export async function unitsFromDataset(dir: string, split: string): Promise<EvalUnit[]> {
  const { modules } = await readDataset(dir);
  return modules.filter((m) => m.split === split).map((m) => ({ name: `${m.group}:${m.hash.slice(0, 12)}`, module: irModuleFromText(m.ir, m.hash.slice(0, 12)) }));
}
