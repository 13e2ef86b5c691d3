import { findReworkRoute } from '../../analysis/reworkRoute';
import type { Finding } from '../../analysis/types';
import type { Effect, Flow, Step } from '../../model/types';
import { cleanProbability } from '../flowProbabilities';
import { digitalSystemOf, flowsOf, isActivity, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';

/** %C&A assumed after a checklist or a standard template. */
const CHECKLIST_COMPLETE_ACCURATE = 0.95;
/** %C&A assumed when the system refuses incomplete entries. */
const VALIDATED_COMPLETE_ACCURATE = 0.99;

/**
 * The step of a rework flow's loop (reachable from t, reaching s: the strongly connected
 * component of both) with the lowest %C&A below 1: where most of what goes back is most likely
 * made. Undefined when the flow closes no loop or no step of it has a %C&A below 1.
 */
function weakestStepOfLoop(flow: Flow, context: PlaybookContext): Step | undefined {
  const loop = context.loops.componentOf(flow.from);
  if (!loop.includes(flow.to)) return undefined;
  return loop
    .map((stepId) => context.step(stepId))
    .filter((step): step is Step => isActivity(step) && step.completeAccurate < 1)
    .sort((a, b) => a.completeAccurate - b.completeAccurate || (a.id < b.id ? -1 : 1))[0];
}

/** Where a defect finding's quality can be improved: the step itself (low %C&A, user tag), or for a rework flow the weakest step of its loop. */
function qualityTargetOf(finding: Finding, context: PlaybookContext): Step | undefined {
  if (finding.rule !== 'defects/rework') return singleStepOf(finding, context);
  const [flow] = flowsOf(finding, context);
  return flow ? weakestStepOfLoop(flow, context) : undefined;
}

/** Per playbook run: the rework flows of the map by the step whose quality causes them (built once). */
const reworkByWeakestStep = new WeakMap<PlaybookContext, Map<string, Flow[]>>();

function reworkCausedBy(step: Step, context: PlaybookContext): Flow[] {
  let byStep = reworkByWeakestStep.get(context);
  if (!byStep) {
    byStep = new Map();
    for (const flow of context.map.flows) {
      if (!flow.rework || !(context.traversals(flow) > 0)) continue;
      const weakest = weakestStepOfLoop(flow, context);
      if (weakest) byStep.set(weakest.id, [...(byStep.get(weakest.id) ?? []), flow]);
    }
    reworkByWeakestStep.set(context, byStep);
  }
  return byStep.get(step.id) ?? [];
}

/**
 * Fewer cases go back when the step that causes the rework gets better: the errors it makes
 * go from 1 − ca to 1 − newCa, and the share of cases sent back along each rework flow it
 * causes falls in the same proportion, p' = p·(1 − newCa)/(1 − ca) (set-probability on the
 * flow where the rework route leaves, the rework flow itself when its step has another way).
 */
function fewerReturns(step: Step, newCa: number, context: PlaybookContext): { effects: Effect[]; sentences: string[] } {
  const effects: Effect[] = [];
  const sentences: string[] = [];
  const factor = (1 - newCa) / (1 - step.completeAccurate);
  for (const rework of reworkCausedBy(step, context)) {
    const branch = reworkRouteOf(context, rework)?.branch;
    if (!branch || context.outgoing(branch.from).length < 2) continue;
    const share = context.probability(branch.id);
    const newShare = cleanProbability(share * factor);
    effects.push({ type: 'set-probability', flowId: branch.id, probability: newShare });
    sentences.push(
      context.text('defects.fewerReturns', {
        from: context.quote(branch.from),
        to: context.quote(branch.to),
        share: context.percent(share),
        newShare: context.percent(newShare),
      }),
    );
  }
  return { effects, sentences };
}

type QualityKind = 'checklist' | 'template' | 'systemValidation';

/** The way to raise a step's %C&A that fits its kind of work. */
function qualityKindOf(step: Step): QualityKind {
  if (step.activity === 'data-entry' && digitalSystemOf(step) !== '') return 'systemValidation';
  if (step.activity === 'communication' || step.activity === 'data-entry') return 'template';
  return 'checklist';
}

function proposeQuality(finding: Finding, context: PlaybookContext, kind: QualityKind): Proposal[] {
  const step = qualityTargetOf(finding, context);
  if (!isActivity(step) || qualityKindOf(step) !== kind) return [];
  const newCa = kind === 'systemValidation' ? VALIDATED_COMPLETE_ACCURATE : CHECKLIST_COMPLETE_ACCURATE;
  if (!(step.completeAccurate < newCa)) return [];
  // The same effects for the step's low %C&A and for the rework it causes: one suggestion for both.
  const returns = fewerReturns(step, newCa, context);
  return [
    {
      textKey: `defects.${kind}`,
      params: {
        step: context.quote(step.id),
        ca: context.percent(step.completeAccurate),
        newCa: context.percent(newCa),
        defectShare: context.percent(1 - step.completeAccurate),
        system: digitalSystemOf(step),
        reworkSentence: returns.sentences.join(' '),
      },
      effects: [{ type: 'set-complete-accurate', stepId: step.id, value: newCa }, ...returns.effects],
    },
  ];
}

/** The route of a rework flow in the map (see `findReworkRoute`): its branch flow and the steps only on it. */
function reworkRouteOf(context: PlaybookContext, rework: Flow): { branch: Flow; chain: Step[] } | undefined {
  return findReworkRoute<Step | undefined, Flow>(rework, {
    source: (flow) => context.step(flow.from),
    isActivity: (step) => isActivity(step),
    incoming: (step) => (step ? context.incoming(step.id).filter((flow) => flow.from !== step.id) : []),
    outgoing: (step) => (step ? context.outgoing(step.id) : []),
  }) as { branch: Flow; chain: Step[] } | undefined;
}

/** Defects (low %C&A, rework): prevent the cause, a checklist, a template, validation in the system. */
export const defectsCountermeasures: readonly Countermeasure[] = [
  {
    id: 'remove-rework-route',
    ecrs: 'eliminate',
    effort: 'high',
    propose: (finding, context) => {
      const [rework] = finding.rule === 'defects/rework' ? flowsOf(finding, context) : [];
      const route = rework ? reworkRouteOf(context, rework) : undefined;
      if (!rework || !route) return [];
      const { branch, chain } = route;
      // Without the branch its step must still finish by another way forward.
      const otherWays = context.outgoing(branch.from).filter((flow) => flow !== branch && !flow.rework);
      if (!otherWays.some((flow) => context.loops.finishesForward(flow.to))) return [];
      const redone = chain.length > 0 ? chain.map((step) => step.id) : [rework.to];
      return [
        {
          textKey: 'defects.removeReworkRoute',
          params: {
            route: `${context.quote(branch.from)} → ${context.quote(branch.to)}`,
            share: context.percent(context.probability(branch.id)),
            times: context.times(context.traversals(branch)),
            steps: context.list(redone.map((stepId) => context.quote(stepId))),
            // The finding's figure is exactly what taking the route away saves (reworkWork.ts).
            minutes: context.duration(finding.impactMinutesPerCase),
            hours: context.hours(finding.impactHoursPerYear),
          },
          effects: [{ type: 'remove-flow', flowId: branch.id }, ...chain.map((step) => ({ type: 'remove-step' as const, stepId: step.id }))],
        },
      ];
    },
  },
  { id: 'checklist', ecrs: 'simplify', effort: 'low', propose: (finding, context) => proposeQuality(finding, context, 'checklist') },
  { id: 'template', ecrs: 'simplify', effort: 'low', propose: (finding, context) => proposeQuality(finding, context, 'template') },
  { id: 'system-validation', ecrs: 'simplify', effort: 'medium', propose: (finding, context) => proposeQuality(finding, context, 'systemValidation') },
];
