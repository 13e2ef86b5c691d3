import './panels.css';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../shared/analysis/types';
import { useDeferredAnalysisState, useSession } from '../../base/hooks';

interface DiagnosticsListProps {
  /** Also say so when there are no problems (a panel of its own); off when shown inline. */
  showWhenEmpty?: boolean;
}

/**
 * The analysis diagnostics (a loop without exit, dead ends, unreachable steps, scaled
 * probabilities) as a compact list; clicking one selects its steps and flows on the map.
 */
export function DiagnosticsList({ showWhenEmpty = false }: DiagnosticsListProps) {
  const { t } = useTranslation('panels');
  const session = useSession();
  const { analysis } = useDeferredAnalysisState();
  const diagnostics = analysis?.diagnostics ?? [];
  if (diagnostics.length === 0 && !showWhenEmpty) return null;

  // Errors first: they are why figures are missing.
  const ordered = [...diagnostics].sort((left, right) => Number(right.level === 'error') - Number(left.level === 'error'));
  const select = (diagnostic: Diagnostic): void =>
    session.select({ stepIds: diagnostic.stepIds, flowIds: diagnostic.flowIds, laneIds: [], annotationIds: [] });

  return (
    <div className="sl-diagnostics" role="region" aria-label={t('diagnostics.regionLabel')} data-testid="diagnostics">
      {ordered.length === 0 ? (
        <p className="sl-diagnostics__none">{t('diagnostics.none')}</p>
      ) : (
        <ul className="sl-diagnostics__list">
          {ordered.map((diagnostic, index) => {
            const canSelect = diagnostic.stepIds.length + diagnostic.flowIds.length > 0;
            const content = (
              <>
                <span className={`sl-diagnostics__level sl-diagnostics__level--${diagnostic.level}`}>{t(`diagnostics.${diagnostic.level}`)}</span>
                <span className="sl-diagnostics__message">{diagnostic.message}</span>
              </>
            );
            return (
              <li key={`${diagnostic.code}-${index}`} data-testid={`diagnostic-${diagnostic.code}`}>
                {canSelect ? (
                  <button type="button" className="sl-diagnostics__item" title={t('diagnostics.showSteps')} onClick={() => select(diagnostic)}>
                    {content}
                  </button>
                ) : (
                  <div className="sl-diagnostics__item">{content}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
