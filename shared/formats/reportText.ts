import type { TFunction } from 'i18next';
import type { ImportReport } from './importReport';

/** At most this many names per report line; the rest are counted. */
const MAX_NAMES = 12;

/** The import report as lines of text in the translator's language: the counts, then one line per item. */
export function importReportLines(report: ImportReport, t: TFunction): string[] {
  const lines = [t('formats:report.counts', report.counts)];
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
