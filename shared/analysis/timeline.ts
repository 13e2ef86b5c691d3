import type { MapState, Step } from '../model/types';
import type { Analysis } from './types';

/** One rung of the timeline ladder: a step on the main path, a step beside it, or everything off it. */
export interface TimelineSegment {
  /**
   * 'step': a step on the main path; 'side': a step off the path (a rework or other branch),
   * named, after the path; 'other': with parallel blocks, the unnamed remainder off the critical path.
   */
  kind: 'step' | 'side' | 'other';
  /** The step's id; null for the 'other' remainder. */
  stepId: string | null;
  /** The step's label; '' for the remainder (the UI names it). */
  label: string;
  /** v(s): expected visits per case; 0 for the remainder. */
  expectedVisits: number;
  /** v(s)·waitTime(s): expected queue time per case before the step, in working minutes. */
  waitTimeMinutes: number;
  /** v(s)·processTime(s): expected touch time per case, in working minutes. */
  processTimeMinutes: number;
}

export interface Timeline {
  /** Main-path steps in path order, then the side steps in document order (or, with parallel blocks, at most one 'other' segment). */
  segments: TimelineSegment[];
  /**
   * Totals: exactly the analysis metrics WT, PT and LT (domain.md section 3). With parallel
   * blocks (section 7) the ladder follows the critical path: process time is
   * criticalPathProcessTimeMinutes, wait time LT minus that, so the totals still add up to LT.
   */
  waitTimeMinutes: number;
  processTimeMinutes: number;
  leadTimeMinutes: number;
}

/**
 * Remainders smaller than this (in minutes) are float noise from summing the same
 * products in a different order, not steps off the path; they are not shown.
 */
const NOISE_MINUTES = 1e-6;

/**
 * The data of the classic value-stream timeline ladder (wait time on the upper rung,
 * process time on the lower rung), per case.
 *
 * The main path starts at the `start` step and at every step follows the outgoing
 * non-rework flow with the highest effective probability (`analysis.flowProbabilities`;
 * on a tie the first in document order) until it reaches an `end`, a step without such
 * a flow, or a step already on the path. Each path step contributes
 * v(s)·waitTime(s) and v(s)·processTime(s) with v(s) = expected visits
 * (`analysis.steps`), so rework revisits are included. Start, end and parallel steps
 * without any time are left out: they are events and gateways, not work.
 *
 * Every other step that cases visit and that has time (a rework step, another branch of a
 * decision) follows as a named 'side' segment with its own v(s)·waitTime(s) and
 * v(s)·processTime(s), in document order: WT and PT are sums over all steps, so the segments
 * add up to the metrics' WT and PT. The totals are the metrics' own numbers.
 *
 * With parallel blocks the path takes each split's critical branch and the totals are those of
 * the critical path (see `Timeline`): the branches that run beside it are not on the ladder, so
 * the remainder (totals − Σ path) is one unnamed 'other' segment instead of side steps.
 *
 * @returns null when the analysis has no metrics (a loop without exit).
 */
