import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { summariseHandoffs } from '../../../../shared/analysis/overlays';
import { formatNumber } from '../../../../shared/i18n/format';
import { useAnalysisState, useDocumentState, useShownState } from '../../../base/hooks';
import { uiLanguageOf } from '../../../base/i18n';

/**
 * Handoffs per case and per year for each lane pair (A → B), with the total. Open at first;
 * folded it is one line with the total, so the map behind it can be seen whole.
 */
export function HandoffTable() {
  const { t, i18n } = useTranslation('improve');
  const language = uiLanguageOf(i18n);
  const state = useShownState();
  const settings = useDocumentState((editor) => editor.map.settings);
  const { analysis } = useAnalysisState();
  const summary = useMemo(() => (analysis ? summariseHandoffs(state, settings, analysis) : null), [state, settings, analysis]);
  const laneName = new Map(state.lanes.map((lane) => [lane.id, lane.name]));
  if (!summary) return null;
  const perCase = (value: number): string => formatNumber(value, language, 2);
  const perYear = (value: number): string => formatNumber(value, language, 0);
  return (
    <details className="handoff-table" data-testid="handoff-table" open>
      <summary className="handoff-table__title">{t('overlays.handoffTable.summary', { total: perCase(summary.totalPerCase) })}</summary>
      {summary.pairs.length === 0 ? (
        <p className="handoff-table__none">{t('overlays.handoffTable.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('overlays.handoffTable.route')}</th>
              <th scope="col" className="is-number">{t('overlays.handoffTable.perCase')}</th>
              <th scope="col" className="is-number">{t('overlays.handoffTable.perYear')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.pairs.map((pair) => (
              <tr key={`${pair.fromLaneId}>${pair.toLaneId}`} data-testid="handoff-row">
                <td>
                  {laneName.get(pair.fromLaneId) ?? pair.fromLaneId} → {laneName.get(pair.toLaneId) ?? pair.toLaneId}
                </td>
                <td className="is-number">{perCase(pair.handoffsPerCase)}</td>
                <td className="is-number">{perYear(pair.handoffsPerYear)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('overlays.handoffTable.total')}</th>
              <td className="is-number" data-testid="handoff-total">{perCase(summary.totalPerCase)}</td>
              <td className="is-number">{perYear(summary.totalPerYear)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <p className="handoff-table__intro">{t('overlays.handoffTable.intro')}</p>
    </details>
  );
}
