import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { LaneDeletion } from '../../../../shared/commands/types';
import type { MapState } from '../../../../shared/model/types';

interface DeleteLaneDialogProps {
  state: MapState;
  laneId: string;
  onConfirm: (deletion: LaneDeletion) => void;
  onClose: () => void;
}

/**
 * Asks what happens to the steps of a lane that is deleted: move them to another lane (the
 * default, nothing is lost) or delete them with their flows. Deleting is offered only when
 * the map stays valid (the start step and the last end step cannot go).
 */
export function DeleteLaneDialog({ state, laneId, onConfirm, onClose }: DeleteLaneDialogProps) {
  const { t } = useTranslation('canvas');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const laneIndex = state.lanes.findIndex((lane) => lane.id === laneId);
  const lane = state.lanes[laneIndex];
  const otherLanes = state.lanes.filter((candidate) => candidate.id !== laneId);
  const steps = state.steps.filter((step) => step.laneId === laneId);
  const ends = state.steps.filter((step) => step.type === 'end');
  const canDeleteSteps = !steps.some((step) => step.type === 'start') && !(ends.length > 0 && ends.every((step) => step.laneId === laneId));
  const neighbour = state.lanes[laneIndex > 0 ? laneIndex - 1 : laneIndex + 1];
  const [mode, setMode] = useState<LaneDeletion['mode']>('move-steps');
  const [toLaneId, setToLaneId] = useState(neighbour?.id ?? '');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  if (!lane) return null;
  const name = lane.name.trim() === '' ? t('lane.unnamed') : lane.name;
  const isLastLane = otherLanes.length === 0;
  const canConfirm = !isLastLane && (steps.length === 0 || (mode === 'move-steps' ? toLaneId !== '' : canDeleteSteps));

  const confirm = (): void => {
    if (!canConfirm) return;
    onConfirm(steps.length === 0 || mode === 'delete-steps' ? { mode: 'delete-steps' } : { mode: 'move-steps', toLaneId });
  };

  // In the document body: the canvas overlays around it take no pointer events.
  return createPortal(
    <dialog
      ref={dialogRef}
      className="canvas-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId} className="canvas-dialog__title">
        {t('deleteLane.title', { name })}
      </h2>
      {isLastLane ? (
        <p>{t('deleteLane.lastLane')}</p>
      ) : steps.length === 0 ? (
        <p>{t('deleteLane.empty')}</p>
      ) : (
        <fieldset className="canvas-dialog__choices">
          <legend>{t('deleteLane.steps', { count: steps.length })}</legend>
          <label className="canvas-dialog__choice">
            <input type="radio" name="lane-deletion" checked={mode === 'move-steps'} onChange={() => setMode('move-steps')} />
            <span>{t('deleteLane.moveSteps')}</span>
          </label>
          <label className="canvas-dialog__target">
            <span>{t('deleteLane.moveTarget')}</span>
            <select value={toLaneId} disabled={mode !== 'move-steps'} onChange={(event) => setToLaneId(event.target.value)}>
              {otherLanes.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name.trim() === '' ? t('lane.unnamed') : other.name}
                </option>
              ))}
            </select>
          </label>
          <label className={`canvas-dialog__choice${canDeleteSteps ? '' : ' is-disabled'}`}>
            <input type="radio" name="lane-deletion" checked={mode === 'delete-steps'} disabled={!canDeleteSteps} onChange={() => setMode('delete-steps')} />
            <span>{t('deleteLane.deleteSteps')}</span>
          </label>
          {!canDeleteSteps && <p className="canvas-dialog__note">{t('deleteLane.deleteStepsBlocked')}</p>}
        </fieldset>
      )}
      <div className="canvas-dialog__buttons">
        <button type="button" className="canvas-button" onClick={onClose} autoFocus>
          {t('deleteLane.cancel')}
        </button>
        {!isLastLane && (
          <button type="button" className="canvas-button canvas-button--danger" disabled={!canConfirm} onClick={confirm}>
            {t('deleteLane.confirm')}
          </button>
        )}
      </div>
    </dialog>,
    document.body,
  );
}
