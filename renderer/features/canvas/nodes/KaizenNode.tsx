import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_SIZE_PX } from '../../../../shared/layout/geometry';
import type { AnnotationNode } from '../flowTypes';
import { AnnotationText } from './AnnotationText';

const { width, height } = ANNOTATION_SIZE_PX.kaizen;

/** The points of a starburst with `spikes` spikes filling a width × height box. */
function starburstPoints(spikes: number): string {
  const points: string[] = [];
  const centerX = width / 2;
  const centerY = height / 2;
  for (let index = 0; index < spikes * 2; index += 1) {
    const angle = (Math.PI * index) / spikes - Math.PI / 2;
    // Alternate outer and inner radius; slightly irregular spikes read as a hand-drawn burst.
    const outer = index % 2 === 0;
    const jitter = outer ? (index % 4 === 0 ? 1 : 0.93) : 0.78;
    points.push(`${(centerX + Math.cos(angle) * (centerX - 2) * jitter).toFixed(1)},${(centerY + Math.sin(angle) * (centerY - 2) * jitter).toFixed(1)}`);
  }
  return points.join(' ');
}

const BURST_POINTS = starburstPoints(14);

/** A kaizen burst: an improvement idea marked on the map, drawn as the classic starburst. */
function KaizenNodeView({ id, data, selected }: NodeProps<AnnotationNode>) {
  const { t } = useTranslation('canvas');
  return (
    <div className={`annotation annotation--kaizen${data.lowDetail ? ' annotation--simple' : ''}${selected ? ' is-selected' : ''}`} role="note" aria-label={t('annotation.kaizen')}>
      <svg className="kaizen__burst" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <polygon points={BURST_POINTS} />
      </svg>
      <div className="kaizen__content">
        <AnnotationText nodeId={id} text={data.text} editing={data.editing} />
      </div>
    </div>
  );
}

export const KaizenNode = memo(KaizenNodeView);
