import type { Finding } from '../../analysis/types';
import type { Step } from '../../model/types';
import {
  hoursPerYearOf,
  isActivity,
  mergeEffects,
  proposeCombineWithPrevious,
  proposeDropCheck,
  proposeMakeLess,
  proposeMandate,
  proposeStopStep,
  singleStepOf,
  workMinutesOf,
} from './common';
import type { Countermeasure, PlaybookContext, Proposal, TextParams } from './types';

/** Minutes per case assumed for checking that linked systems passed the data on. */
const LINKED_ENTRY_MINUTES = 1;

const byId = (a: Step, b: Step): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Left to right on the canvas: the order people read the process in. */
const byPosition = (a: Step, b: Step): number => a.position.x - b.position.x || byId(a, b);

function stepsOf(finding: Finding, context: PlaybookContext): Step[] {
  return finding.stepIds.map((stepId) => context.step(stepId)).filter(isActivity);
}

/** The step with the most work per case (ties: smallest id), as the detector keeps it. */
function largestByWork(context: PlaybookContext, steps: readonly Step[]): Step | undefined {
  return [...steps].sort((a, b) => workMinutesOf(context, b) - workMinutesOf(context, a) || byId(a, b))[0];
}

/** Many checks: the one kept (most work) and the others. */
function checksOf(finding: Finding, context: PlaybookContext): { kept: Step; others: Step[] } | undefined {
  if (finding.rule !== 'extra-processing/many-checks') return undefined;
  const steps = stepsOf(finding, context);
  const kept = largestByWork(context, steps);
  return kept ? { kept, others: steps.filter((step) => step !== kept).sort(byPosition) } : undefined;
}

interface TypedTwice {
  kept: Step;
  others: Step[];
  system: string;
  otherSystems: string[];
  systems: string[];
  all: Step[];
}

const systemKey = (step: Step): string => step.system.trim().toLocaleLowerCase('en');

/**
 * Typed twice: entry steps grouped by system; the system with the most entry work is kept
 * (ties: alphabetical, as the detector does), and within it the step with the most work.
 */
function typedTwiceOf(finding: Finding, context: PlaybookContext): TypedTwice | undefined {
  if (finding.rule !== 'extra-processing/typed-twice') return undefined;
  const all = stepsOf(finding, context).sort(byPosition);
  const bySystem = new Map<string, Step[]>();
  for (const step of all) bySystem.set(systemKey(step), [...(bySystem.get(systemKey(step)) ?? []), step]);
  const work = (steps: readonly Step[]): number => steps.reduce((sum, step) => sum + workMinutesOf(context, step), 0);
  const ranked = [...bySystem.entries()].sort(([a, stepsA], [b, stepsB]) => work(stepsB) - work(stepsA) || (a < b ? -1 : 1));
  const keptGroup = ranked[0]?.[1] ?? [];
  const kept = largestByWork(context, keptGroup);
  if (!kept || ranked.length < 2) return undefined;
  const others = all.filter((step) => systemKey(step) !== systemKey(kept));
  const nameOf = (steps: readonly Step[]): string => steps[0]?.system.trim() ?? '';
  return {
    kept,
    others,
    system: kept.system.trim(),
    otherSystems: ranked.slice(1).map(([, steps]) => nameOf(steps)),
    systems: ranked.map(([, steps]) => nameOf(steps)).sort(),
    all,
  };
}

function typedTwiceParams(context: PlaybookContext, entry: TypedTwice, quoted: readonly Step[]): TextParams {
  const minutes = entry.others.reduce((sum, step) => sum + workMinutesOf(context, step), 0);
  return {
    count: quoted.length,
    steps: context.list(quoted.map((step) => context.quote(step.id))),
    system: entry.system,
    systems: context.list(entry.systems),
    otherSystems: context.list(entry.otherSystems),
    minutes: context.duration(minutes),
    hours: context.hours(hoursPerYearOf(context, minutes)),
  };
}

/** The reason a single step is extra processing, as a sentence ('' for a user tag). */
function reasonOf(finding: Finding, context: PlaybookContext): string {
  return finding.rule === 'extra-processing/non-value-adding' ? context.text('common.reason.nonValueAdding') : '';
}

function singleStepProposals(finding: Finding, context: PlaybookContext, propose: (step: Step) => Proposal[]): Proposal[] {
  if (finding.rule === 'extra-processing/many-checks' || finding.rule === 'extra-processing/typed-twice') return [];
  const step = singleStepOf(finding, context);
  return step ? propose(step) : [];
}

