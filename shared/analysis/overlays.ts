import type { MapSettings, MapState } from '../model/types';
import type { Analysis, Finding } from './types';

/**
 * Figures for the map overlays (heat map, handoff view), derived from the document and its
 * Analysis only, so the canvas and panels pick fields instead of computing metrics.
 */
export type HeatMode = 'wait' | 'effort' | 'findings';

export interface StepHeat {
  stepId: string;
  /** wait: minutes per case; effort: person-hours per year; findings: a count. */
  value: number;
  /** 0 (no heat) … HEAT_CLASS_COUNT (hottest); see heatClassOf. */
  heatClass: number;
}

export interface HeatMap {
  mode: HeatMode;
  steps: StepHeat[];
  /** The largest value over all steps (0 when every step is cold). */
  maxValue: number;
}

/** Number of colour classes above "none"; the legend shows one band per class. */
export const HEAT_CLASS_COUNT = 4;

function expectedVisitsById(analysis: Analysis): Map<string, number> {
  return new Map(analysis.steps.map((figures) => [figures.id, figures.expectedVisits]));
}

/** Number of findings per step id (a finding counts once for each step it names). */
export function findingCountByStep(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    for (const stepId of new Set(finding.stepIds)) counts.set(stepId, (counts.get(stepId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Colour class of a value on a scale from 0 to `maxValue`: 0 for no heat (value ≤ 0),
 * else ⌈value / maxValue · HEAT_CLASS_COUNT⌉, so the hottest step is always in the top class
 * and every step with some heat is at least in class 1.
 */
export function heatClassOf(value: number, maxValue: number): number {
  if (!(value > 0) || !(maxValue > 0)) return 0;
  return Math.min(HEAT_CLASS_COUNT, Math.max(1, Math.ceil((value / maxValue) * HEAT_CLASS_COUNT)));
}

/**
 * Heat per step of the shown state, with v(s) the expected visits per case:
 * - wait: v(s) · waitTime(s), minutes of waiting per case before the step;
 * - effort: casesPerYear · v(s) · processTime(s) / 60, person-hours per year;
 * - findings: the number of `findings` naming the step (pass the ones not set aside).
 * A step the analysis did not reach (no figures) has visits 0.
 */
export function computeHeatMap(
  state: Pick<MapState, 'steps'>,
  settings: Pick<MapSettings, 'casesPerYear'>,
  analysis: Analysis,
  mode: HeatMode,
  findings: readonly Finding[] = analysis.findings,
): HeatMap {
  const visits = expectedVisitsById(analysis);
  const counts = mode === 'findings' ? findingCountByStep(findings) : new Map<string, number>();
  const values = state.steps.map((step) => {
    const v = visits.get(step.id) ?? 0;
    if (mode === 'wait') return v * step.waitTime;
    if (mode === 'effort') return (settings.casesPerYear * v * step.processTime) / 60;
    return counts.get(step.id) ?? 0;
  });
  const maxValue = values.reduce((max, value) => Math.max(max, value), 0);
  return {
    mode,
    maxValue,
    steps: state.steps.map((step, index) => {
      const value = values[index] ?? 0;
      return { stepId: step.id, value, heatClass: heatClassOf(value, maxValue) };
    }),
  };
}

export interface HeatBand {
  heatClass: number;
  /** Values above `fromValue` up to and including `toValue` fall in this class. */
  fromValue: number;
  toValue: number;
}

/** The value range of each heat class for a legend: class k covers ((k-1)/N·max, k/N·max]. */
export function heatBands(maxValue: number): HeatBand[] {
  if (!(maxValue > 0)) return [];
  return Array.from({ length: HEAT_CLASS_COUNT }, (_, index) => ({
    heatClass: index + 1,
    fromValue: (index / HEAT_CLASS_COUNT) * maxValue,
    toValue: ((index + 1) / HEAT_CLASS_COUNT) * maxValue,
  }));
}

export interface LanePairHandoffs {
  fromLaneId: string;
  toLaneId: string;
  /** Σ v(from f)·p(f) over the pair's flows: how often a case is passed on this way. */
  handoffsPerCase: number;
  /** handoffsPerCase · casesPerYear. */
  handoffsPerYear: number;
  flowIds: string[];
}

/** Ids of the flows whose two steps are in different lanes (the handoffs). */
export function crossLaneFlowIds(state: Pick<MapState, 'steps' | 'flows'>): Set<string> {
  const laneOf = new Map(state.steps.map((step) => [step.id, step.laneId]));
  const ids = new Set<string>();
  for (const flow of state.flows) {
    const fromLane = laneOf.get(flow.from);
    const toLane = laneOf.get(flow.to);
    if (fromLane !== undefined && toLane !== undefined && fromLane !== toLane) ids.add(flow.id);
  }
  return ids;
}

/**
 * Handoffs per directed lane pair (A → B): Σ_f v(from f)·p(f) over the cross-lane flows from
 * lane A to lane B, with p the analysis' effective probabilities. The pairs sum to the
 * metric handoffsPerCase. Sorted by handoffs per case, most first; pairs whose flows are
 * never taken (p = 0 or unreachable) are left out.
 */
export function handoffsByLanePair(
  state: Pick<MapState, 'steps' | 'flows'>,
  settings: Pick<MapSettings, 'casesPerYear'>,
  analysis: Analysis,
): LanePairHandoffs[] {
  const visits = expectedVisitsById(analysis);
  const stepById = new Map(state.steps.map((step) => [step.id, step]));
  const pairs = new Map<string, LanePairHandoffs>();
  for (const flow of state.flows) {
    const from = stepById.get(flow.from);
    const to = stepById.get(flow.to);
    if (!from || !to || from.laneId === to.laneId) continue;
    const perCase = (visits.get(from.id) ?? 0) * (analysis.flowProbabilities[flow.id] ?? 0);
    if (!(perCase > 0)) continue;
    const key = `${from.laneId}\u0000${to.laneId}`;
    const pair = pairs.get(key) ?? { fromLaneId: from.laneId, toLaneId: to.laneId, handoffsPerCase: 0, handoffsPerYear: 0, flowIds: [] };
    pair.handoffsPerCase += perCase;
    pair.flowIds.push(flow.id);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((pair) => ({ ...pair, handoffsPerYear: pair.handoffsPerCase * settings.casesPerYear }))
    .sort((left, right) => right.handoffsPerCase - left.handoffsPerCase);
}

export interface HandoffSummary {
  pairs: LanePairHandoffs[];
  /** Σ over the pairs: the metric handoffsPerCase. */
  totalPerCase: number;
  totalPerYear: number;
}

/** The handoff view's table: handoffsByLanePair with its totals. */
export function summariseHandoffs(
  state: Pick<MapState, 'steps' | 'flows'>,
  settings: Pick<MapSettings, 'casesPerYear'>,
  analysis: Analysis,
): HandoffSummary {
  const pairs = handoffsByLanePair(state, settings, analysis);
  const totalPerCase = pairs.reduce((sum, pair) => sum + pair.handoffsPerCase, 0);
  return { pairs, totalPerCase, totalPerYear: totalPerCase * settings.casesPerYear };
}

export interface CountBand {
  heatClass: number;
  /** The whole counts in this class: firstCount … lastCount. */
  firstCount: number;
  lastCount: number;
}

/**
 * heatBands for whole counts (findings per step): the integers n with heatClassOf(n, max) = k,
 * per class k; classes that hold no whole number are left out.
 */
export function countHeatBands(maxCount: number): CountBand[] {
  return heatBands(maxCount).flatMap((band) => {
    const firstCount = Math.floor(band.fromValue) + 1;
    const lastCount = Math.floor(band.toValue);
    return firstCount <= lastCount ? [{ heatClass: band.heatClass, firstCount, lastCount }] : [];
  });
}
