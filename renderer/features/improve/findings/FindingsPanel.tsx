import './findings.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { useDeferredAnalysisState, useCanvas, useDocuments, useDocumentState, useSession, useSessionState, useShownState } from '../../../base/hooks';
import { uiLanguageOf } from '../../../base/i18n';
import type { SessionState } from '../../../base/session/sessionStore';
import { DismissDialog } from './DismissDialog';
import { FindingCard } from './FindingCard';
import { FindingGroupSection } from './FindingGroupSection';
import { groupFindings } from './groupFindings';
import type { ImpactFormat } from './impactText';

/** The one selected step, when the selection is exactly one step: the panel follows it. */
function selectSingleStepId(state: SessionState): string | null {
  const { stepIds, flowIds, annotationIds, laneIds } = state.selection;
  return stepIds.length === 1 && flowIds.length + annotationIds.length + laneIds.length === 0 ? (stepIds[0] ?? null) : null;
}

/**
 * Every finding of the analysis, grouped by the eight wastes (DOWNTIME) and handoffs. "Show
 * on map" highlights a finding's steps and flows and brings them into view; a selected step
 * narrows the list to its findings; set-aside findings wait in a collapsed group with their
 * reason and can be restored.
 */
export function FindingsPanel() {
  const { t, i18n } = useTranslation('improve');
  const language = uiLanguageOf(i18n);
  const documents = useDocuments();
  const session = useSession();
  const canvas = useCanvas();
  const { analysis, pending } = useDeferredAnalysisState();
  const dismissed = useDocumentState((editor) => editor.map.dismissedFindings);
  const rootCauses = useDocumentState((editor) => editor.map.rootCauses);
  const whysByFindingId = useMemo(() => new Map(rootCauses.map((entry) => [entry.findingId, entry.whys])), [rootCauses]);
  const currency = useDocumentState((editor) => editor.map.settings.currency);
  const hoursPerDay = useDocumentState((editor) => editor.map.settings.hoursPerDay);
  const highlightedFindingId = useSessionState((editor) => editor.highlightedFindingId);
  const stepId = useSessionState(selectSingleStepId);
  const { steps } = useShownState();
  const [dismissing, setDismissing] = useState<Finding | null>(null);

  // The highlight belongs to this panel: leaving it (another tab) gives the map back as it was.
  useEffect(() => () => session.highlightFinding(null), [session]);

  const format: ImpactFormat = useMemo(() => ({ language, currency, hoursPerDay }), [language, currency, hoursPerDay]);
  const findings = analysis?.findings;
  const grouped = useMemo(() => groupFindings(findings ?? [], dismissed, stepId), [findings, dismissed, stepId]);
  const stepLabel = stepId === null ? null : (steps.find((step) => step.id === stepId)?.label ?? '');

  const show = useCallback(
    (finding: Finding) => {
      if (session.getState().highlightedFindingId === finding.id) {
        session.highlightFinding(null);
        return;
      }
      session.highlightFinding(finding.id);
      canvas.revealSteps(finding.stepIds);
    },
    [session, canvas],
  );
  const restore = useCallback((finding: Finding) => documents.dispatch({ type: 'findings/restore', findingIds: [finding.id] }), [documents]);
  const confirmDismiss = (reason: string): void => {
    if (!dismissing) return;
    documents.dispatch({ type: 'findings/dismiss', findingIds: [dismissing.id], reason });
    if (session.getState().highlightedFindingId === dismissing.id) session.highlightFinding(null);
    setDismissing(null);
  };

  let status: string | null = null;
  if (!analysis) status = t('findings.calculating');
  else if (analysis.metrics === null && analysis.findings.length === 0) status = t('findings.noFigures');
  else if (grouped.groups.length === 0 && grouped.setAside.length === 0 && stepLabel === null) status = t('findings.empty');

  return (
    <div className="findings-panel" role="region" aria-label={t('findings.regionLabel')} aria-busy={pending} data-testid="findings-panel">
      {stepLabel !== null && (
        <div className="findings-panel__filter" data-testid="findings-filter">
          <span>{grouped.groups.length === 0 ? t('findings.forStepNone', { step: stepLabel }) : t('findings.forStep', { step: stepLabel })}</span>
          <button type="button" className="findings-panel__show-all" data-testid="findings-show-all" onClick={() => session.clearSelection()}>
            {t('findings.showAll')}
          </button>
        </div>
      )}
      {status !== null && <p className="findings-panel__status">{status}</p>}
      {grouped.groups.map((group) => (
        <FindingGroupSection
          key={group.category}
          group={group}
          format={format}
          highlightedFindingId={highlightedFindingId}
          onShow={show}
          onDismiss={setDismissing}
          whysByFindingId={whysByFindingId}
        />
      ))}
      {grouped.setAside.length > 0 && (
        <details className="findings-panel__set-aside" data-testid="findings-set-aside">
          <summary>{t('findings.dismissedGroup', { count: grouped.setAside.length })}</summary>
          {grouped.setAside.map(({ finding, reason }) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              format={format}
              highlighted={finding.id === highlightedFindingId}
              onShow={show}
              onRestore={restore}
              reason={reason}
            />
          ))}
        </details>
      )}
      {dismissing && <DismissDialog finding={dismissing} onConfirm={confirmDismiss} onCancel={() => setDismissing(null)} />}
    </div>
  );
}
