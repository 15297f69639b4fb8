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
 * Nested leave-one-group-out estimate of K = 0 (geomean reduction vs -Oz in %): for each group,
 * k and the prior weight are chosen by leave-one-group-out over the other groups alone (this
 * group out of every training set), and that setting's top pipeline on this group's modules is
 * what counts. Plain leave-one-group-out scores the grid's best setting on the modules that chose
 * it, which flatters a lucky setting; this does not.
 */
export function nestedK0(data: PredictorData, grid: HyperparameterGrid): number {
  const modules = data.modules;
  if (modules.length === 0) return 0;
  const predictor = new Predictor(data);
  const settings = gridSettings(grid);
  const groups = [...new Set(modules.map((m) => m.group))];
  // Distances do not change with the exclusions: sort every module's neighbours once.
  const sortedNeighbours = modules.map((module) =>
    modules
      .map((other) => ({ module: other, distance: euclidean(module.features, other.features) }))
      .sort((a, b) => a.distance - b.distance || a.module.hash.localeCompare(b.module.hash)),
  );
  // Every exclusion is the scored module's own group plus the outer one (the same group when scoring the outer group itself).
  const priors = new Map<string, number[]>();
  const priorWithout = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let prior = priors.get(key);
    if (prior === undefined) priors.set(key, (prior = predictor.priorOver(modules.filter((m) => m.group !== a && m.group !== b))));
    return prior;
  };
  const realizedTop = (index: number, outer: string, setting: { k: number; priorWeight: number }) => {
    const module = modules[index] as TrainingModule;
    // Only the first k neighbours outside the left-out groups count: stop there, not at the end of the list.
    const neighbours: { module: TrainingModule; distance: number }[] = [];
    for (const neighbour of sortedNeighbours[index] ?? []) {
      if (neighbours.length >= setting.k) break;
      if (neighbour.module.group !== outer && neighbour.module.group !== module.group) neighbours.push(neighbour);
    }
    return module.gains[predictor.topByNeighbours(neighbours, priorWithout(outer, module.group), setting)] ?? 0;
  };
  let total = 0;
  for (const outer of groups) {
    let chosen = settings[0];
    let chosenScore = Number.NEGATIVE_INFINITY;
    for (const setting of settings) {
      let score = 0;
      modules.forEach((m, i) => {
        if (m.group !== outer) score += realizedTop(i, outer, setting);
      });
      if (score > chosenScore + 1e-9) {
        chosen = setting;
        chosenScore = score;
      }
    }
    if (chosen === undefined) return 0;
    const setting = chosen;
    modules.forEach((m, i) => {
      if (m.group === outer) total += realizedTop(i, outer, setting);
    });
  }
  return (Math.exp(total / modules.length) - 1) * 100;
}
