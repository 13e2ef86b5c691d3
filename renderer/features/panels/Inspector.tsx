import './panels.css';
import { useTranslation } from 'react-i18next';
import { useAnalysisState, useDocumentState, useSessionState, useShownState } from '../../base/hooks';
import { AnnotationInspector } from './AnnotationInspector';
import { FlowInspector } from './FlowInspector';
import { LaneInspector } from './LaneInspector';
import { GoalSection } from './GoalSection';
import { MapSettingsInspector } from './MapSettingsInspector';
import { MultiSelectionSummary } from './MultiSelectionSummary';
import { StepInspector } from './StepInspector';

const NO_PROBABILITIES: Readonly<Record<string, number>> = {};

/**
 * The right-hand panel: the details of what is selected, or the map's settings when
 * nothing is. Each inspector is keyed by the element's id, so typing state never leaks
 * from one step into the next.
 */
export function Inspector() {
  const { t } = useTranslation('panels');
  const selection = useSessionState((state) => state.selection);
  const meta = useDocumentState((state) => state.map.meta);
  const settings = useDocumentState((state) => state.map.settings);
  const goal = useDocumentState((state) => state.map.goal);
  const state = useShownState();
  const { analysis } = useAnalysisState();

  const { stepIds, flowIds, laneIds, annotationIds } = selection;
  const selectedCount = stepIds.length + flowIds.length + laneIds.length + annotationIds.length;

  const content = (() => {
    if (selectedCount === 0) {
      return (
        <>
          <MapSettingsInspector meta={meta} settings={settings} />
          <GoalSection goal={goal} settings={settings} />
        </>
      );
    }
    if (selectedCount > 1) {
      return (
        <MultiSelectionSummary steps={stepIds.length} flows={flowIds.length} lanes={laneIds.length} annotations={annotationIds.length} />
      );
    }
    const [stepId] = stepIds;
    const [flowId] = flowIds;
    const [laneId] = laneIds;
    const [annotationId] = annotationIds;
    const step = stepId === undefined ? undefined : state.steps.find((candidate) => candidate.id === stepId);
    if (step) return <StepInspector key={step.id} step={step} state={state} hoursPerDay={settings.hoursPerDay} />;
    const flow = flowId === undefined ? undefined : state.flows.find((candidate) => candidate.id === flowId);
    if (flow) {
      return <FlowInspector key={flow.id} flow={flow} state={state} flowProbabilities={analysis?.flowProbabilities ?? NO_PROBABILITIES} />;
    }
    const lane = laneId === undefined ? undefined : state.lanes.find((candidate) => candidate.id === laneId);
    if (lane) {
      const figures = analysis?.metrics ? analysis.lanes.find((candidate) => candidate.id === lane.id) : undefined;
      return <LaneInspector key={lane.id} lane={lane} settings={settings} figures={figures} />;
    }
    const annotation = annotationId === undefined ? undefined : state.annotations.find((candidate) => candidate.id === annotationId);
    if (annotation) return <AnnotationInspector key={annotation.id} annotation={annotation} />;
    return <p className="sl-inspector__note">{t('inspector.missing')}</p>;
  })();

  return (
    <div className="sl-inspector" role="region" aria-label={t('inspector.regionLabel')} data-testid="inspector">
      {content}
    </div>
  );
}
