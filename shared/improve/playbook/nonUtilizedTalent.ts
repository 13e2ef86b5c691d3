import type { Step } from '../../model/types';
import { digitalSystemOf, hoursPerYearOf, isActivity, mergeEffects, proposeFixedPlace, proposeStopTransport, singleStepOf, workMinutesOf, workParams } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';

/**
 * The cheapest lane that could take the step's work over: a paid team (its own hourly cost
 * above 0), not an outside party's lane, and cheaper than the step's own lane. Ties go to the
 * first lane of the map.
 */
function cheaperLaneFor(context: PlaybookContext, step: Step): { laneId: string; hourlyCost: number } | undefined {
  const ownCost = context.hourlyCost(step.laneId);
  return context.map.lanes
    .filter((lane) => lane.id !== step.laneId && lane.id !== context.outsideLaneId && context.isPaidTeam(lane.id))
    .map((lane) => ({ laneId: lane.id, hourlyCost: context.hourlyCost(lane.id) }))
    .filter((lane) => lane.hourlyCost > 0 && lane.hourlyCost < ownCost)
    .reduce<{ laneId: string; hourlyCost: number } | undefined>((best, lane) => (!best || lane.hourlyCost < best.hourlyCost ? lane : best), undefined);
}

function proposeDelegate(context: PlaybookContext, step: Step | undefined): Proposal[] {
  if (!isActivity(step)) return [];
  const lane = cheaperLaneFor(context, step);
  if (!lane) return [];
  const fromCost = context.hourlyCost(step.laneId);
  const savingPerYear = hoursPerYearOf(context, workMinutesOf(context, step)) * (fromCost - lane.hourlyCost);
  return [
    {
      textKey: 'nonUtilizedTalent.delegate',
      params: {
        ...workParams(context, step),
        fromLane: context.laneName(step.laneId),
        toLane: context.laneName(lane.laneId),
        fromCost: context.money(fromCost),
        toCost: context.money(lane.hourlyCost),
        saving: context.money(savingPerYear),
      },
      effects: [{ type: 'move-to-lane', stepId: step.id, laneId: lane.laneId }],
    },
  ];
}

function proposeCombineWithNeighbour(context: PlaybookContext, step: Step | undefined): Proposal[] {
  if (!isActivity(step)) return [];
  const neighbour = context.mainPredecessor(step.id);
  if (!isActivity(neighbour) || neighbour.laneId === step.laneId || neighbour.laneId === context.outsideLaneId || !context.isPaidTeam(neighbour.laneId)) {
    return [];
  }
  const fromCost = context.hourlyCost(step.laneId);
  const toCost = context.hourlyCost(neighbour.laneId);
  if (!(toCost > 0 && toCost < fromCost)) return [];
  return [
    {
      textKey: 'nonUtilizedTalent.combineWithNeighbour',
      params: {
        step: context.quote(step.id),
        neighbour: context.quote(neighbour.id),
        toLane: context.laneName(neighbour.laneId),
        fromCost: context.money(fromCost),
        toCost: context.money(toCost),
      },
      effects: mergeEffects(context, neighbour, [step]),
    },
  ];
}

/** Routine work that can go altogether: typing in (self-service), carrying (digital), searching (a fixed place). */
function proposeRemoveRoutine(context: PlaybookContext, step: Step | undefined): Proposal[] {
  if (!isActivity(step)) return [];
  if (step.activity === 'transport') return proposeStopTransport(context, step);
  if (step.activity === 'search') return proposeFixedPlace(context, step);
  const system = digitalSystemOf(step);
  if (step.activity !== 'data-entry' || system === '') return [];
  return [
    {
      textKey: 'nonUtilizedTalent.selfService',
      params: { ...workParams(context, step), fromLane: context.laneName(step.laneId), system, bestCase: context.text('common.bestCase') },
      effects: [{ type: 'remove-step', stepId: step.id }],
    },
  ];
}

/** Non-utilized talent (routine work in an expensive lane): delegate it, hand it to a neighbour, or let it go. */
export const nonUtilizedTalentCountermeasures: readonly Countermeasure[] = [
  { id: 'remove-routine', ecrs: 'eliminate', effort: 'medium', propose: (finding, context) => proposeRemoveRoutine(context, singleStepOf(finding, context)) },
  {
    id: 'combine-with-neighbour',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => proposeCombineWithNeighbour(context, singleStepOf(finding, context)),
  },
  { id: 'delegate', ecrs: 'rearrange', effort: 'low', propose: (finding, context) => proposeDelegate(context, singleStepOf(finding, context)) },
];
