import type { MapState, ProcessMap } from './types';

/**
 * The one id scheme of everything Stroomlijn creates: a short prefix and the next number
 * that prefix has not used yet in the map ("s13", "f4", "lane3", "a2", "action5"), as in
 * the bundled templates. Ids only need to be unique within a map (domain.md section 1);
 * readable ones keep files and error messages ("step s13") easy to follow.
 */
export type IdPrefix = 's' | 'f' | 'a' | 'lane' | 'action';

type IdentifiedState = Pick<MapState, 'lanes' | 'steps' | 'flows' | 'annotations'>;

/** Every id used by a lane, step, flow or annotation of one state. */
export function idsOfState(state: IdentifiedState): Set<string> {
  const ids = new Set<string>();
  for (const list of [state.lanes, state.steps, state.flows, state.annotations]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

/** Every id used in a map: actions, and the lanes, steps, flows and annotations of the current and the future state. */
export function collectIds(map: ProcessMap): Set<string> {
  const ids = idsOfState(map);
  for (const action of map.actions) ids.add(action.id);
  if (map.future !== null) for (const id of idsOfState(map.future)) ids.add(id);
  return ids;
}

/**
 * Makes fresh ids against `takenIds`: each prefix continues after the highest number it has
 * there, and every id made is taken from then on, so one maker never repeats itself.
 * `takenIds` is not modified.
 */
export function createIdMaker(takenIds: ReadonlySet<string>): (prefix: IdPrefix) => string {
  const taken = new Set(takenIds);
  const nextNumber = new Map<IdPrefix, number>();
  const highestNumber = (prefix: IdPrefix): number => {
    let highest = 0;
    const pattern = new RegExp(`^${prefix}(\\d+)$`);
    for (const id of taken) {
      const match = pattern.exec(id);
      if (match?.[1]) highest = Math.max(highest, Number(match[1]));
    }
    return highest;
  };
  return (prefix) => {
    let number = nextNumber.get(prefix) ?? highestNumber(prefix) + 1;
    while (taken.has(`${prefix}${number}`)) number += 1;
    const id = `${prefix}${number}`;
    taken.add(id);
    nextNumber.set(prefix, number + 1);
    return id;
  };
}

/** A fresh id for a new element of the map (either state), e.g. "s13". */
export function createElementId(map: ProcessMap, prefix: IdPrefix): string {
  return createIdMaker(collectIds(map))(prefix);
}

/** Several fresh ids at once, all different (e.g. a step and the flow that connects it). */
export function createElementIds(map: ProcessMap, prefixes: readonly IdPrefix[]): string[] {
  const makeId = createIdMaker(collectIds(map));
  return prefixes.map(makeId);
}
