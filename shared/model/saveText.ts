import { parseMap } from './parse';
import type { MapProblem } from './problems';
import { serializeMap } from './serialize';
import type { ProcessMap } from './types';
import type { Language } from './vocabulary';

export type PrepareSaveResult = { ok: true; text: string } | { ok: false; problems: MapProblem[] };

/**
 * The text a save writes, checked before it is written: it goes through the same open
 * path (parseMap: size, JSON, forbidden and duplicate keys, schema, graph rules) that will
 * read it back. A map the app would refuse to open is not written; the problems say why,
 * in the user's language, and the map stays in the window (and in recovery), so nothing is
 * lost. Commands keep maps valid, so this is a safety net for what slipped past them.
 */
export function prepareMapForSave(map: ProcessMap, language: Language): PrepareSaveResult {
  const text = serializeMap(map);
  const reopened = parseMap(text, { language });
  return reopened.ok ? { ok: true, text } : { ok: false, problems: reopened.problems };
}
