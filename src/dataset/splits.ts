import { createHash } from "node:crypto";

export type Split = "train" | "validation" | "test";

/**
 * Assigns whole groups (a package or a top-level directory) to train/validation/test, so no
 * program's functions are spread across sets. Groups are ordered by the hash of their name
 * (stable, independent of insertion order) and filled to about 80/10/10 by module count; with
 * three or more groups every split gets at least one.
 */
export function assignSplits(groupSizes: ReadonlyMap<string, number>, shares = { train: 0.8, validation: 0.1 }): Map<string, Split> {
  const groups = [...groupSizes.keys()].sort((a, b) => hashOf(a).localeCompare(hashOf(b)));
  const total = [...groupSizes.values()].reduce((a, b) => a + b, 0);
  const splits = new Map<string, Split>();
  let cumulative = 0;
  for (const group of groups) {
    const share = cumulative / Math.max(total, 1);
    splits.set(group, share < shares.train ? "train" : share < shares.train + shares.validation ? "validation" : "test");
    cumulative += groupSizes.get(group) ?? 0;
  }
  if (groups.length >= 3) {
    // Small corpora: take the last groups for the held-out sets if the shares left them empty.
    const used = new Set(splits.values());
    const reversed = [...groups].reverse();
    if (!used.has("test")) splits.set(reversed[0] as string, "test");
    if (!new Set(splits.values()).has("validation")) splits.set(reversed.find((g) => splits.get(g) === "train" && g !== reversed[0]) ?? (reversed[1] as string), "validation");
  }
  return splits;
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
