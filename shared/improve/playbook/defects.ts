import { findReworkRoute } from '../../analysis/reworkRoute';
import type { Finding } from '../../analysis/types';
import type { Flow, Step } from '../../model/types';
import { digitalSystemOf, flowsOf, isActivity, singleStepOf } from './common';
import type { Countermeasure, PlaybookContext, Proposal } from './types';

/** %C&A assumed after a checklist or a standard template. */
const CHECKLIST_COMPLETE_ACCURATE = 0.95;
/** %C&A assumed when the system refuses incomplete entries. */
const VALIDATED_COMPLETE_ACCURATE = 0.99;

/**
 * Where a defect finding's quality can be improved: the step itself (low %C&A, user tag), or
 * for a rework flow s→t the step of its loop (reachable from t, reaching s: the strongly
 * connected component of both) with the lowest %C&A below 1: where most of what goes back is
 * most likely made.
 */
function qualityTargetOf(finding: Finding, context: PlaybookContext): Step | undefined {
  if (finding.rule !== 'defects/rework') return singleStepOf(finding, context);
  const [flow] = flowsOf(finding, context);
  if (!flow) return undefined;
  // Steps reachable from t that reach s: the component of s, when t is in it (else no loop).
  const loop = context.loops.componentOf(flow.from);
  if (!loop.includes(flow.to)) return undefined;
  return loop
    .map((stepId) => context.step(stepId))
    .filter((step): step is Step => isActivity(step) && step.completeAccurate < 1)
    .sort((a, b) => a.completeAccurate - b.completeAccurate || (a.id < b.id ? -1 : 1))[0];
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
  return [
    {
      textKey: `defects.${kind}`,
      params: {
        step: context.quote(step.id),
        ca: context.percent(step.completeAccurate),
        newCa: context.percent(newCa),
        defectShare: context.percent(1 - step.completeAccurate),
        system: digitalSystemOf(step),
      },
      effects: [{ type: 'set-complete-accurate', stepId: step.id, value: newCa }],
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
