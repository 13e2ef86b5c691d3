import type { Position } from '../commands/types';
import type { Annotation, Lane, MapState, ProcessMap, Step } from './types';
import type { AnnotationKind, StepType } from './vocabulary';

/** What the palette offers: steps a user may add (never a second start) and annotations. */
export const PALETTE_KINDS = ['activity', 'decision', 'end', 'note', 'kaizen'] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

export function isPaletteKind(value: unknown): value is PaletteKind {
  return typeof value === 'string' && (PALETTE_KINDS as readonly string[]).includes(value);
}

export function isAnnotationKind(kind: PaletteKind): kind is Extract<PaletteKind, AnnotationKind> {
  return kind === 'note' || kind === 'kaizen';
}

function collectIds(state: MapState | null, into: Set<string>): void {
  if (!state) return;
  for (const list of [state.lanes, state.steps, state.flows, state.annotations]) {
    for (const item of list) into.add(item.id);
  }
}

/**
 * A fresh, readable id such as "s13": the prefix with the next number not used by any
 * lane, step, flow or annotation of the current or the future state (ids are unique per
 * state; avoiding both keeps a new future step from borrowing an id of the current state).
 */
export function createElementId(map: ProcessMap, prefix: 's' | 'f' | 'a' | 'lane'): string {
  const used = new Set<string>();
  collectIds(map, used);
  collectIds(map.future, used);
  let highest = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of used) {
    const match = pattern.exec(id);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  let candidate = highest + 1;
  while (used.has(`${prefix}${candidate}`)) candidate += 1;
  return `${prefix}${candidate}`;
}

/** Several fresh ids at once (e.g. a step and the flow that connects it). */
export function createElementIds(map: ProcessMap, prefixes: readonly ('s' | 'f' | 'a' | 'lane')[]): string[] {
  const ids: string[] = [];
  const reserved: ProcessMap = { ...map, annotations: [...map.annotations] };
  for (const prefix of prefixes) {
    const id = createElementId(reserved, prefix);
    ids.push(id);
    // Reserve it: annotations take any id, so the next call sees it as used.
    reserved.annotations.push({ id, kind: 'note', text: '', position: { x: 0, y: 0 } });
  }
  return ids;
}

/** A new step with the file format's defaults (domain.md section 1). */
export function createStep(options: { id: string; type: StepType; label: string; laneId: string; position: Position }): Step {
  return {
    id: options.id,
    type: options.type,
    label: options.label,
    laneId: options.laneId,
    processTime: 0,
    waitTime: 0,
    completeAccurate: 1,
    valueType: 'business-required',
    activity: 'work',
    system: '',
    position: { x: options.position.x, y: options.position.y },
  };
}

export function createAnnotation(options: { id: string; kind: AnnotationKind; text: string; position: Position }): Annotation {
  return { id: options.id, kind: options.kind, text: options.text, position: { x: options.position.x, y: options.position.y } };
}

export function createLane(options: { id: string; name: string }): Lane {
  return { id: options.id, name: options.name };
}
