import { CURRENT_SCHEMA_VERSION, FORMAT_ID, laneSchema, metaSchema, settingsSchema, stepSchema, flowSchema } from './schema';
import { DEFAULT_STEP_OFFSET_PX } from './layout';
import type { ProcessMap } from './types';
import type { Language } from './vocabulary';

/** Makes a new id from a prefix such as `step`; must not repeat within one map. */
export type IdFactory = (prefix: string) => string;

/** Horizontal distance between the start and the end step of a new map, in pixels. */
const NEW_MAP_WIDTH_PX = 520;
/** Distance of a step's top-left corner from the top of its lane and the left edge, in pixels. */
const STEP_INSET_PX = DEFAULT_STEP_OFFSET_PX;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const RANDOM_ID_LENGTH = 8;
const MAX_RANDOM_ATTEMPTS = 20;

/**
 * A fresh id `prefix-xxxxxxxx` (8 random base-36 characters, ≈ 2.8·10¹² possibilities)
 * that is not in `takenIds`. `random` returns numbers in [0, 1); inject a seeded one in tests.
 */
export function createId(prefix: string, takenIds: ReadonlySet<string> = new Set(), random: () => number = Math.random): string {
  let id = '';
  for (let attempt = 0; attempt < MAX_RANDOM_ATTEMPTS; attempt += 1) {
    let suffix = '';
    for (let index = 0; index < RANDOM_ID_LENGTH; index += 1) {
      suffix += ID_ALPHABET.charAt(Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length);
    }
    id = `${prefix}-${suffix}`;
    if (!takenIds.has(id)) return id;
  }
  // Only a broken (e.g. constant) random source gets here: a counter still ends the search.
  for (let counter = 2; ; counter += 1) {
    if (!takenIds.has(`${id}-${counter}`)) return `${id}-${counter}`;
  }
}

/** An IdFactory that never repeats an id it made; `random` as for `createId`. */
export function createIdFactory(random: () => number = Math.random): IdFactory {
  const made = new Set<string>();
  return (prefix) => {
    const id = createId(prefix, made, random);
    made.add(id);
    return id;
  };
}

/** Every id used in a map (lanes, steps, flows, annotations, actions, future state). */
export function collectIds(map: ProcessMap): Set<string> {
  const states = map.future === null ? [map] : [map, map.future];
  const ids = new Set<string>(map.actions.map((action) => action.id));
  for (const state of states) {
    for (const item of [...state.lanes, ...state.steps, ...state.flows, ...state.annotations]) ids.add(item.id);
  }
  return ids;
}

const NEW_MAP_TEXTS: Record<Language, { title: string; lanes: [string, string]; start: string; end: string }> = {
  nl: { title: 'Nieuwe kaart', lanes: ['Secretariaat', 'Manager'], start: 'Start', end: 'Klaar' },
  en: { title: 'New map', lanes: ['Secretariat', 'Manager'], start: 'Start', end: 'Done' },
};

export interface NewMapOptions {
  /** Map title; a blank title becomes "Nieuwe kaart" / "New map" (the schema needs one). */
  title: string;
  language: Language;
  /** ISO 8601 timestamp for createdAt and updatedAt (passed in so this stays pure). */
  now: string;
  idFactory?: IdFactory;
}

/**
 * A valid new map: two horizontal swimlanes (secretariat and manager), a start step at the
 * left and an end step at the right of the first lane, joined by one flow so the map is
 * complete (no dead-end warning) from the first moment. Field defaults come from the schema.
 */
export function createEmptyMap(options: NewMapOptions): ProcessMap {
  const texts = NEW_MAP_TEXTS[options.language];
  const makeId = options.idFactory ?? createIdFactory();
  const [firstLaneName, secondLaneName] = texts.lanes;
  const firstLaneId = makeId('lane');
  const startId = makeId('step');
  const endId = makeId('step');
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
    flows: [flowSchema.parse({ id: makeId('flow'), from: startId, to: endId })],
    annotations: [],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}
