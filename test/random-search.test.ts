import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCatalog } from "../src/passes/catalog.js";
import { lightListSampler, LIGHT_INLINER, LIGHT_LAST_PASS, randomPassList, mutate, PAPER_MAX_LENGTH } from "../src/search/pass-lists.js";
import { Rng } from "../src/search/rng.js";
import { adaptedLightShare } from "../src/search/strategies.js";

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

const catalog = parseCatalog(Array.from({ length: 40 }, (_, i) => `function(pass-${i})`).join("\n"));

test("random search draws list lengths uniformly from 1..50 and passes uniformly from the catalog", () => {
  const rng = new Rng(2024);
  const lengths = new Array<number>(PAPER_MAX_LENGTH).fill(0);
  const passCounts = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) {
    const list = randomPassList(rng, catalog);
    assert.ok(list.length >= 1 && list.length <= 50);
    lengths[list.length - 1] = (lengths[list.length - 1] ?? 0) + 1;
    for (const pass of list) passCounts.set(pass, (passCounts.get(pass) ?? 0) + 1);
  }
  // 49 degrees of freedom: the 99.9% critical value is 85.4; 39 dof: 72.1.
  assert.ok(chiSquare(lengths) < 85.4, `lengths chi2 ${chiSquare(lengths).toFixed(1)}`);
  assert.equal(passCounts.size, 40);
  const counts = [...passCounts.values()];
  assert.ok(chiSquare(counts) < 72.1, `passes chi2 ${chiSquare(counts).toFixed(1)}`);
  const meanLength = lengths.reduce((sum, n, i) => sum + n * (i + 1), 0) / 20_000;
  assert.ok(Math.abs(meanLength - 25.5) < 0.5, `mean length ${meanLength}`);
});

test("the same seed gives the same lists; mutations keep lists non-empty and bounded", () => {
  const a = new Rng(7);
  const b = new Rng(7);
  for (let i = 0; i < 50; i++) assert.deepEqual(randomPassList(a, catalog), randomPassList(b, catalog));
  const rng = new Rng(9);
  let list: readonly string[] = ["function(pass-1)"];
  for (let i = 0; i < 5000; i++) {
    list = mutate(rng, list, catalog);
    assert.ok(list.length >= 1 && list.length <= PAPER_MAX_LENGTH);
  }
});

test("Rng.int is uniform and within bounds", () => {
  const rng = new Rng(1);
  const counts = new Array<number>(7).fill(0);
  for (let i = 0; i < 70_000; i++) {
    const k = rng.int(0, 6);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  assert.ok(chiSquare(counts) < 22.5); // 6 dof, 99.9%
});

test("mutations draw their new passes from the source they are given: the catalog, or a learned sampler", () => {
  const rng = new Rng(11);
  const start = ["function(pass-1)", "function(pass-2)"];
  const fromSampler = new Set<string>();
  const fromCatalog = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    for (const pass of mutate(rng, start, () => "function(pass-7)")) fromSampler.add(pass);
    for (const pass of mutate(rng, start, catalog)) fromCatalog.add(pass);
  }
  assert.deepEqual([...fromSampler].sort(), ["function(pass-1)", "function(pass-2)", "function(pass-7)"]);
  assert.equal(fromCatalog.size, 40);
});

test("light lists: 1–4 passes without a default pipeline, an inliner in about half, mem2reg last; paper-style lists without the two fixed passes", () => {
  const withFixed = parseCatalog(
    [...Array.from({ length: 20 }, (_, i) => `function(pass-${i})`), "default<Oz>", "default<O2>", LIGHT_INLINER, LIGHT_LAST_PASS].join("\n"),
  );
  const lightList = lightListSampler(withFixed);
  const rng = new Rng(5);
  const bodyLengths = [0, 0, 0, 0];
  let withInliner = 0;
  for (let i = 0; i < 4000; i++) {
    const list = lightList(rng);
    assert.equal(list.at(-1), LIGHT_LAST_PASS);
    assert.ok(!list.some((pass) => pass.startsWith("default<")), list.join(","));
    const body = list.slice(0, -1);
    // 1–4 drawn passes plus, in half of the lists, the inliner.
    assert.ok(body.length >= 1 && body.length <= 5, list.join(","));
    if (body.includes(LIGHT_INLINER)) withInliner++;
    else bodyLengths[body.length - 1] = (bodyLengths[body.length - 1] ?? 0) + 1;
  }
  // Half planted, plus the few whose uniform draws picked it (1 in 22 per draw).
  assert.ok(withInliner > 2000 && withInliner < 2400, `${withInliner} of 4000 lists hold the inliner`);
  // Lists without the inliner: body length uniform in 1..4 (3 dof, 99.9% critical value 16.3).
  assert.ok(chiSquare(bodyLengths) < 16.3, `body lengths ${bodyLengths.join(" ")}`);
  // A catalog without mem2reg: the paper's list, which may be long.
  const paperStyle = lightListSampler(catalog);
  const lengths = Array.from({ length: 200 }, () => paperStyle(rng).length);
  assert.ok(Math.max(...lengths) > 10);
});

test("an adapted light share follows each kind's rate of lists smaller than -Oz and never drops either kind", () => {
  const none = { tries: 0, hits: 0 };
  assert.equal(adaptedLightShare(none, none), 0.5);
  // hashtable.c-like: no light list beats -Oz, a quarter of the paper-style ones do.
  const lightFails = adaptedLightShare({ tries: 16, hits: 0 }, { tries: 16, hits: 4 });
  assert.ok(lightFails > 0.1 && lightFails < 0.2, String(lightFails));
  // graph.c-like: most light lists beat -Oz, few paper-style ones.
  const lightWins = adaptedLightShare({ tries: 16, hits: 12 }, { tries: 16, hits: 1 });
  assert.ok(lightWins > 0.8 && lightWins < 0.9, String(lightWins));
  assert.equal(adaptedLightShare({ tries: 1000, hits: 0 }, { tries: 1000, hits: 1000 }), 0.1);
  assert.equal(adaptedLightShare({ tries: 1000, hits: 1000 }, { tries: 1000, hits: 0 }), 0.9);
});
