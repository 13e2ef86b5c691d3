import type { Annotation, Flow, Lane, MapState, ProcessMap, Step } from '../../../shared/model/types';
import { scanJson } from '../../../shared/model/jsonScan';
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH } from '../../../shared/model/parse';
import { parseRecord } from '../../../shared/model/parseRecord';
import { annotationSchema, flowSchema, laneSchema, stepSchema } from '../../../shared/model/schema';
import { z } from '../../../shared/model/zodConfig';
import { createElementIds } from '../../../shared/model/ids';
import type { Selection } from '../../base/session/selection';

/** What Copy puts on the clipboard: the selected steps, the flows between them and annotations. */
export interface ClipboardPayload {
  format: 'stroomlijn-clipboard';
  version: 1;
  steps: Step[];
  flows: Flow[];
  annotations: Annotation[];
  /** The lanes of the copied steps, so a paste into another map can find a lane by name. */
  lanes: Lane[];
}

/** Where each paste lands relative to the copy, in pixels; repeated pastes step further. */
export const PASTE_OFFSET_PX = 40;

function cloneJson<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value)) as Value;
}

/**
 * The clipboard payload for a selection, or null when nothing copyable is selected.
 * The start step is never copied (a map has exactly one), and only flows whose both ends
 * are copied come along.
 */
export function buildClipboardPayload(state: MapState, selection: Selection): ClipboardPayload | null {
  const stepIds = new Set(selection.stepIds);
  const steps = state.steps.filter((step) => stepIds.has(step.id) && step.type !== 'start');
  const copiedIds = new Set(steps.map((step) => step.id));
  const flows = state.flows.filter((flow) => copiedIds.has(flow.from) && copiedIds.has(flow.to));
  const annotationIds = new Set(selection.annotationIds);
  const annotations = state.annotations.filter((annotation) => annotationIds.has(annotation.id));
  if (steps.length === 0 && annotations.length === 0) return null;
  const laneIds = new Set(steps.map((step) => step.laneId));
  const lanes = state.lanes.filter((lane) => laneIds.has(lane.id));
  return cloneJson({ format: 'stroomlijn-clipboard', version: 1, steps, flows, annotations, lanes });
}

export function serializeClipboardPayload(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/**
 * The clipboard payload as zod sees it: the same element schemas as a map file, so a paste
 * is checked exactly as an open is (and gets the same defaults, e.g. a position).
 */
const clipboardPayloadSchema = z.looseObject({
  format: z.literal('stroomlijn-clipboard'),
  version: z.literal(1),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  annotations: z.array(annotationSchema),
  lanes: z.array(laneSchema),
});

/**
 * The payload in a clipboard text, or null when the text is anything else. The text is
 * untrusted (any program can put it on the clipboard): the guards of the open path (size,
 * nesting, duplicate keys, forbidden keys) and then the file's zod schemas.
 */
export function parseClipboardPayload(text: string): ClipboardPayload | null {
  if (text.length > MAX_FILE_BYTES) return null;
  const scan = scanJson(text, MAX_NESTING_DEPTH);
  if (scan.tooDeepAt >= 0 || scan.duplicateKeyPath !== null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return null;
  }
  const parsed = parseRecord(clipboardPayloadSchema, value);
  return parsed === null ? null : { format: parsed.format, version: parsed.version, steps: parsed.steps, flows: parsed.flows, annotations: parsed.annotations, lanes: parsed.lanes };
}

export interface PasteElements {
  steps: Step[];
  flows: Flow[];
  annotations: Annotation[];
}

/**
 * The elements to insert for a paste: fresh ids everywhere (flows re-pointed), shifted by
 * `offsetPx`, each step in its own lane when the target has it, else in a lane of the same
 * name, else in the first lane.
 */
export function preparePaste(payload: ClipboardPayload, map: ProcessMap, target: MapState, offsetPx: number): PasteElements | null {
  const firstLane = target.lanes[0];
  if (payload.steps.length > 0 && !firstLane) return null;
  const prefixes = [
    ...payload.steps.map(() => 's' as const),
    ...payload.flows.map(() => 'f' as const),
    ...payload.annotations.map(() => 'a' as const),
  ];
  const freshIds = createElementIds(map, prefixes);
  let next = 0;
  const takeId = () => freshIds[next++] ?? '';
  const laneOf = (laneId: string): string => {
    if (target.lanes.some((lane) => lane.id === laneId)) return laneId;
    const name = payload.lanes.find((lane) => lane.id === laneId)?.name;
    return target.lanes.find((lane) => lane.name === name)?.id ?? firstLane?.id ?? laneId;
  };
  const stepIdMap = new Map<string, string>();
  const steps = payload.steps.map((step) => {
    const id = takeId();
    stepIdMap.set(step.id, id);
    return { ...cloneJson(step), id, laneId: laneOf(step.laneId), position: { x: step.position.x + offsetPx, y: step.position.y + offsetPx } };
  });
  const flows = payload.flows.flatMap((flow) => {
    const id = takeId();
    const from = stepIdMap.get(flow.from);
    const to = stepIdMap.get(flow.to);
    return from && to ? [{ ...cloneJson(flow), id, from, to }] : [];
  });
  const annotations = payload.annotations.map((annotation) => ({
    ...cloneJson(annotation),
    id: takeId(),
    position: { x: annotation.position.x + offsetPx, y: annotation.position.y + offsetPx },
  }));
  return { steps, flows, annotations };
}
