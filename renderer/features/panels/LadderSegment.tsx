import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { TimelineSegment } from '../../../shared/analysis/timeline';
import { formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/model/vocabulary';

/** Below this many extra visits a step is not marked as revisited (float noise of the solver). */
const REVISIT_THRESHOLD = 1.005;

/** Widths of a column in rem; ladder.css sets the same (`.sl-ladder__wait`, `--none`, `.sl-ladder__work`). */
export const WAIT_WIDTH_REM = 7.5;
export const NO_WAIT_WIDTH_REM = 1;
export const WORK_WIDTH_REM = 8.5;

export function segmentWidthRem(segment: TimelineSegment): number {
  return (segment.waitTimeMinutes > 0 ? WAIT_WIDTH_REM : NO_WAIT_WIDTH_REM) + WORK_WIDTH_REM;
}

interface LadderSegmentProps {
  segment: TimelineSegment;
  /** Where the column starts in the (virtualised) track, in px. */
  leftPx: number;
  selected: boolean;
  language: Language;
  t: TFunction<'panels'>;
  duration: (minutes: number) => string;
  onSelect: (stepId: string) => void;
}

/**
 * One column of the ladder: the wait on the upper rung (with the inventory triangle) and the
 * work on the lower rung, with the step's name as a button that selects it on the canvas.
 * Steps beside the main path ('side') are drawn dashed; the 'other' remainder has no button.
 */
export const LadderSegment = memo(function LadderSegment({ segment, leftPx, selected, language, t, duration, onSelect }: LadderSegmentProps) {
  const isOther = segment.kind === 'other';
  const isSide = segment.kind === 'side';
  const label = isOther ? t('timeline.other') : segment.label || '—';
  const wait = duration(segment.waitTimeMinutes);
  const work = duration(segment.processTimeMinutes);
  const revisited = segment.expectedVisits > REVISIT_THRESHOLD;
  const tip = [
    t('timeline.segmentTip', { label, wait, process: work }),
    revisited ? t('timeline.visitsTip', { value: formatNumber(segment.expectedVisits, language, 2) }) : null,
    isOther ? t('timeline.otherTip') : null,
    isSide ? t('timeline.sideTip') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const hasWait = segment.waitTimeMinutes > 0;
  const kindClass = isOther ? ' sl-ladder__segment--other' : isSide ? ' sl-ladder__segment--side' : '';
  const stepId = segment.stepId;
  return (
    <li
      className={`sl-ladder__segment${kindClass}${selected ? ' sl-ladder__segment--selected' : ''}`}
      style={{ left: leftPx }}
      data-testid={isOther ? 'timeline-other' : `timeline-segment-${stepId}`}
      data-step-id={stepId ?? undefined}
      title={tip}
    >
      <div className={`sl-ladder__wait${hasWait ? '' : ' sl-ladder__wait--none'}`}>
        <span className="sl-ladder__value sl-ladder__value--wait" data-testid="timeline-wait">
          {hasWait ? wait : ''}
        </span>
        <span className={`sl-ladder__rung ${hasWait ? 'sl-ladder__rung--up' : 'sl-ladder__rung--flat'}`} aria-hidden="true">
          {hasWait ? <span className="sl-ladder__inventory">I</span> : null}
        </span>
      </div>
      <div className="sl-ladder__work">
        <span className="sl-ladder__rung sl-ladder__rung--down">
          {stepId === null ? (
            <span className="sl-ladder__label">{label}</span>
          ) : (
            <button type="button" className="sl-ladder__label sl-ladder__label--button" aria-pressed={selected} onClick={() => onSelect(stepId)}>
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
});
