import { euclidean, Predictor, type PredictorData, type TrainingModule } from "./predictor.js";

export interface HyperparameterGrid {
  k: readonly number[];
  priorWeight: readonly number[];
}

/** The grid's settings worth scoring: without neighbours only the prior ranks, so one prior weight is enough there. */
export function gridSettings(grid: HyperparameterGrid): { k: number; priorWeight: number }[] {
  const settings: { k: number; priorWeight: number }[] = [];
  const firstPositiveWeight = grid.priorWeight.find((w) => w > 0);
  for (const k of grid.k) {
    for (const priorWeight of grid.priorWeight) {
      if (k === 0 && priorWeight !== firstPositiveWeight) continue;
      settings.push({ k, priorWeight });
    }
  }
  return settings;
}

/**
 * What leave-one-group-out needs that depends neither on k nor on the prior's weight, computed
 * once per gains matrix: every module's training modules sorted nearest first, each prior with
 * one or two groups left out, and each group's best-of-several order. A grid search over k and
 * the prior's weight scores every setting from it (on 1,121 modules, one setting by ranking from
 * scratch took about as long as the whole grid does from the table).
 */
export class LeaveOneGroupOut {
  private readonly predictor: Predictor;
  private readonly groupIds: Int32Array;
  private readonly groupIdOf = new Map<string, number>();
  /** Per module, the other groups' modules nearest first (indices), and their distances. */
  private readonly nearest: { indices: Int32Array; distances: Float64Array }[];
  private readonly priors = new Map<string, number[]>();
  /** The gains matrix, modules × library, unknown cells NaN (typed, for the hot loop of topsForSettings). */
  private readonly gainMatrix: Float64Array;
  private bestOf: Map<string, string[]> | undefined;

  constructor(readonly data: PredictorData) {
    this.predictor = new Predictor(data);
    for (const module of data.modules) if (!this.groupIdOf.has(module.group)) this.groupIdOf.set(module.group, this.groupIdOf.size);
    this.groupIds = Int32Array.from(data.modules, (m) => this.groupIdOf.get(m.group) ?? -1);
    const size = data.library.length;
    this.gainMatrix = new Float64Array(data.modules.length * size).fill(Number.NaN);
    data.modules.forEach((m, i) => m.gains.forEach((gain, p) => gain !== null && gain !== undefined && p < size && (this.gainMatrix[i * size + p] = gain)));
    // Ties in distance go to the smaller hash, as in Predictor.nearest; ranking the hashes once
    // keeps string comparisons out of the n sorts.
    const hashRank = new Int32Array(data.modules.length);
    data.modules
      .map((_, i) => i)
      .sort((a, b) => (data.modules[a] as TrainingModule).hash.localeCompare((data.modules[b] as TrainingModule).hash))
      .forEach((i, rank) => (hashRank[i] = rank));
    this.nearest = data.modules.map((module, i) => {
      const distance = Float64Array.from(data.modules, (other) => euclidean(module.features, other.features));
      const others: number[] = [];
      for (let j = 0; j < data.modules.length; j++) if (this.groupIds[j] !== this.groupIds[i]) others.push(j);
      others.sort((a, b) => (distance[a] as number) - (distance[b] as number) || (hashRank[a] as number) - (hashRank[b] as number));
      return { indices: Int32Array.from(others), distances: Float64Array.from(others, (j) => distance[j] as number) };
    });
  }

  /**
   * The library index of the K = 0 pick for module `index` with its own group (and `outer`, when
   * given) left out of the neighbours and the prior: the same pipeline `Predictor.rankFeatures`
   * ranks first with those modules excluded.
   */
  top(index: number, setting: { k: number; priorWeight: number }, outer?: string): number {
    const module = this.data.modules[index] as TrainingModule;
    const outerId = outer === undefined ? -1 : (this.groupIdOf.get(outer) ?? -1);
    const { indices, distances } = this.nearest[index] as { indices: Int32Array; distances: Float64Array };
    // Only the first k neighbours outside the left-out groups count: stop there, not at the end of the list.
    const neighbours: { module: TrainingModule; distance: number }[] = [];
    for (let n = 0; n < indices.length && neighbours.length < setting.k; n++) {
      const j = indices[n] as number;
      if (this.groupIds[j] !== outerId) neighbours.push({ module: this.data.modules[j] as TrainingModule, distance: distances[n] as number });
    }
    return this.predictor.topByNeighbours(neighbours, this.priorWithout(outer ?? module.group, module.group), setting);
  }

