import { CURRENT_SCHEMA_VERSION, FORMAT_ID, laneSchema, metaSchema, settingsSchema, stepSchema, flowSchema } from './schema';
import { DEFAULT_STEP_OFFSET_PX } from './layout';
import { createIdMaker } from './ids';
import type { ProcessMap } from './types';
import type { Language } from './vocabulary';

/** Horizontal distance between the start and the end step of a new map, in pixels. */
const NEW_MAP_WIDTH_PX = 520;
/** Distance of a step's top-left corner from the top of its lane and the left edge, in pixels. */
const STEP_INSET_PX = DEFAULT_STEP_OFFSET_PX;

const NEW_MAP_TEXTS: Record<Language, { title: string; lanes: [string, string]; start: string; end: string }> = {
  nl: { title: 'Nieuwe kaart', lanes: ['Secretariaat', 'Manager'], start: 'Start', end: 'Klaar' },
  en: { title: 'New map', lanes: ['Secretariat', 'Manager'], start: 'Start', end: 'Done' },
};

/** The titles a new map gets when none is given: a plan under such a title names no process. */
export const NEW_MAP_TITLES: readonly string[] = Object.values(NEW_MAP_TEXTS).map((texts) => texts.title);

export interface NewMapOptions {
  /** Map title; a blank title becomes "Nieuwe kaart" / "New map" (the schema needs one). */
  title: string;
  language: Language;
  /** ISO 8601 timestamp for createdAt and updatedAt (passed in so this stays pure). */
  now: string;
}

/**
 * A valid new map: two horizontal swimlanes (secretariat and manager), a start step at the
 * left and an end step at the right of the first lane, joined by one flow so the map is
 * complete (no dead-end warning) from the first moment. Field defaults come from the schema.
 */
export function createEmptyMap(options: NewMapOptions): ProcessMap {
  const texts = NEW_MAP_TEXTS[options.language];
  const makeId = createIdMaker(new Set());
  const [firstLaneName, secondLaneName] = texts.lanes;
  const firstLaneId = makeId('lane');
  const startId = makeId('s');
  const endId = makeId('s');
  const title = options.title.trim() !== '' ? options.title.trim() : texts.title;
  return {
    format: FORMAT_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: metaSchema.parse({ title, language: options.language, createdAt: options.now, updatedAt: options.now }),
    settings: settingsSchema.parse({}),
    lanes: [laneSchema.parse({ id: firstLaneId, name: firstLaneName }), laneSchema.parse({ id: makeId('lane'), name: secondLaneName })],
    steps: [
      stepSchema.parse({
        id: startId,
        type: 'start',
        label: texts.start,
        laneId: firstLaneId,
        position: { x: STEP_INSET_PX, y: STEP_INSET_PX },
      }),
      stepSchema.parse({
        id: endId,
        type: 'end',
        label: texts.end,
        laneId: firstLaneId,
        position: { x: STEP_INSET_PX + NEW_MAP_WIDTH_PX, y: STEP_INSET_PX },
      }),
    ],
    flows: [flowSchema.parse({ id: makeId('f'), from: startId, to: endId })],
    annotations: [],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}