export function buildTimeline(state: MapState, analysis: Analysis): Timeline | null {
  const metrics = analysis.metrics;
  if (!metrics) return null;

  const visitsById = new Map(analysis.steps.map((figures) => [figures.id, figures.expectedVisits]));
  const hasBlocks = analysis.parallelBlocks.length > 0;
  const pathSteps = findMainPath(state, analysis.flowProbabilities, hasBlocks ? new Set(analysis.criticalPath?.flowIds ?? []) : undefined);
  // Along the critical path with parallel blocks: the other branches' time is not in LT.
  const totalWaitMinutes = hasBlocks ? metrics.leadTimeMinutes - metrics.criticalPathProcessTimeMinutes : metrics.waitTimeMinutes;
  const totalProcessMinutes = hasBlocks ? metrics.criticalPathProcessTimeMinutes : metrics.processTimeMinutes;

  const segments: TimelineSegment[] = [];
  let pathWaitMinutes = 0;
  let pathProcessMinutes = 0;
  for (const step of pathSteps) {
    const isEvent = step.type === 'start' || step.type === 'end' || step.type === 'parallel';
    if (isEvent && step.waitTime === 0 && step.processTime === 0) continue;
    const expectedVisits = visitsById.get(step.id) ?? 0;
    const segment: TimelineSegment = {
      kind: 'step',
      stepId: step.id,
      label: step.label,
      expectedVisits,
      waitTimeMinutes: expectedVisits * step.waitTime,
      processTimeMinutes: expectedVisits * step.processTime,
    };
    pathWaitMinutes += segment.waitTimeMinutes;
    pathProcessMinutes += segment.processTimeMinutes;
    segments.push(segment);
  }

  if (!hasBlocks) {
    segments.push(...sideSegments(state, pathSteps, visitsById));
    return { segments, waitTimeMinutes: totalWaitMinutes, processTimeMinutes: totalProcessMinutes, leadTimeMinutes: metrics.leadTimeMinutes };
  }

  // A stale analysis (the document just changed) could make the remainder negative; never draw that.
  const otherWaitMinutes = Math.max(0, totalWaitMinutes - pathWaitMinutes);
  const otherProcessMinutes = Math.max(0, totalProcessMinutes - pathProcessMinutes);
  if (otherWaitMinutes > NOISE_MINUTES || otherProcessMinutes > NOISE_MINUTES) {
    segments.push({
      kind: 'other',
      stepId: null,
      label: '',
      expectedVisits: 0,
      waitTimeMinutes: otherWaitMinutes > NOISE_MINUTES ? otherWaitMinutes : 0,
      processTimeMinutes: otherProcessMinutes > NOISE_MINUTES ? otherProcessMinutes : 0,
    });
  }

  return {
    segments,
    waitTimeMinutes: totalWaitMinutes,
    processTimeMinutes: totalProcessMinutes,
    leadTimeMinutes: metrics.leadTimeMinutes,
  };
}

/** The visited steps off the main path that carry time, in document order (see `buildTimeline`). */
function sideSegments(state: MapState, pathSteps: readonly Step[], visitsById: ReadonlyMap<string, number>): TimelineSegment[] {
  const onPath = new Set(pathSteps.map((step) => step.id));
  const segments: TimelineSegment[] = [];
  for (const step of state.steps) {
    if (onPath.has(step.id)) continue;
    const expectedVisits = visitsById.get(step.id) ?? 0;
    const waitTimeMinutes = expectedVisits * step.waitTime;
    const processTimeMinutes = expectedVisits * step.processTime;
    if (waitTimeMinutes <= NOISE_MINUTES && processTimeMinutes <= NOISE_MINUTES) continue;
    segments.push({ kind: 'side', stepId: step.id, label: step.label, expectedVisits, waitTimeMinutes, processTimeMinutes });
  }
  return segments;
}

/**
 * The steps of the main path, in order (see `buildTimeline`). O(steps + flows).
 * A flow without an effective probability (the analysis is older than the document)
 * counts as probability 0, so it only wins when nothing else is there. With
 * `criticalFlowIds` (a map with parallel blocks) a parallel split, whose flows are all taken,
 * is left through its critical branch.
 */
export function findMainPath(state: MapState, flowProbabilities: Readonly<Record<string, number>>, criticalFlowIds?: ReadonlySet<string>): Step[] {
  const stepsById = new Map<string, Step>();
  for (const step of state.steps) if (!stepsById.has(step.id)) stepsById.set(step.id, step);
  const bestFlowTarget = new Map<string, { to: string; probability: number }>();
  for (const flow of state.flows) {
    if (flow.rework || !stepsById.has(flow.to)) continue;
    if (criticalFlowIds && stepsById.get(flow.from)?.type === 'parallel' && !criticalFlowIds.has(flow.id)) continue;
    const probability = flowProbabilities[flow.id] ?? 0;
    const best = bestFlowTarget.get(flow.from);
    // Strictly greater keeps the first flow in document order on a tie.
    if (!best || probability > best.probability) bestFlowTarget.set(flow.from, { to: flow.to, probability });
  }

  const start = state.steps.find((step) => step.type === 'start');
  const path: Step[] = [];
  const onPath = new Set<string>();
  let current = start;
  while (current && !onPath.has(current.id)) {
    path.push(current);
    onPath.add(current.id);
    if (current.type === 'end') break;
    const next = bestFlowTarget.get(current.id);
    current = next ? stepsById.get(next.to) : undefined;
  }
  return path;
}
