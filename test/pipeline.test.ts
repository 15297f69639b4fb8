import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalPipeline, pipelineSyntaxProblem, replayCommand, splitPipeline } from "../src/passes/pipeline.js";

test("pipelines are canonicalized by whitespace only and split at top-level commas", () => {
  assert.equal(canonicalPipeline(" function( sroa ,instcombine ),\n globaldce "), "function(sroa,instcombine),globaldce");
  assert.deepEqual(splitPipeline("constmerge,function(sroa,loop(licm)),default<Oz>,cgscc(inline)"), [
    "constmerge",
    "function(sroa,loop(licm))",
    "default<Oz>",
    "cgscc(inline)",
  ]);
  assert.deepEqual(splitPipeline(""), []);
});

test("malformed pipeline text is recognized", () => {
  assert.equal(pipelineSyntaxProblem("function(sroa),globaldce"), undefined);
  assert.match(pipelineSyntaxProblem("function(sroa") ?? "", /unclosed/);
  assert.match(pipelineSyntaxProblem("sroa),x") ?? "", /unmatched/);
  assert.match(pipelineSyntaxProblem("a,,b") ?? "", /empty element/);
  assert.match(pipelineSyntaxProblem("a; rm -rf /") ?? "", /characters/);
});

test("replay commands omit -passes for the empty pipeline", () => {
  assert.equal(replayCommand(""), "opt input.ll -o out.bc && llc -filetype=obj out.bc -o out.o && llvm-size out.o");
  assert.match(replayCommand("default<Oz>"), /opt -passes='default<Oz>' input.ll/);
});
