import type { Finding } from '../../analysis/types';
import type { Effect, Flow, Step } from '../../model/types';
import type { FlowMedium } from '../../model/vocabulary';
import type { PlaybookContext, Proposal, TextParams } from './types';

/**
 * Building blocks several categories share: which steps a finding is about, and proposals
 * (with texts and effects) that fit more than one kind of waste.
 */

/** Example amount for an approval limit, in the map's currency (an example, not a rule). */
export const EXAMPLE_APPROVAL_LIMIT = 500;
/** "Make it leaner": assumed share of the process time that remains. */
export const LEANER_SHARE = 0.5;
/** Fraction of a working day within which digitally announced work is assumed to be picked up. */
export const NOTIFIED_PICKUP_DAYS = 0.5;

/** Activities only: start, end and decision steps are not work one can stop, move or merge. */
export function isActivity(step: Step | undefined): step is Step {
  return step?.type === 'activity';
}

/** The one step a step-based finding is about (long wait, batch, low %C&A, user tag…). */
export function singleStepOf(finding: Finding, context: PlaybookContext): Step | undefined {
  return finding.stepIds.length === 1 ? context.step(finding.stepIds[0] ?? '') : undefined;
}

/** The flows of a flow-based finding that exist in the map. */
export function flowsOf(finding: Finding, context: PlaybookContext): Flow[] {
  return finding.flowIds.map((flowId) => context.flow(flowId)).filter((flow): flow is Flow => flow !== undefined);
}

/** Work per case of a step: v·processTime minutes. */
export function workMinutesOf(context: PlaybookContext, step: Step): number {
  return context.visits(step.id) * step.processTime;
}

/** casesPerYear · minutes / 60. */
export function hoursPerYearOf(context: PlaybookContext, minutesPerCase: number): number {
  return (context.map.settings.casesPerYear * minutesPerCase) / 60;
}

/** Rounded to whole minutes when over 5, else to a tenth: estimates should not look exact. */
export function roundMinutes(minutes: number): number {
  return minutes >= 5 ? Math.round(minutes) : Math.round(minutes * 10) / 10;
}

/** step, minutes (per case) and hours (per year) of a step's work. */
export function workParams(context: PlaybookContext, step: Step): TextParams {
  const minutes = workMinutesOf(context, step);
  return { step: context.quote(step.id), minutes: context.duration(minutes), hours: context.hours(hoursPerYearOf(context, minutes)) };
}

/** A name for a step's system, or '' for none or paper ("Papier", "paper", "print"). */
export function digitalSystemOf(step: Step | undefined): string {
  const system = step?.system.trim() ?? '';
  return /^(papier|paper|print|post|ordner)/i.test(system) ? '' : system;
}

/**
 * How paper work goes digital: through the system when both steps use the same one (the work
 * stays in it, "via AFAS"), else by e-mail; within one lane the same person carries on on
 * screen ('system'). One rule for every category, so the same change suggested for two
 * findings has the same effects.
 */
export function digitalChannelFor(context: PlaybookContext, flow: Flow): { medium: FlowMedium; channel: string } {
  const from = context.step(flow.from);
  const to = context.step(flow.to);
  const system = digitalSystemOf(to);
  if (from && to && from.laneId === to.laneId) return { medium: 'system', channel: '' };
  return system !== '' && system.toLocaleLowerCase('en') === digitalSystemOf(from).toLocaleLowerCase('en')
    ? { medium: 'system', channel: context.text('common.channel.system', { system }) }
    : { medium: 'email', channel: context.text('common.channel.email') };
}

/**
 * Effects that merge `others` into `first` (merge-steps) without changing the work per case.
 * merge-steps sums the process times per visit of the merged step, which is right for steps a
 * case passes equally often; when it passes them a different number of times (a branch, a
 * rework loop) the merged step gets Σ v·processTime / v(first) instead, rounded down to a
 * hundredth of a minute, so combining saves waiting and handoffs but never adds work.
 */
export function mergeEffects(context: PlaybookContext, first: Step, others: readonly Step[]): Effect[] {
  const merge: Effect = { type: 'merge-steps', stepIds: [first.id, ...others.map((step) => step.id)] };
  const firstVisits = context.visits(first.id);
  const summed = [first, ...others].reduce((sum, step) => sum + step.processTime, 0);
  if (!(firstVisits > 0)) return [merge];
  const weighted = [first, ...others].reduce((sum, step) => sum + context.visits(step.id) * step.processTime, 0) / firstVisits;
  if (Math.abs(weighted - summed) < 1e-9) return [merge];
  return [merge, { type: 'set-process-time', stepId: first.id, minutes: Math.floor(weighted * 100 + 1e-9) / 100 }];
}

/**
 * Stop a step altogether (remove-step). `reason` is a sentence saying why it can go. A step
 * that only carries or searches gets the text that says how to do without it.
 */
export function proposeStopStep(context: PlaybookContext, step: Step, reason: string): Proposal[] {
  if (!isActivity(step)) return [];
  if (step.activity === 'transport') return proposeStopTransport(context, step);
  if (step.activity === 'search') return proposeFixedPlace(context, step);
  return [{ textKey: 'common.stopStep', params: { ...workParams(context, step), reason }, effects: [{ type: 'remove-step', stepId: step.id }] }];
}

/** Make the step leaner: its process time halved (set-process-time). */
export function proposeMakeLess(context: PlaybookContext, step: Step, reason: string): Proposal[] {
  if (!isActivity(step) || step.processTime <= 0) return [];
  const newMinutes = roundMinutes(step.processTime * LEANER_SHARE);
  return [
    {
      // Searching is made shorter differently from making a product: say how.
      textKey: step.activity === 'search' ? 'motion.searchShortcut' : 'common.makeLess',
      params: { step: context.quote(step.id), minutes: context.duration(step.processTime), newMinutes: context.duration(newMinutes), reason },
      effects: [{ type: 'set-process-time', stepId: step.id, minutes: newMinutes }],
    },
  ];
}

