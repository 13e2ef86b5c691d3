import { planCaptureLine } from '../../../shared/capture/planCaptureLine';
import { readCaptureLine, type CaptureProblem } from '../../../shared/capture/readCaptureLine';
import type { Language } from '../../../shared/model/vocabulary';
import type { SessionStore } from '../../base/session/sessionStore';
import { shownStateOf } from '../../base/session/shownState';
import type { DocumentStore } from '../../base/store/documentStore';

/** History label of one typed line (namespace app, group history). */
export const CAPTURE_LINE_LABEL_KEY = 'app:history.captureLine';

export type PlaceResult =
  | { kind: 'empty' }
  | { kind: 'placed'; stepId: string }
  | { kind: 'invalid'; problem: CaptureProblem }
  /** The commands were refused (the map changed meanwhile in a way the plan did not expect); nothing was kept. */
  | { kind: 'rejected' };

export interface PlaceOptions {
  previousStepId: string | null;
  /** The language the line is read in (how `1,5` reads): the UI's. */
  language: Language;
  defaultLaneName: string;
}

/**
 * Reads one typed line and puts its step on the shown state as ONE undo entry (a new role's
 * lane, the step, its flows, steps moved to make room). A line that cannot be read changes nothing.
 */
export function placeCaptureLine(documents: DocumentStore, session: SessionStore, text: string, options: PlaceOptions): PlaceResult {
  const { map } = documents.getState();
  const { target } = session.getState();
  const reading = readCaptureLine(text, options.language, { hoursPerDay: map.settings.hoursPerDay });
  if (reading.kind === 'empty') return { kind: 'empty' };
  if (reading.kind === 'invalid') return { kind: 'invalid', problem: reading.problem };
  const plan = planCaptureLine({
    map,
    target,
    state: shownStateOf(map, target),
    line: reading.line,
    previousStepId: options.previousStepId,
    defaultLaneName: options.defaultLaneName,
  });
  try {
    documents.transact(CAPTURE_LINE_LABEL_KEY, () => {
      for (const command of plan.commands) {
        // All or nothing: a refused command throws, and transact then keeps none of the line.
        if (!documents.dispatch(command)) throw new Error(`quick entry: ${command.type} was refused`);
      }
    });
  } catch {
    return { kind: 'rejected' };
  }
  return { kind: 'placed', stepId: plan.stepId };
}
