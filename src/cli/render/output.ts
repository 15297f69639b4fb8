import { isPasswiseError, type PasswiseErrorCode } from "../../errors.js";

/** Exit codes: 1 = the requested work failed (e.g. a pipeline crashed opt), 2 = bad usage or input, 3 = environment. */
export const EXIT = { failed: 1, usage: 2, environment: 3 } as const;

const EXIT_BY_CODE: Record<PasswiseErrorCode, number> = {
  "toolchain-missing": EXIT.environment,
  "bad-input": EXIT.usage,
  "unreadable-input": EXIT.usage,
  "frontend-failed": EXIT.failed,
  "invalid-pipeline": EXIT.usage,
  "bad-option": EXIT.usage,
  "store-error": EXIT.environment,
  "model-error": EXIT.failed,
  internal: EXIT.failed,
};

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/** One clear line on stderr (a JSON object on stdout with --json); stack traces only with --debug. */
export function reportError(error: unknown, options: { json: boolean; debug: boolean }): number {
  const code = isPasswiseError(error) ? error.code : "internal";
  const message = error instanceof Error ? error.message : String(error);
  if (options.json) printJson({ ok: false, error: { code, message } });
  process.stderr.write(`passwise: error: ${message}\n`);
  if (options.debug && error instanceof Error && error.stack) process.stderr.write(error.stack + "\n");
  return isPasswiseError(error) ? EXIT_BY_CODE[error.code] : EXIT.failed;
}

/** Right-aligned text table for terminal output. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 || header[i] === "pipeline" ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export function percent(value: number, digits = 2): string {
  return `${value >= 0 ? "" : "-"}${Math.abs(value).toFixed(digits)}%`;
}
