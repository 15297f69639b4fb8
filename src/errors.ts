/** Codes of the errors passwise throws for broken environments and bad requests. */
export type PasswiseErrorCode =
  | "toolchain-missing"
  | "bad-input"
  | "unreadable-input"
  | "frontend-failed"
  | "invalid-pipeline"
  | "bad-option"
  | "store-error"
  | "model-error"
  | "internal";

/**
 * The one error type passwise throws. Expected failures of an evaluation (a pass that crashes
 * opt, a timeout) are *values*, not exceptions; this is for what stops a command outright.
 */
export class PasswiseError extends Error {
  readonly code: PasswiseErrorCode;
  /** The underlying tool's own diagnostic, when there is one. */
  readonly diagnostic: string | undefined;

  constructor(code: PasswiseErrorCode, message: string, options: { cause?: unknown; diagnostic?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PasswiseError";
    this.code = code;
    this.diagnostic = options.diagnostic;
  }
}

export function isPasswiseError(error: unknown): error is PasswiseError {
  return error instanceof PasswiseError;
}
