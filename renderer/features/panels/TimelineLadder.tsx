import './panels.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline } from '../../../shared/analysis/timeline';
import { formatDuration } from '../../../shared/i18n/format';
import { useDeferredAnalysisState, useDocumentState, useSession, useSessionState, useShownState } from '../../base/hooks';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';
import { offsetsOf, remInPixels, useHorizontalViewport, visibleRange } from '../../base/ui/scrollWindow';
import { LadderSegment, segmentWidthRem } from './LadderSegment';

/** Columns drawn beyond each side of the visible part, so a short scroll shows no gap. */
const OVERSCAN_PX = 480;
/** Room kept left of a selected step scrolled into view, in px. */
const SCROLL_MARGIN_PX = 48;

/**
 * The classic value-stream timeline under the canvas: a stepped line with each step's
 * wait time on the upper rung (where the inventory triangle sits) and its process time on
 * the lower rung, along the most likely path (with parallel blocks: the critical path), then
 * the steps beside it by name, with lead time and process time at the right. The data is
 * `buildTimeline` of the analysis; this component only draws it.
 *
 * Virtualised: only the columns in (or near) view are in the DOM, placed at their offsets
 * in a track as wide as all of them, so a 1,000-step map costs a few dozen elements here
 * instead of ten thousand, and the native scrollbar still spans the whole path.
 */
export function TimelineLadder() {
  const { t } = useTranslation('panels');
  const language = useUiLanguage();
  const session = useSession();
  // The ladder follows an edit after the metrics bar (see useDeferredAnalysisState): the state
  // and its analysis are deferred together, so the two always belong to each other.
  const state = useDeferredValue(useShownState());
  const hoursPerDay = useDocumentState((editor) => editor.map.settings.hoursPerDay);
  const selectedStepIds = useSessionState((editor) => editor.selection.stepIds);
  const { analysis } = useDeferredAnalysisState();
  const timeline = useMemo(() => (analysis ? buildTimeline(state, analysis) : null), [state, analysis]);
  const trackRef = useRef<HTMLDivElement>(null);
  const { scrollLeftPx, widthPx } = useHorizontalViewport(trackRef);

  const segments = useMemo(() => timeline?.segments ?? [], [timeline]);
  const offsets = useMemo(() => {
    const rem = remInPixels();
    return offsetsOf(segments.map((segment) => segmentWidthRem(segment) * rem));
  }, [segments]);
  const indexByStepId = useMemo(() => new Map(segments.map((segment, index) => [segment.stepId, index])), [segments]);

  // A step selected on the canvas is scrolled into view on a long path: once per new
  // selection, so scrolling by hand afterwards is not undone by the next edit.
  const scrolledForSelection = useRef<readonly string[] | null>(null);
  useEffect(() => {
    const [stepId] = selectedStepIds;
    const track = trackRef.current;
    const index = stepId === undefined ? undefined : indexByStepId.get(stepId);
    if (index === undefined || !track || scrolledForSelection.current === selectedStepIds) return;
    scrolledForSelection.current = selectedStepIds;
    const start = offsets[index] ?? 0;
    const end = offsets[index + 1] ?? start;
    if (start < track.scrollLeft || end > track.scrollLeft + track.clientWidth) track.scrollLeft = Math.max(0, start - SCROLL_MARGIN_PX);
  }, [selectedStepIds, indexByStepId, offsets]);

  const duration = useCallback((minutes: number): string => formatDuration(minutes, hoursPerDay, language), [hoursPerDay, language]);
  const select = useCallback((stepId: string) => session.select({ stepIds: [stepId], flowIds: [], laneIds: [], annotationIds: [] }), [session]);
  const region = (content: ReactNode) => (
    <div className="sl-ladder" role="region" aria-label={t('timeline.regionLabel')} data-testid="timeline-ladder">
      {content}
    </div>
  );

  if (!analysis) return region(null);
  if (!timeline) return region(<p className="sl-ladder__message">{t('timeline.unavailable')}</p>);

  const { first, last } = visibleRange(offsets, scrollLeftPx, widthPx, OVERSCAN_PX);
  const shown = [];
  for (let index = first; index <= last; index += 1) {
    const segment = segments[index];
    if (!segment) continue;
    shown.push(
      <LadderSegment
        key={segment.stepId ?? 'other'}
        segment={segment}
        leftPx={offsets[index] ?? 0}
        selected={segment.stepId !== null && selectedStepIds.includes(segment.stepId)}
        language={language}
        t={t}
        duration={duration}
        onSelect={select}
      />,
    );
  }

  return region(
    <>
      <div className="sl-ladder__legend" aria-hidden="true">
        <span className="sl-ladder__value sl-ladder__legend-wait">{t('timeline.waitRow')}</span>
        <span className="sl-ladder__value sl-ladder__legend-work">{t('timeline.processRow')}</span>
      </div>
      <div className="sl-ladder__scroller" ref={trackRef} tabIndex={0} aria-label={t('timeline.scrollLabel', { count: segments.length })}>
        {segments.length === 0 ? (
          <p className="sl-ladder__message">{t('timeline.empty')}</p>
        ) : (
          <ol className="sl-ladder__track" style={{ width: offsets[segments.length] ?? 0 }}>
            {shown}
          </ol>
        )}
      </div>
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
