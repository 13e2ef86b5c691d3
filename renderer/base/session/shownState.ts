import type { EditTarget } from '../../../shared/commands/types';
import type { MapState, ProcessMap } from '../../../shared/model/types';

/**
 * The one answer to "which state is shown?": the future state when it is the target and the
 * map has one, else the current state (the map's own lanes, steps, flows and annotations).
 * The canvas, the panels, the analysis, the clipboard and the menu commands all ask here.
 */
export function shownStateOf(map: ProcessMap, target: EditTarget): MapState {
  return target === 'future' && map.future ? map.future : map;
}

/** The target that is really shown: 'future' only while the map has a future state. */
export function shownTargetOf(map: ProcessMap, target: EditTarget): EditTarget {
  return target === 'future' && map.future ? 'future' : 'current';
}

/** The shown state right now, for event handlers and commands outside React. */
export function readShownState(documents: { getState(): { map: ProcessMap } }, session: { getState(): { target: EditTarget } }): MapState {
  return shownStateOf(documents.getState().map, session.getState().target);
}