/** Extra processing (many checks, data typed twice, non-value-adding steps). */
export const extraProcessingCountermeasures: readonly Countermeasure[] = [
  {
    id: 'drop-check',
    ecrs: 'eliminate',
    effort: 'medium',
    propose: (finding, context) => {
      const checks = checksOf(finding, context);
      if (!checks) return [];
      const reason = context.text('common.reason.manyChecks', { kept: context.quote(checks.kept.id) });
      return checks.others.flatMap((step) => proposeDropCheck(context, step, reason).map((proposal) => ({ ...proposal, targetId: step.id })));
    },
  },
  {
    id: 'drop-double-entry',
    ecrs: 'eliminate',
    effort: 'low',
    propose: (finding, context) => {
      const entry = typedTwiceOf(finding, context);
      if (!entry || entry.others.length === 0) return [];
      return [
        {
          textKey: 'extraProcessing.dropDoubleEntry',
          params: typedTwiceParams(context, entry, entry.others),
          effects: entry.others.map((step) => ({ type: 'remove-step' as const, stepId: step.id })),
        },
      ];
    },
  },
  {
    id: 'stop',
    ecrs: 'eliminate',
    effort: 'low',
    propose: (finding, context) => singleStepProposals(finding, context, (step) => proposeStopStep(context, step, reasonOf(finding, context))),
  },
  {
    id: 'combine-checks',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => {
      const checks = checksOf(finding, context);
      if (!checks || checks.others.length === 0) return [];
      const all = [checks.kept, ...checks.others].sort(byPosition);
      const count = all.reduce((sum, step) => sum + Math.min(context.visits(step.id), 1), 0);
      // The one round is done in the cheapest lane (then by the most work): combining must not
      // move checking work to someone dearer.
      const target = [...all].sort(
        (a, b) => context.hourlyCost(a.laneId) - context.hourlyCost(b.laneId) || workMinutesOf(context, b) - workMinutesOf(context, a) || byId(a, b),
      )[0] as Step;
      return [
        {
          textKey: 'extraProcessing.combineChecks',
          params: {
            lane: context.laneName(target.laneId),
            steps: context.list(all.map((step) => context.quote(step.id))),
            kept: context.quote(target.id),
            count: context.times(count),
          },
          effects: mergeEffects(
            context,
            target,
            all.filter((step) => step !== target),
          ),
        },
      ];
    },
  },
  {
    id: 'enter-once',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => {
      const entry = typedTwiceOf(finding, context);
      if (!entry || entry.others.length === 0) return [];
      const merged = [entry.kept, ...entry.others].sort(byPosition);
      return [
        {
          textKey: 'extraProcessing.enterOnce',
          params: typedTwiceParams(context, entry, merged),
          // Entered once: the merged step takes the kept entry's time, not the sum.
          effects: [
            { type: 'merge-steps', stepIds: [entry.kept.id, ...entry.others.map((step) => step.id)] },
            { type: 'set-process-time', stepId: entry.kept.id, minutes: entry.kept.processTime },
          ],
        },
      ];
    },
  },
  {
    id: 'combine-with-previous',
    ecrs: 'combine',
    effort: 'medium',
    propose: (finding, context) => singleStepProposals(finding, context, (step) => proposeCombineWithPrevious(context, step)),
  },
  {
    id: 'mandate',
    ecrs: 'rearrange',
    effort: 'medium',
    propose: (finding, context) => {
      const checks = checksOf(finding, context);
      if (!checks) return [];
      return [checks.kept, ...checks.others].flatMap((step) => proposeMandate(context, step).map((proposal) => ({ ...proposal, targetId: step.id })));
    },
  },
  {
    id: 'link-systems',
    ecrs: 'simplify',
    effort: 'high',
    propose: (finding, context) => {
      const entry = typedTwiceOf(finding, context);
      const linked = entry?.others.filter((step) => step.processTime > LINKED_ENTRY_MINUTES) ?? [];
      if (!entry || linked.length === 0) return [];
      return [
        {
          textKey: 'extraProcessing.linkSystems',
          params: typedTwiceParams(context, entry, linked),
          effects: linked.map((step) => ({ type: 'set-process-time' as const, stepId: step.id, minutes: LINKED_ENTRY_MINUTES })),
        },
      ];
    },
  },
  {
    id: 'make-less',
    ecrs: 'simplify',
    effort: 'low',
    propose: (finding, context) => singleStepProposals(finding, context, (step) => proposeMakeLess(context, step, reasonOf(finding, context))),
  },
];