  /**
   * `top(index, setting, outer)` for every setting at once: one walk along the neighbours per
   * prior weight, reading off the top pipeline as it passes each k. The sums run in the same
   * order as scoring each setting alone (Predictor.scoresByNeighbours), so the picks are identical.
   */
  topsForSettings(index: number, settings: readonly { k: number; priorWeight: number }[], outer?: string): Int32Array {
    const module = this.data.modules[index] as TrainingModule;
    const outerId = outer === undefined ? -1 : (this.groupIdOf.get(outer) ?? -1);
    const { indices, distances } = this.nearest[index] as { indices: Int32Array; distances: Float64Array };
    const prior = this.priorWithout(outer ?? module.group, module.group);
    const size = this.data.library.length;
    const tops = new Int32Array(settings.length);
    const scores = new Float64Array(size);
    for (const priorWeight of new Set(settings.map((s) => s.priorWeight))) {
      const wanted = settings.map((s, i) => ({ k: s.k, i })).filter(({ i }) => (settings[i] as { priorWeight: number }).priorWeight === priorWeight);
      const weighted = new Float64Array(size);
      const weights = new Float64Array(size).fill(priorWeight);
      for (let p = 0; p < size; p++) weighted[p] = priorWeight * (prior[p] ?? 0);
      const readOff = (used: number, exhausted: boolean) => {
        for (const { k, i } of wanted) {
          if (k !== used && !(exhausted && k > used)) continue;
          for (let p = 0; p < size; p++) scores[p] = weights[p] === 0 ? 0 : (weighted[p] as number) / (weights[p] as number);
          tops[i] = this.predictor.topOfScores(scores);
        }
      };
      const kMax = Math.max(...wanted.map((w) => w.k));
      let used = 0;
      readOff(0, false);
      for (let n = 0; n < indices.length && used < kMax; n++) {
        const j = indices[n] as number;
        if (this.groupIds[j] === outerId) continue;
        const row = j * size;
        const weight = 1 / ((distances[n] as number) + 0.05);
        for (let p = 0; p < size; p++) {
          const gain = this.gainMatrix[row + p] as number;
          if (Number.isNaN(gain)) continue;
          weighted[p] = (weighted[p] as number) + weight * gain;
          weights[p] = (weights[p] as number) + weight;
        }
        used++;
        readOff(used, false);
      }
      // Fewer neighbours than some k: those settings read all there are.
      if (used < kMax) readOff(used, true);
    }
    return tops;
  }

  /** The library in best-of-several order (greedy coverage) learned without this group's modules. */
  bestOfSeveral(group: string): readonly string[] {
    if (this.bestOf === undefined) {
      this.bestOf = new Map();
      for (const g of new Set(this.data.modules.map((m) => m.group))) {
        this.bestOf.set(g, this.predictor.rankForVerification({ exclude: (other) => other.group === g }).map((r) => r.pipeline));
      }
    }
    return this.bestOf.get(group) ?? [];
  }

  private priorWithout(a: string, b: string): number[] {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let prior = this.priors.get(key);
    if (prior === undefined) this.priors.set(key, (prior = this.predictor.priorOver(this.data.modules.filter((m) => m.group !== a && m.group !== b))));
    return prior;
  }
}

/**
 * Nested leave-one-group-out estimate of K = 0 (geomean reduction vs -Oz in %): for each group,
 * k and the prior weight are chosen by leave-one-group-out over the other groups alone (this
 * group out of every training set), and that setting's top pipeline on this group's modules is
 * what counts. Plain leave-one-group-out scores the grid's best setting on the modules that chose
 * it, which flatters a lucky setting; this does not.
 */
export function nestedK0(data: PredictorData, grid: HyperparameterGrid, table = new LeaveOneGroupOut(data)): number {
  const modules = data.modules;
  if (modules.length === 0) return 0;
  const settings = gridSettings(grid);
  const groups = [...new Set(modules.map((m) => m.group))];
  const realizedTop = (index: number, outer: string, setting: { k: number; priorWeight: number }) =>
    (modules[index] as TrainingModule).gains[table.top(index, setting, outer)] ?? 0;
  let total = 0;
  for (const outer of groups) {
    // Each setting's score sums its modules in module order, as scoring one setting at a time would.
    const scores = new Float64Array(settings.length);
    modules.forEach((m, i) => {
      if (m.group === outer) return;
      const tops = table.topsForSettings(i, settings, outer);
      for (let s = 0; s < settings.length; s++) scores[s] = (scores[s] as number) + (m.gains[tops[s] as number] ?? 0);
    });
    let chosen = settings[0];
    let chosenScore = Number.NEGATIVE_INFINITY;
    settings.forEach((setting, s) => {
      if ((scores[s] as number) > chosenScore + 1e-9) {
        chosen = setting;
        chosenScore = scores[s] as number;
      }
    });
    if (chosen === undefined) return 0;
    const setting = chosen;
    modules.forEach((m, i) => {
      if (m.group === outer) total += realizedTop(i, outer, setting);
    });
  }
  return (Math.exp(total / modules.length) - 1) * 100;
}