/**
 * Do the step in one go with the step before it in the same lane (merge-steps [previous,
 * step]): the step's own queue disappears. Only between two activities of one lane.
 */
export function proposeCombineWithPrevious(context: PlaybookContext, step: Step): Proposal[] {
  const previous = context.mainPredecessor(step.id);
  if (!isActivity(step) || !isActivity(previous) || previous.laneId !== step.laneId) return [];
  const waitSentence = step.waitTime > 0 ? context.text('common.waitDropped', { wait: context.duration(step.waitTime), step: context.quote(step.id) }) : '';
  return [
    {
      textKey: 'common.combineWithPrevious',
      params: { step: context.quote(step.id), previous: context.quote(previous.id), lane: context.laneName(step.laneId), waitSentence },
      effects: mergeEffects(context, previous, [step]),
    },
  ];
}

/**
 * The decision that belongs to an approval: its only next step, when that is a decision in
 * the same lane ("Akkoord?"). It moves with the approval, or the handoff would only shift.
 */
function decisionAfter(context: PlaybookContext, step: Step): Step | undefined {
  const exits = context.outgoing(step.id);
  const next = exits.length === 1 ? context.step(exits[0]?.to ?? '') : undefined;
  return next?.type === 'decision' && next.laneId === step.laneId ? next : undefined;
}

/**
 * Give the lane before an approval the authority to approve routine cases: the approval (and
 * its decision) move to the lane of the step the work comes from, and its queue goes. Only for
 * approval steps whose work comes from a cheaper paid team that is not an outside party.
 */
export function proposeMandate(context: PlaybookContext, step: Step): Proposal[] {
  const previous = context.mainPredecessor(step.id);
  if (!isActivity(step) || step.activity !== 'approval' || !previous || previous.type === 'start') return [];
  const toLaneId = previous.laneId;
  if (toLaneId === step.laneId || toLaneId === context.outsideLaneId || !context.isPaidTeam(toLaneId)) return [];
  const fromCost = context.hourlyCost(step.laneId);
  const toCost = context.hourlyCost(toLaneId);
  if (!(toCost < fromCost)) return [];
  const decision = decisionAfter(context, step);
  return [
    {
      textKey: 'common.mandate',
      params: {
        step: context.quote(step.id),
        previous: context.quote(previous.id),
        fromLane: context.laneName(step.laneId),
        toLane: context.laneName(toLaneId),
        fromCost: context.money(fromCost),
        toCost: context.money(toCost),
        wait: context.duration(step.waitTime),
        example: context.money(EXAMPLE_APPROVAL_LIMIT),
        decisionSentence: decision ? context.text('common.decisionMoves', { decision: context.quote(decision.id) }) : '',
      },
      effects: [
        { type: 'move-to-lane', stepId: step.id, laneId: toLaneId },
        ...(decision ? [{ type: 'move-to-lane' as const, stepId: decision.id, laneId: toLaneId }] : []),
        { type: 'set-wait-time', stepId: step.id, minutes: 0 },
      ],
    },
  ];
}

/**
 * Drop an approval below a limit, or check samples only (remove-step). The decision that
 * belongs to a dropped approval is then taken where the work comes from: it moves to that
 * lane (when it is a paid team's), so the handoff goes with the approval.
 */
export function proposeDropCheck(context: PlaybookContext, step: Step, reason: string): Proposal[] {
  if (!isActivity(step) || (step.activity !== 'approval' && step.activity !== 'check')) return [];
  const decision = step.activity === 'approval' ? decisionAfter(context, step) : undefined;
  const previousLaneId = context.mainPredecessor(step.id)?.laneId;
  const movesDecision =
    decision !== undefined && previousLaneId !== undefined && previousLaneId !== decision.laneId && previousLaneId !== context.outsideLaneId && context.isPaidTeam(previousLaneId);
  return [
    {
      textKey: step.activity === 'approval' ? 'common.dropApproval' : 'common.dropCheck',
      params: {
        step: context.quote(step.id),
        lane: context.laneName(step.laneId),
        reason,
        example: context.money(EXAMPLE_APPROVAL_LIMIT),
        bestCase: context.text('common.bestCase'),
        decisionSentence: movesDecision ? context.text('common.decisionMoves', { decision: context.quote(decision.id) }) : '',
      },
      effects: [
        { type: 'remove-step', stepId: step.id },
        ...(movesDecision ? [{ type: 'move-to-lane' as const, stepId: decision.id, laneId: previousLaneId }] : []),
      ],
    },
  ];
}

/** A fixed place for documents, so a search step is not needed (remove-step). */
export function proposeFixedPlace(context: PlaybookContext, step: Step): Proposal[] {
  if (!isActivity(step) || step.activity !== 'search') return [];
  const system = digitalSystemOf(step);
  const where = system !== '' ? context.text('common.where.system', { system }) : context.text('common.where.shared');
  return [
    {
      textKey: 'common.fixedPlace',
      params: { ...workParams(context, step), where, bestCase: context.text('common.bestCase') },
      effects: [{ type: 'remove-step', stepId: step.id }],
    },
  ];
}

/** Work digitally where it arrives, so a transport step (printing, fetching, carrying) goes. */
export function proposeStopTransport(context: PlaybookContext, step: Step): Proposal[] {
  if (!isActivity(step) || step.activity !== 'transport') return [];
  return [{ textKey: 'common.stopTransport', params: workParams(context, step), effects: [{ type: 'remove-step', stepId: step.id }] }];
}
