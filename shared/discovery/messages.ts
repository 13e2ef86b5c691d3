import type { ReadProblem, RecordLocation } from '../formats/logReader';
import { formatPercent } from '../i18n/format';
import { getTranslator } from '../i18n/translator';
import type { Language } from '../model/vocabulary';
import type { DiscoveryNote } from './buildMap';
import type { MappingProblem } from './columns';
import type { DroppedEntry } from './statistics';

/** Where a record is, in words ("rij 7", "event 12 (trace 3, line 80)"); empty for the whole file. */
export function describeLocation(location: RecordLocation, language: Language): string {
  const t = getTranslator(language);
  if (location.kind === 'row') return t('discovery:location.row', { row: location.row });
  if (location.kind === 'event') return t('discovery:location.event', { event: location.event, trace: location.trace, line: location.line });
  if (location.kind === 'trace') return t('discovery:location.trace', { trace: location.trace, line: location.line });
  return '';
}

/** A reading problem as one line: where, then what ("rij 7: "x" in kolom "Tijdstip" is geen datum en tijd …"). */
export function describeReadProblem(problem: ReadProblem, language: Language): string {
  const t = getTranslator(language);
  const message = t(`discovery:problem.${problem.code}`, { ...problem.params, defaultValue: problem.code });
  const where = describeLocation(problem.location, language);
  return where === '' ? message : `${where}: ${message}`;
}

export function describeMappingProblem(problem: MappingProblem, language: Language): string {
  const t = getTranslator(language);
  if (problem.code === 'missingRole') return t(`discovery:mapping.missingRole_${problem.role}`);
  if (problem.code === 'unknownColumn') return t('discovery:mapping.unknownColumn', { column: problem.column });
  return t('discovery:mapping.tooManyActivityColumns');
}

/** One line per thing left out, with its count and reason. */
export function describeDropped(entry: DroppedEntry, language: Language): string {
  const t = getTranslator(language);
  switch (entry.reason) {
    case 'ignoredLifecycle':
      return t('discovery:dropped.ignoredLifecycle', { count: entry.count, value: entry.value });
    case 'rareActivity':
      return t('discovery:dropped.rareActivity', { count: entry.count, activity: entry.activity, share: formatPercent(entry.caseShare, language, 1) });
    case 'rareVariant':
      return t('discovery:dropped.rareVariant', { count: entry.count, variants: entry.variants });
    default:
      return t(`discovery:dropped.${entry.reason}`, { count: entry.count });
  }
}

export function describeNote(note: DiscoveryNote, language: Language): string {
  const t = getTranslator(language);
  if (note.code === 'overlappingCases') return t('discovery:note.overlappingCases', { count: note.count });
  if (note.code === 'timesCapped') return t('discovery:note.timesCapped', { activities: note.activities.map((name) => `"${name}"`).join(', ') });
  if (note.code === 'variabilityCapped') return t('discovery:note.variabilityCapped', { activities: note.activities.map((name) => `"${name}"`).join(', ') });
  return t('discovery:note.noStartTimes');
}
