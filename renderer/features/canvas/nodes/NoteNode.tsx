import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationNode } from '../flowTypes';
import { AnnotationText } from './AnnotationText';

/** A sticky note on the canvas: pain points, quotes from the team. Not analysed. */
function NoteNodeView({ id, data, selected }: NodeProps<AnnotationNode>) {
  const { t } = useTranslation('canvas');
  return (
    <div className={`annotation annotation--note${data.lowDetail ? ' annotation--simple' : ''}${selected ? ' is-selected' : ''}`} role="note" aria-label={t('annotation.note')}>
      <AnnotationText nodeId={id} text={data.text} editing={data.editing} />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
