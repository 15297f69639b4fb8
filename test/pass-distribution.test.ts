import assert from "node:assert/strict";
import { test } from "node:test";
import { describeEntry } from "../src/passes/catalog.js";
import { PassDistribution } from "../src/search/pass-distribution.js";
import { Rng } from "../src/search/rng.js";

const catalog = ["function(instcombine)", "function(gvn)", "cgscc(inline)", "globaldce", "function(sroa)"].map(describeEntry);

test("the pass distribution starts uniform and moves towards the passes of the elite lists", () => {
  const distribution = new PassDistribution(catalog);
  const before = distribution.ranking();
  assert.ok(before.every((entry) => Math.abs(entry.weight - 1 / catalog.length) < 1e-12));

  distribution.fit([["cgscc(inline)", "globaldce"], ["cgscc(inline)", "function(gvn)"], ["cgscc(inline)"]], 0.3);
  const after = distribution.ranking();
  assert.equal(after[0]?.pass, "cgscc(inline)");
  assert.ok(after.every((entry) => entry.weight >= 0.3 / catalog.length - 1e-12), "the uniform share keeps every pass reachable");
  assert.ok(Math.abs(after.reduce((sum, entry) => sum + entry.weight, 0) - 1) < 1e-9);

  const rng = new Rng(7);
  const drawn = Array.from({ length: 200 }, () => distribution.sample(rng, 5)).flat();
  const share = drawn.filter((pass) => pass === "cgscc(inline)").length / drawn.length;
  assert.ok(share > 0.35, `inline drawn ${(share * 100).toFixed(0)}% of the time`);
  assert.ok(drawn.includes("function(sroa)"), "a pass no elite list holds is still drawn");
});
