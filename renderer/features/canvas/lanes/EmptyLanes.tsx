import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { EditTarget } from '../../../../shared/commands/types';
import { useEditorStore } from '../../../base/hooks';
import { createLane } from '../../../../shared/model/elements';
import { createElementId } from '../../../../shared/model/ids';

/** Shown when the state has no lanes at all: steps need a lane, so offer one. */
export function EmptyLanes({ target }: { target: EditTarget }) {
  const { t } = useTranslation('canvas');
  const store = useEditorStore();
  const addLane = (): void => {
    const lane = createLane({ id: createElementId(store.getState().map, 'lane'), name: t('newElement.lane') });
    if (store.dispatch({ type: 'lane/add', target, lane })) store.select({ laneIds: [lane.id] });
  };
  return (
    <Panel position="top-center" className="empty-lanes">
      <p>{t('empty.noLanes')}</p>
      <button type="button" className="canvas-button" onClick={addLane}>
        {t('empty.addLane')}
      </button>
    </Panel>
  );
}
