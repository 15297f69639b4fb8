/** Small hand-written IR modules that make LLVM's tools fail in known ways. */

/** llc cannot select this intrinsic without the rdpid feature: a real code-generator crash. */
export const CODEGEN_CRASH_IR = `target triple = "x86_64-unknown-linux-gnu"
declare i32 @llvm.x86.rdpid()
define i32 @f() {
  %r = call i32 @llvm.x86.rdpid()
  ret i32 %r
}
`;

export const INVALID_IR = `define i32 @f() {
  %r = add i32 %undefined_value, 1
  ret i32 %r
}
`;

/** A pipeline with LLVM's own deliberate-crash pass: opt segfaults/aborts for real. */
export const CRASHING_PIPELINE = "function(trigger-crash-function)";
