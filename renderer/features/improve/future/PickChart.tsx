import '../improve.css';
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatNumber } from '../../../../shared/i18n/format';
import { EFFORTS, type Effort } from '../../../../shared/model/vocabulary';
import { useDocuments, useDocumentState, useSession } from '../../../base/hooks';
import { useUiLanguage } from '../../../base/i18n/useUiLanguage';
import { useComparison } from '../useComparison';
import { columnCenterX, effortAtX, layoutPick, type PickDot } from './pickLayout';

/** Pointer travel (in chart units) under which a press counts as a click, not a drag. */
const CLICK_TOLERANCE = 4;

interface DragState {
  actionId: string;
  startX: number;
  offsetX: number;
  pointerId: number;
}

/**
 * The PICK chart: every action that is not rejected, placed by payoff (the
 * larger share of the largest hours and lead-time savings, from compareStates) and effort, with
 * labels that never overlap (pickLayout).
 * Dragging a dot sideways changes the action's effort (`action/update`); a click opens the action.
 */
export function PickChart() {
  const { t } = useTranslation('actions');
  const language = useUiLanguage();
  const documents = useDocuments();
  const session = useSession();
  const actions = useDocumentState((state) => state.map.actions);
  const hoursPerDay = useDocumentState((state) => state.map.settings.hoursPerDay);
  const comparison = useComparison(true);
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<DragState | null>(null);

  const layout = layoutPick(actions, comparison?.actionSavings ?? []);
  const dots = comparison ? layout.dots : [];
  const toChartX = (event: PointerEvent): number => {
    const svg = svgRef.current;
    const box = svg?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return ((event.clientX - box.left) / box.width) * layout.width;
  };

  const onPointerDown = (event: PointerEvent<SVGGElement>, dot: PickDot): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ actionId: dot.actionId, startX: toChartX(event), offsetX: 0, pointerId: event.pointerId });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>): void => {
    if (drag && drag.pointerId === event.pointerId) setDrag({ ...drag, offsetX: toChartX(event) - drag.startX });
  };
  const onPointerUp = (event: PointerEvent<SVGGElement>, dot: PickDot): void => {
    if (!drag || drag.pointerId !== event.pointerId) return;
    setDrag(null);
    if (Math.abs(drag.offsetX) < CLICK_TOLERANCE) {
      session.openAction({ kind: 'action', actionId: dot.actionId }, { reveal: true });
      return;
    }
    const effort = effortAtX(dot.x + drag.offsetX);
    if (effort !== dot.effort) documents.dispatch({ type: 'action/update', actionId: dot.actionId, patch: { effort } });
  };
  const onKeyDown = (key: string, dot: PickDot): void => {
    if (key === 'Enter' || key === ' ') session.openAction({ kind: 'action', actionId: dot.actionId }, { reveal: true });
    const index = EFFORTS.indexOf(dot.effort);
    const next: Effort | undefined = key === 'ArrowRight' ? EFFORTS[index + 1] : key === 'ArrowLeft' ? EFFORTS[index - 1] : undefined;
    if (next) documents.dispatch({ type: 'action/update', actionId: dot.actionId, patch: { effort: next } });
  };

  const { left, right, top, bottom, splitY } = layout;
  const splitX = (columnCenterX('low') + columnCenterX('medium')) / 2;
  const quadrants = [
    { id: 'implement', x: left, y: top, width: splitX - left, height: splitY - top },
    { id: 'challenge', x: splitX, y: top, width: right - splitX, height: splitY - top },
    { id: 'possible', x: left, y: splitY, width: splitX - left, height: bottom - splitY },
    { id: 'kill', x: splitX, y: splitY, width: right - splitX, height: bottom - splitY },
  ] as const;

  return (
    <div className="sl-pick" data-testid="pick-chart">
      <h2 className="sl-comparison__heading">{t('pick.heading')}</h2>
      <p className="sl-improve__muted">{t('pick.intro')}</p>
      {dots.length === 0 ? <p className="sl-improve__muted">{t('pick.noActions')}</p> : null}
      <svg ref={svgRef} className="sl-pick__svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={t('pick.chartLabel')}>
        {quadrants.map((quadrant) => (
          <g key={quadrant.id}>
            <rect className={`sl-pick__quadrant sl-pick__quadrant--${quadrant.id}`} x={quadrant.x} y={quadrant.y} width={quadrant.width} height={quadrant.height} />
            <text className="sl-pick__quadrant-name" x={quadrant.x + 10} y={quadrant.y + 24}>
              {t(`playbook:pick.${quadrant.id}.name`)}
            </text>
          </g>
        ))}
        {EFFORTS.map((effort) => (
          <text key={effort} className="sl-pick__axis-tick" x={columnCenterX(effort)} y={bottom + 22} textAnchor="middle">
            {t(`playbook:effort.${effort}`)}
          </text>
        ))}
        <text className="sl-pick__axis-title" x={(left + right) / 2} y={layout.height - 6} textAnchor="middle">
          {t('pick.effortAxis')}
        </text>
        <text className="sl-pick__axis-title" transform={`translate(18 ${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {t('pick.impact')}
        </text>
        {dots.map((dot) => {
          const dragged = drag?.actionId === dot.actionId;
          const x = dot.x + (dragged ? drag.offsetX : 0);
          return (
            <g
              key={dot.actionId}
              className={`sl-pick__dot sl-pick__dot--${dot.quadrant}${dragged ? ' sl-pick__dot--dragging' : ''}`}
              data-testid="pick-dot"
              data-action-id={dot.actionId}
              data-effort={dot.effort}
              data-quadrant={dot.quadrant}
              transform={`translate(${x} ${dot.y})`}
              tabIndex={0}
              role="button"
              aria-label={t('pick.dotLabel', {
                title: dot.title,
                hours: formatNumber(dot.hoursPerYear, language, 0),
                leadTime: formatDuration(Math.max(0, dot.leadTimeMinutes), hoursPerDay, language),
                effort: t(`playbook:effort.${dot.effort}`),
                quadrant: t(`playbook:pick.${dot.quadrant}.name`),
              })}
              onPointerDown={(event) => onPointerDown(event, dot)}
              onPointerMove={onPointerMove}
              onPointerUp={(event) => onPointerUp(event, dot)}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(event) => onKeyDown(event.key, dot)}
            >
              <title>{dot.title}</title>
              <circle r={11} />
              <text className="sl-pick__dot-number" textAnchor="middle" dy="0.35em">
                {dot.number}
              </text>
              <text className="sl-pick__label" x={16} dy="0.35em">
                {dot.shortTitle}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
