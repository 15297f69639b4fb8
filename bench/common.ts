import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function exampleFiles(dir = path.join(repoRoot, "examples")): string[] {
  return readdirSync(dir)
    .filter((file) => /\.(c|cc|cpp|cxx|ll|bc)$/.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}

export function flag(name: string): boolean {
  return process.argv.includes(name);
}

export function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

export function geomean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

/** Ends a benchmark on bad input: the message and the usage, no stack trace, exit code 2. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/**
 * A benchmark run can take hours, so a mistyped argument must not start one: --help prints the
 * usage, and any argument that is not a known flag, a known option or an option's value stops
 * the script with the usage.
 */
export function checkArguments(usage: string, known: { flags: readonly string[]; options: readonly string[] }): void {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (known.options.includes(arg) && i + 1 < args.length) i++;
    else if (!known.flags.includes(arg)) usageError(`unknown or incomplete argument ${arg}`, usage);
  }
}
