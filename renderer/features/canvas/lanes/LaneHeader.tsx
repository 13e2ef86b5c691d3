import { memo, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lane } from '../../../../shared/model/types';
import { Icon } from '../Icon';
import { InlineTextEditor } from '../nodes/InlineTextEditor';

export interface LaneHeaderHandlers {
  select: (laneId: string) => void;
  startRename: (laneId: string) => void;
  commitRename: (laneId: string, name: string) => void;
  cancelRename: () => void;
  addBelow: (laneId: string) => void;
  move: (laneId: string, toIndex: number) => void;
  requestDelete: (laneId: string) => void;
}

interface LaneHeaderProps {
  lane: Lane;
  index: number;
  laneCount: number;
  heightPx: number;
  /** Screen pixels of this header hidden above the canvas: its text moves down to stay readable. */
  hiddenAbovePx: number;
  color: string;
  costText: string;
  selected: boolean;
  renaming: boolean;
  handlers: LaneHeaderHandlers;
}

/** Which parts fit in a header of this many screen pixels. */
function densityOf(heightPx: number): 'full' | 'compact' | 'name' | 'none' {
  if (heightPx >= 112) return 'full';
  if (heightPx >= 64) return 'compact';
  if (heightPx >= 26) return 'name';
  return 'none';
}

/**
 * The header of one swimlane, pinned to the left edge of the canvas: its name (double-click
 * to rename), its hourly cost, and buttons to add a lane below, move it, or delete it.
 * A click selects the lane, so the inspector shows it (the hourly cost is edited there).
 */
function LaneHeaderView({ lane, index, laneCount, heightPx, hiddenAbovePx, color, costText, selected, renaming, handlers }: LaneHeaderProps) {
  const { t } = useTranslation('canvas');
  const density = densityOf(heightPx);
  const name = lane.name.trim() === '' ? t('lane.unnamed') : lane.name;
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <div
      role="group"
      aria-label={t('lane.region', { name })}
      className={`lane-header lane-header--${density}${heightPx < 40 ? ' lane-header--tight' : ''}${selected ? ' is-selected' : ''}`}
      style={{ height: heightPx, paddingTop: hiddenAbovePx > 0 ? hiddenAbovePx + 8 : undefined, '--lane-color': color } as CSSProperties}
      onClick={() => handlers.select(lane.id)}
      data-lane-id={lane.id}
    >
      {density !== 'none' &&
        (renaming ? (
          <InlineTextEditor
            initialText={lane.name}
            ariaLabel={t('lane.nameInput')}
            hint={t('step.editHint')}
            className="inline-editor--lane"
            onCommit={(text) => handlers.commitRename(lane.id, text)}
            onCancel={handlers.cancelRename}
          />
        ) : (
          <div
            className="lane-header__name"
            title={`${name}\n${t('lane.renameHint')}`}
            onDoubleClick={(event) => {
              event.stopPropagation();
              handlers.startRename(lane.id);
            }}
          >
            {name}
          </div>
        ))}
      {density === 'full' && <div className="lane-header__cost">{costText}</div>}
      {(density === 'full' || density === 'compact') && !renaming && (
        <div className="lane-header__actions" onClick={stop} onDoubleClick={stop}>
          <button type="button" className="lane-button" aria-label={t('lane.addBelow')} title={t('lane.addBelow')} onClick={() => handlers.addBelow(lane.id)}>
            <Icon name="plus" />
          </button>
          <button type="button" className="lane-button" aria-label={t('lane.moveUp')} title={t('lane.moveUp')} disabled={index === 0} onClick={() => handlers.move(lane.id, index - 1)}>
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="lane-button"
            aria-label={t('lane.moveDown')}
            title={t('lane.moveDown')}
            disabled={index === laneCount - 1}
            onClick={() => handlers.move(lane.id, index + 1)}
          >
            <Icon name="down" />
          </button>
          <button type="button" className="lane-button lane-button--danger" aria-label={t('lane.delete')} title={t('lane.delete')} onClick={() => handlers.requestDelete(lane.id)}>
            <Icon name="trash" />
          </button>
        </div>
      )}
    </div>
  );
}

export const LaneHeader = memo(LaneHeaderView);
