import { useViewport } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditTarget } from '../../../../shared/commands/types';
import { formatCurrency } from '../../../../shared/i18n/format';
import type { MapState } from '../../../../shared/model/types';
import { useDocuments, useDocumentState, useSession, useSessionState } from '../../../base/hooks';
import { uiLanguageOf } from '../../../base/i18n';
import { shownStateOf } from '../../../base/session/shownState';
import { dispatchLaneChange } from '../canvasCommands';
import { LANE_HEIGHT_PX, laneColor } from '../../../../shared/layout/geometry';

/** Height of a full header's content (name, cost, buttons). */
const HEADER_CONTENT_PX = 112;
import { createLane } from '../../../../shared/model/elements';
import { createElementId } from '../../../../shared/model/ids';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { LaneHeader, type LaneHeaderHandlers } from './LaneHeader';

/**
 * The column of lane headers along the left edge of the canvas. It follows the viewport
 * vertically (pan and zoom) but stays at the left, so lane names remain readable anywhere
 * on a long map.
 */
export function LaneHeaders({ state, target }: { state: MapState; target: EditTarget }) {
  const { t, i18n } = useTranslation('canvas');
  const language = uiLanguageOf(i18n);
  const documents = useDocuments();
  const session = useSession();
  const { y, zoom } = useViewport();
  const selectedLaneIds = useSessionState((editor) => editor.selection.laneIds);
  const settings = useDocumentState((editor) => editor.map.settings);
  const [renamingLaneId, setRenamingLaneId] = useState<string | null>(null);
  const [deletingLaneId, setDeletingLaneId] = useState<string | null>(null);

  const handlers: LaneHeaderHandlers = useMemo(
    () => ({
      select: (laneId) => session.select({ laneIds: [laneId] }),
      startRename: setRenamingLaneId,
      commitRename: (laneId, name) => {
        setRenamingLaneId(null);
        documents.dispatch({ type: 'lane/update', target, laneId, patch: { name: name.trim() } });
      },
      cancelRename: () => setRenamingLaneId(null),
      addBelow: (laneId) => {
        const { map } = documents.getState();
        const index = shownStateOf(map, target).lanes.findIndex((lane) => lane.id === laneId);
        const lane = createLane({ id: createElementId(map, 'lane'), name: t('newElement.lane') });
        if (dispatchLaneChange(documents, { type: 'lane/add', target, lane, index: index + 1 })) {
          session.select({ laneIds: [lane.id] });
          setRenamingLaneId(lane.id);
        }
      },
      move: (laneId, toIndex) => dispatchLaneChange(documents, { type: 'lane/move', target, laneId, toIndex }),
      requestDelete: setDeletingLaneId,
    }),
    [documents, session, target, t, setRenamingLaneId, setDeletingLaneId],
  );

  const heightPx = LANE_HEIGHT_PX * zoom;
  // Keep a header's text in view while its lane is partly scrolled out at the top, as long
  // as the text still fits in the visible part.
  const hiddenAbove = (index: number): number => Math.max(0, Math.min(-(y + index * heightPx), heightPx - HEADER_CONTENT_PX));
  return (
    <div className="lane-headers">
      <div className="lane-headers__track" style={{ transform: `translateY(${y}px)` }}>
        {state.lanes.map((lane, index) => {
          const ownRate = lane.hourlyCost !== undefined;
          const amount = formatCurrency(lane.hourlyCost ?? settings.defaultHourlyCost, settings.currency, language);
          return (
            <LaneHeader
              key={lane.id}
              lane={lane}
              index={index}
              laneCount={state.lanes.length}
              heightPx={heightPx}
              hiddenAbovePx={hiddenAbove(index)}
              color={laneColor(index)}
              costText={t(ownRate ? 'lane.hourlyCost' : 'lane.defaultHourlyCost', { amount })}
              selected={selectedLaneIds.includes(lane.id)}
              renaming={renamingLaneId === lane.id}
              handlers={handlers}
            />
          );
        })}
      </div>
      {deletingLaneId !== null && (
        <DeleteLaneDialog
          state={state}
          laneId={deletingLaneId}
          onClose={() => setDeletingLaneId(null)}
          onConfirm={(deletion) => {
            setDeletingLaneId(null);
            dispatchLaneChange(documents, { type: 'lane/delete', target, laneId: deletingLaneId, deletion });
          }}
        />
      )}
    </div>
  );
}
