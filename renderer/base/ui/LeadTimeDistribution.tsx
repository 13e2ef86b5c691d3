import './leadTimeDistribution.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationFigures, SimulationResult } from '../../../shared/analysis/simulate';
import { formatNumber } from '../../../shared/i18n/format';
import type { MapSettings } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { distributionPicture, distributionRows, distributionSentences, type DistributionEntry } from '../../../shared/plan/distributionFigures';
import { createPlanFormat } from '../../../shared/plan/planFormat';
import type { LeadTimeSimulationStatus } from '../analysis/useLeadTimeSimulation';

interface LeadTimeDistributionProps {
  status: LeadTimeSimulationStatus;
  /** One tone per simulated state, in the order of the results: 'current' (now) or 'future' (after the improvements). */
  tones: readonly DistributionEntry['tone'][];
  settings: MapSettings;
  language: Language;
  seed: number;
  /** Width the picture is drawn for: narrow in the side panel, so its text stays legible; a page's width by default. */
  pictureWidthPx?: number;
  /** Several states next to each other (the comparison view) instead of one above the other. */
  layout?: 'stacked' | 'side-by-side';
}

/**
 * A simulated lead-time distribution as the plan shows it (shared/plan/distributionFigures):
 * while it runs a progress bar; then, for one state, the sentences ("85 % van de zaken is
 * binnen 9 werkdagen klaar"); the histogram with P50/P85/P95 and the target; the table with
 * the exact lead time beside the simulated mean, a column per state; and how to read it.
 * Computes no figure itself.
 */
export function LeadTimeDistribution({ status, tones, settings, language, seed, pictureWidthPx, layout }: LeadTimeDistributionProps) {
  const { t } = useTranslation('panels');
  if (status.phase === 'running') {
    return (
      <div className="sl-distribution__progress" role="status" data-testid="distribution-progress">
        <progress max={status.casesTotal} value={status.casesDone} aria-label={t('distribution.progressLabel')} />
        <span>
          {t('distribution.progress', { done: formatNumber(status.casesDone, language, 0), total: formatNumber(status.casesTotal, language, 0) })}
        </span>
      </div>
    );
  }
  if (status.phase === 'failed') {
    return (
      <p className="sl-distribution__message" role="alert">
        {t('distribution.failed', { detail: status.message })}
      </p>
    );
  }
  return <DistributionFigures results={status.results} tones={tones} settings={settings} language={language} seed={seed} pictureWidthPx={pictureWidthPx} layout={layout} />;
}

function DistributionFigures({ results, tones, settings, language, seed, pictureWidthPx, layout }: { results: SimulationResult[] } & Omit<LeadTimeDistributionProps, 'status'>) {
  const { t } = useTranslation('panels');
  const view = useMemo(() => {
    const problem = results.find((result) => !result.ok);
    if (problem && !problem.ok) {
      const detail = problem.reason === 'analysis-error' ? (problem.diagnostics[0]?.message ?? '') : '';
      return { kind: 'problem' as const, detail };
    }
    const entries = results.map((result, index) => ({ figures: result as SimulationFigures, tone: tones[index] ?? 'current' }));
    if (entries.some((entry) => entry.figures.meanMinutes === null)) return { kind: 'problem' as const, detail: '' };
    const format = createPlanFormat(settings, language);
    const first = entries[0] as DistributionEntry;
    const caption = t('distribution.caption', { cases: formatNumber(first.figures.cases, language, 0) });
    const picture = distributionPicture(entries, settings, format, caption, pictureWidthPx, layout);
    return {
      kind: 'figures' as const,
      entries,
      sentences: entries.length === 1 ? distributionSentences(first.figures, settings, format) : [],
      pictureUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`,
      pictureAlt: distributionSentences(first.figures, settings, format)[0] ?? caption,
      caption,
      rows: distributionRows(entries, settings, format),
      headers: entries.map((entry) => format.t(entry.tone === 'current' ? 'plan:distribution.tableNow' : 'plan:distribution.tableAfter')),
      tableFigure: format.t('plan:distribution.tableFigure'),
      parallel: entries.some((entry) => entry.figures.hasParallelBlocks),
    };
  }, [results, tones, settings, language, t, pictureWidthPx, layout]);

  if (view.kind === 'problem') {
    return (
      <p className="sl-distribution__message" role="status" data-testid="distribution-unavailable">
        {view.detail ? t('distribution.unavailableBecause', { detail: view.detail }) : t('distribution.unavailable')}
      </p>
    );
  }
  const cases = view.entries[0]?.figures.cases ?? 0;
  return (
    <div className="sl-distribution" data-testid="distribution-figures">
      {view.sentences.length > 0 && (
        <ul className="sl-distribution__sentences">
          {view.sentences.map((sentence, index) => (
            <li key={sentence} className={index === 0 ? 'sl-distribution__headline' : undefined}>
              {sentence}
            </li>
          ))}
        </ul>
      )}
      <figure className="sl-distribution__figure">
        <img src={view.pictureUrl} alt={view.pictureAlt} data-testid="distribution-histogram" />
        <figcaption>{view.caption}</figcaption>
      </figure>
      <table className="sl-distribution__table" data-testid="distribution-table">
        <thead>
          <tr>
            <th scope="col">{view.tableFigure}</th>
            {view.headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map(([label, ...values]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {values.map((value, index) => (
                <td key={index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sl-distribution__note">{t(view.parallel ? 'distribution.meanNoteParallel' : 'distribution.meanNote')}</p>
      <p className="sl-distribution__note">{t('distribution.method', { cases: formatNumber(cases, language, 0), seed: String(seed) })}</p>
    </div>
  );
}
