import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { EditTarget } from '../../../../shared/commands/types';
import { useDocuments, useSession } from '../../../base/hooks';
import { createLane } from '../../../../shared/model/elements';
import { createElementId } from '../../../../shared/model/ids';

/** Shown when the state has no lanes at all: steps need a lane, so offer one. */
export function EmptyLanes({ target }: { target: EditTarget }) {
  const { t } = useTranslation('canvas');
  const documents = useDocuments();
  const session = useSession();
  const addLane = (): void => {
    const lane = createLane({ id: createElementId(documents.getState().map, 'lane'), name: t('newElement.lane') });
    if (documents.dispatch({ type: 'lane/add', target, lane })) session.select({ laneIds: [lane.id] });
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
