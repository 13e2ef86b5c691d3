import type { TFunction } from 'i18next';
import type { ImportReport } from './importReport';

/** At most this many names per report line; the rest are counted. */
const MAX_NAMES = 12;

/** The import report as lines of text in the translator's language: the counts, then one line per item. */
export function importReportLines(report: ImportReport, t: TFunction): string[] {
  const { lanes, steps, flows } = report.counts;
  // Each count with its own plural ("1 rol", "2 rollen").
  const lines = [
    t('formats:report.counts', {
      lanes: t('formats:report.lanes', { count: lanes }),
      steps: t('formats:report.steps', { count: steps }),
      flows: t('formats:report.flows', { count: flows }),
    }),
  ];
  for (const item of report.items) {
    const head = t(`formats:report.${item.code}`, item.params ?? {});
    if (item.names.length === 0) {
      lines.push(head);
      continue;
    }
    const shown = item.names.slice(0, MAX_NAMES).join('; ');
    const more = item.names.length > MAX_NAMES ? ` ${t('formats:report.more', { count: item.names.length - MAX_NAMES })}` : '';
    lines.push(`${head} ${shown}${more}`);
  }
  return lines;
}
