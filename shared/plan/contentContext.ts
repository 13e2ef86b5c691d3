import type { Comparison } from '../improve/comparison';
import type { ProcessMap } from '../model/types';
import type { Language } from '../model/vocabulary';
import type { PlanFormat } from './planFormat';
import type { PlanImageInputs } from './planImages';
import type { PlanBlock } from './types';

export interface PlanContentOptions {
  /** Language of the plan; the map's own language when not given. */
  language?: Language;
  /** When the plan is made (ISO 8601): the date on the title page and the base of the check dates. */
  generatedAt: string;
  /** The app's own pictures of the maps; without them the plan draws them (svg/mapSvg.ts). */
  images?: PlanImageInputs;
  /** The map's file name, named on the title page. */
  sourceFileName?: string;
  /** Also draw each state's whole map as one picture (`meeting.overview`, for the deck). */
  overviewMaps?: boolean;
  /**
   * The comparison of this very map (`compareStates(map)`) when the caller already has it, as
   * the app's insight service does: it is then not computed again. Used only for a plan in
   * the map's own language (finding texts are written in the language the map was analysed in).
   */
  comparison?: Comparison;
}

/** What every section builder gets: the map, its comparison and the formats. */
export interface PlanContext {
  map: ProcessMap;
  comparison: Comparison;
  format: PlanFormat;
  options: PlanContentOptions;
  /** Findings of the current state the team did not set aside. */
  activeFindingIds: ReadonlySet<string>;
}

/** A paragraph of plain text. */
export function paragraph(text: string, extra: Omit<Extract<PlanBlock, { kind: 'paragraph' }>, 'kind' | 'runs'> = {}): PlanBlock {
  return { kind: 'paragraph', runs: [{ text }], ...extra };
}

