import type { RecoveredDocument, StroomlijnBridge } from '../../../shared/ipc/contract';
import type { MapProblem } from '../../../shared/model/problems';
import { parseMap } from '../../../shared/model/parse';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';

/** A recovery copy as the restore dialog needs it: title and time, and the map ready to load. */
export type RecoveryCandidate = Pick<RecoveredDocument, 'documentId' | 'title' | 'savedAt' | 'fileName' | 'handle'> &
  ({ ok: true; map: ProcessMap } | { ok: false; problems: MapProblem[] });

/**
 * The unsaved documents a crashed or killed run left behind, newest first, each parsed
 * through the one load pipeline (a damaged copy comes back with its problems, never
 * throws). Empty when the platform cannot list them. Call once at start.
 */
export async function findRecoveryCandidates(bridge: Pick<StroomlijnBridge, 'listRecovered'>, language: Language): Promise<RecoveryCandidate[]> {
  let recovered: RecoveredDocument[];
  try {
    recovered = await bridge.listRecovered();
  } catch (error) {
    console.error('Could not list recovery copies', error);
    return [];
  }
  return recovered.map(({ text, ...document }) => {
    const parsed = parseMap(text, { language });
    return parsed.ok ? { ...document, ok: true, map: parsed.map } : { ...document, ok: false, problems: parsed.problems };
  });
}
