import type { EditTarget } from '../../../shared/commands/types';
import { deriveFutureState } from '../../../shared/improve/futureState';
import type { MapState, ProcessMap } from '../../../shared/model/types';

/**
 * The derived future (futureState.ts rule 1) of each map object, so every reader of one
 * document version gets the same object: the analysis and the React slices compare by identity.
 */
const derivedFutures = new WeakMap<ProcessMap, MapState>();

function derivedFutureOf(map: ProcessMap): MapState {
  let state = derivedFutures.get(map);
  if (!state) {
    state = deriveFutureState(map).state;
    derivedFutures.set(map, state);
  }
  return state;
}

/**
 * The one answer to "which state is shown?": for 'future' the stored future, or while none is
 * stored the future the applied actions make (current state + their effects, drawn and
 * analysed like any state; the first edit stores it, see applyCommand); else the current
 * state (the map's own lanes, steps, flows and annotations). The canvas, the panels, the
 * analysis (metrics bar), the clipboard and the menu commands all ask here.
 */
export function shownStateOf(map: ProcessMap, target: EditTarget): MapState {
  if (target !== 'future') return map;
  return map.future ?? derivedFutureOf(map);
}

/** The target that is really shown: the future state always exists (stored or derived). */
export function shownTargetOf(_map: ProcessMap, target: EditTarget): EditTarget {
  return target;
}

/** The shown state right now, for event handlers and commands outside React. */
export function readShownState(documents: { getState(): { map: ProcessMap } }, session: { getState(): { target: EditTarget } }): MapState {
  return shownStateOf(documents.getState().map, session.getState().target);
}
