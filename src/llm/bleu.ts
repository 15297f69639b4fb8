/**
 * BLEU-4 (Papineni et al.) of one candidate against one reference: geometric mean of clipped
 * n-gram precisions for n = 1…4 times the brevity penalty. A precision of zero is replaced by
 * a small epsilon (Chen & Cherry's smoothing method 1) so short code still gets a score.
 */
export function bleu(candidate: readonly string[], reference: readonly string[], maxN = 4): number {
  if (candidate.length === 0 || reference.length === 0) return candidate.length === reference.length ? 1 : 0;
  let logSum = 0;
  for (let n = 1; n <= maxN; n++) {
    const ref = ngramCounts(reference, n);
    const cand = ngramCounts(candidate, n);
    let matched = 0;
    let total = 0;
    for (const [gram, count] of cand) {
      total += count;
      matched += Math.min(count, ref.get(gram) ?? 0);
    }
    const precision = total === 0 ? 0 : matched / total;
    logSum += Math.log(precision > 0 ? precision : 0.1 / Math.max(total, 1));
  }
  const brevity = candidate.length >= reference.length ? 1 : Math.exp(1 - reference.length / candidate.length);
  return brevity * Math.exp(logSum / maxN);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join("\u0000");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}
