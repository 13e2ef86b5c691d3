import { formatDuration, formatPercent, localeOf } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { Effect, MapState, ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';
import type { SkippedActionEffect } from './futureState';

export interface DescribeOptions {
  /** The state whose labels name the steps (the current state: effects name its ids). */
  state: MapState;
  language: Language;
  hoursPerDay: number;
}

/**
 * One effect as a short sentence in the given language with the state's step labels and lane
 * names, e.g. "Stap ‘Manager tekent factuur af’ vervalt" or "Wachttijd vóór ‘Betaling
 * klaarzetten’: 4 uur". An id that is not in the state is shown as "‘s99’ (bestaat niet meer)".
 */
export function describeEffect(effect: Effect, options: DescribeOptions): string {
  const t = getTranslator(options.language);
  const { state, language } = options;
  const missing = (id: string): string => t('playbook:effect.missing', { id });
  const step = (stepId: string): string => {
    const found = state.steps.find((candidate) => candidate.id === stepId);
    if (!found) return missing(stepId);
    return t('playbook:common.quoted', { name: found.label.trim() === '' ? found.id : found.label.trim() });
  };
  const flowEnds = (flowId: string): { from: string; to: string } => {
    const flow = state.flows.find((candidate) => candidate.id === flowId);
    return flow ? { from: step(flow.from), to: step(flow.to) } : { from: missing(flowId), to: '?' };
  };
  const minutes = (value: number): string => formatDuration(value, options.hoursPerDay, language);
  switch (effect.type) {
    case 'remove-step':
      return t('playbook:effect.removeStep', { step: step(effect.stepId) });
    case 'merge-steps': {
      const list = new Intl.ListFormat(localeOf(language), { type: 'conjunction', style: 'long' });
      return t('playbook:effect.mergeSteps', { steps: list.format(effect.stepIds.map(step)) });
    }
    case 'move-to-lane': {
      const lane = state.lanes.find((candidate) => candidate.id === effect.laneId);
      const laneName = lane ? (lane.name.trim() === '' ? lane.id : lane.name.trim()) : missing(effect.laneId);
      return t('playbook:effect.moveToLane', { step: step(effect.stepId), lane: laneName });
    }
    case 'set-process-time':
      return t('playbook:effect.setProcessTime', { step: step(effect.stepId), minutes: minutes(effect.minutes) });
    case 'set-wait-time':
      return t('playbook:effect.setWaitTime', { step: step(effect.stepId), minutes: minutes(effect.minutes) });
    case 'set-complete-accurate':
      return t('playbook:effect.setCompleteAccurate', { step: step(effect.stepId), percent: formatPercent(effect.value, language) });
    case 'set-medium':
      return t('playbook:effect.setMedium', { ...flowEnds(effect.flowId), medium: t(`playbook:medium.${effect.medium}`) });
    case 'remove-flow':
      return t('playbook:effect.removeFlow', flowEnds(effect.flowId));
    case 'set-probability':
      return t('playbook:effect.setProbability', { ...flowEnds(effect.flowId), percent: formatPercent(effect.probability, language) });
    case 'set-batch-interval':
      return effect.minutes === null
        ? t('playbook:effect.clearBatchInterval', { step: step(effect.stepId) })
        : t('playbook:effect.setBatchInterval', { step: step(effect.stepId), interval: minutes(effect.minutes) });
  }
}

/**
 * A warning for an effect that could not be applied to the future state, e.g. "Registratie
 * schrappen: Stap ‘s99’ (bestaat niet meer) vervalt – niet toegepast, omdat die stap niet meer
 * bestaat." In the map's language, with the current state's names.
 */
export function describeSkippedEffect(skipped: SkippedActionEffect, map: ProcessMap): string {
  const language = map.meta.language;
  const t = getTranslator(language);
  const action = map.actions.find((candidate) => candidate.id === skipped.actionId);
  const title = action && action.title.trim() !== '' ? action.title.trim() : skipped.actionId;
  return t('playbook:skipped.sentence', {
    action: title,
    effect: describeEffect(skipped.effect, { state: map, language, hoursPerDay: map.settings.hoursPerDay }),
    reason: t(`playbook:skipped.reason.${skipped.reason}`),
  });
}
