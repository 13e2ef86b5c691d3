import './panels.css';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline, type TimelineSegment } from '../../../shared/analysis/timeline';
import { formatDuration, formatNumber } from '../../../shared/i18n/format';
import { useAnalysisState, useDocumentState, useSession, useSessionState, useShownState } from '../../base/hooks';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';

/** Below this many extra visits a step is not marked as revisited (float noise of the solver). */
const REVISIT_THRESHOLD = 1.005;

/**
 * The classic value-stream timeline under the canvas: a stepped line with each step's
 * wait time on the upper rung (where the inventory triangle sits) and its process time on
 * the lower rung, along the most likely path, with lead time and process time at the
 * right. The data is `buildTimeline` of the analysis; this component only draws it.
 */
export function TimelineLadder() {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const session = useSession();
  const state = useShownState();
  const hoursPerDay = useDocumentState((editor) => editor.map.settings.hoursPerDay);
  const selectedStepIds = useSessionState((editor) => editor.selection.stepIds);
  const { analysis } = useAnalysisState();
  const timeline = useMemo(() => (analysis ? buildTimeline(state, analysis) : null), [state, analysis]);
  const trackRef = useRef<HTMLOListElement>(null);

  // A step selected on the canvas is scrolled into view on a long path.
  useEffect(() => {
    const [stepId] = selectedStepIds;
    if (stepId === undefined || !trackRef.current) return;
    const segment = trackRef.current.querySelector(`[data-step-id="${CSS.escape(stepId)}"]`);
    segment?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedStepIds]);

  const duration = (minutes: number): string => formatDuration(minutes, hoursPerDay, language);
  const region = (content: ReactNode) => (
    <div className="sl-ladder" role="region" aria-label={t('timeline.regionLabel')} data-testid="timeline-ladder">
      {content}
    </div>
  );

  if (!analysis) return region(null);
  if (!timeline) return region(<p className="sl-ladder__message">{t('timeline.unavailable')}</p>);

  const renderSegment = (segment: TimelineSegment) => {
    const isOther = segment.kind === 'other';
    const label = isOther ? t('timeline.other') : segment.label || '—';
    const wait = duration(segment.waitTimeMinutes);
    const work = duration(segment.processTimeMinutes);
    const revisited = segment.expectedVisits > REVISIT_THRESHOLD;
    const tip = [
      t('timeline.segmentTip', { label, wait, process: work }),
      revisited ? t('timeline.visitsTip', { value: formatNumber(segment.expectedVisits, language, 2) }) : null,
      isOther ? t('timeline.otherTip') : null,
    ]
      .filter(Boolean)
      .join(' · ');
    const selected = segment.stepId !== null && selectedStepIds.includes(segment.stepId);
    const hasWait = segment.waitTimeMinutes > 0;
    return (
      <li
        key={segment.stepId ?? 'other'}
        className={`sl-ladder__segment${isOther ? ' sl-ladder__segment--other' : ''}${selected ? ' sl-ladder__segment--selected' : ''}`}
        data-testid={isOther ? 'timeline-other' : `timeline-segment-${segment.stepId}`}
        data-step-id={segment.stepId ?? undefined}
        title={tip}
      >
        <div className={`sl-ladder__wait${hasWait ? '' : ' sl-ladder__wait--none'}`}>
          <span className="sl-ladder__value sl-ladder__value--wait" data-testid="timeline-wait">
            {hasWait ? wait : ''}
          </span>
          <span className={`sl-ladder__rung ${hasWait ? 'sl-ladder__rung--up' : 'sl-ladder__rung--flat'}`} aria-hidden="true">
            {hasWait ? <span className="sl-ladder__inventory">I</span> : null}
          </span>
          <span className="sl-ladder__value" />
        </div>
        <div className="sl-ladder__work">
          <span className="sl-ladder__value" />
          <span className="sl-ladder__rung sl-ladder__rung--down">
            {segment.stepId === null ? (
              <span className="sl-ladder__label">{label}</span>
            ) : (
              <button
                type="button"
                className="sl-ladder__label sl-ladder__label--button"
                aria-pressed={selected}
                onClick={() => session.select({ stepIds: [segment.stepId as string], flowIds: [], laneIds: [], annotationIds: [] })}
              >
                {label}
                {revisited ? <span className="sl-ladder__visits">×{formatNumber(segment.expectedVisits, language, 1)}</span> : null}
              </button>
            )}
          </span>
          <span className="sl-ladder__value sl-ladder__value--work" data-testid="timeline-work">
            {work}
          </span>
        </div>
      </li>
    );
  };

  return region(
    <>
      <ol className="sl-ladder__track" ref={trackRef}>
        <li className="sl-ladder__legend" aria-hidden="true">
          <span className="sl-ladder__value sl-ladder__legend-wait">{t('timeline.waitRow')}</span>
          <span className="sl-ladder__rung" />
          <span className="sl-ladder__value sl-ladder__legend-work">{t('timeline.processRow')}</span>
        </li>
        {timeline.segments.length === 0 ? <li className="sl-ladder__message">{t('timeline.empty')}</li> : timeline.segments.map(renderSegment)}
      </ol>
      <div className="sl-ladder__totals">
        <div className="sl-ladder__total">
          <span className="sl-ladder__total-label">{t('timeline.leadTimeTotal')}</span>
          <span className="sl-ladder__total-value" data-testid="timeline-total-leadTime">
            {duration(timeline.leadTimeMinutes)}
          </span>
        </div>
        <div className="sl-ladder__total sl-ladder__total--work">
          <span className="sl-ladder__total-label">{t('timeline.processTimeTotal')}</span>
          <span className="sl-ladder__total-value" data-testid="timeline-total-processTime">
            {duration(timeline.processTimeMinutes)}
          </span>
        </div>
      </div>
    </>,
  );
}
