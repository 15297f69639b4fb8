import assert from "node:assert/strict";
import { test } from "node:test";
import { summarizeIr } from "../src/llvm/ir-reader.js";

test("instructions are counted per function; switch cases, labels, comments and debug records are not", () => {
  const ir = `target triple = "x86_64-unknown-linux-gnu"

define i32 @f(i32 %x) {
entry:
  ; a comment
  switch i32 %x, label %d [
    i32 0, label %a
    i32 1, label %b
  ], !llvm.loop !0

a:                                                ; preds = %entry
    #dbg_value(i32 %x, !1, !DIExpression(), !2)
  ret i32 1

b:
  ret i32 2

d:
  %y = add i32 %x, 1
  ret i32 %y
  uselistorder i32 %x, { 1, 0 }
}

declare void @g()

define void @"quoted name"() personality ptr null {
  invoke void @g()
          to label %ok unwind label %bad

ok:
  ret void

bad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}
`;
  const summary = summarizeIr(ir);
  assert.equal(summary.instructionCount, 9);
  assert.deepEqual(summary.definedFunctions, [
    { name: "f", instructionCount: 5 },
    { name: "quoted name", instructionCount: 4 },
  ]);
  assert.equal(summary.targetTriple, "x86_64-unknown-linux-gnu");
});
