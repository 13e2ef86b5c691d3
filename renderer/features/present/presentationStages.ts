import type { Comparison } from '../../../shared/improve/comparison';
import type { MapState, ProcessMap } from '../../../shared/model/types';
import { buildMeetingFacts } from '../../../shared/plan/content';
import { layoutMap, sliceLayout } from '../../../shared/plan/svg/mapLayout';
import { renderMapSvg } from '../../../shared/plan/svg/mapSvg';
import type { PlanActionEntry, PlanMeetingFacts } from '../../../shared/plan/types';
import { getTranslator } from '../../../shared/i18n/translator';

/** A drawing of the map for the screen (the plan's print drawing, uncut). */
export interface StagePicture {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * Which drawing a stage shows: a state of the map, with the steps of a finding ringed. The
 * drawings are made when their stage is first shown (StagePictures), not when presenting starts.
 */
export interface PictureRequest {
  state: 'current' | 'future';
  highlight: readonly string[];
}

/**
 * The stages of presentation mode, in the order the meeting walks through them: the
 * current state, where the time goes, each costly finding on the map, the chosen actions,
 * the future state, before and after. Every text and number comes from the plan's content
 * model (the same as the deck and the plan), in the map's language.
 */
export type Stage =
  | { kind: 'current'; title: string; picture: PictureRequest; tiles: [string, string][] }
  | { kind: 'time'; title: string; time: PlanMeetingFacts['time']; waits: PlanMeetingFacts['longestWaits']; labels: { waiting: string; working: string; longestWaits: string } }
  | { kind: 'finding'; title: string; counter: string; finding: PlanMeetingFacts['topFindings'][number]; picture: PictureRequest }
  | { kind: 'actions'; title: string; actions: PlanActionEntry[]; empty: string }
  | { kind: 'future'; title: string; picture: PictureRequest }
  | { kind: 'before-after'; title: string; header: [string, string, string, string]; rows: NonNullable<PlanMeetingFacts['figures']>['rows'] };

const HEADER_WIDTH_PX = 140;
const HIGHLIGHT = '#e8590c';

/** Ringed steps on a whole-map drawing of `state` (the drawing's x: lane names, then the content from the first slice's start). */
function withRings(whole: StagePicture, state: MapState, highlight: readonly string[]): StagePicture {
  const layout = layoutMap(state);
  const startPx = sliceLayout(layout, Infinity)[0]?.startPx ?? 0;
  const rings = highlight
    .map((id) => layout.boxes.get(id))
    .filter((box) => box !== undefined)
    .map((box) => `<rect x="${HEADER_WIDTH_PX - startPx + box.x - 8}" y="${box.y - 8}" width="${box.width + 16}" height="${box.height + 16}" rx="10" fill="none" stroke="${HIGHLIGHT}" stroke-width="6"/>`)
    .join('');
  return { ...whole, svg: whole.svg.replace(/<\/svg>$/, `${rings}</svg>`) };
}

export interface StagePictures {
  /** The drawing a stage asks for; each state is drawn once, on first use, and shared by its stages. */
  get(request: PictureRequest): StagePicture | null;
}

/** Draws the map's pictures on demand from one comparison (the plan's print drawing, uncut). */
export function createStagePictures(map: ProcessMap, comparison: Comparison): StagePictures {
  const language = map.meta.language;
  const hoursPerDay = map.settings.hoursPerDay;
  const wholes = new Map<PictureRequest['state'], StagePicture | null>();
  const whole = (which: PictureRequest['state']): StagePicture | null => {
    if (!wholes.has(which)) {
      const [state, analysis] = which === 'current' ? [map, comparison.current] : [comparison.futureState, comparison.future];
      wholes.set(which, renderMapSvg(state, analysis, { language, hoursPerDay, maxSliceWidthPx: Infinity })[0] ?? null);
    }
    return wholes.get(which) ?? null;
  };
  return {
    get(request) {
      const picture = whole(request.state);
      if (!picture || request.highlight.length === 0) return picture;
      return withRings(picture, request.state === 'current' ? map : comparison.futureState, request.highlight);
    },
  };
}

const WHOLE_CURRENT: PictureRequest = { state: 'current', highlight: [] };

/**
 * The stages of `map`, without drawing anything yet. `comparison` is the insight service's
 * when it has one for this map (so presenting computes no analysis again); the facts are the
 * plan's meeting facts, the same as the deck's.
 */
export function buildStages(map: ProcessMap, generatedAt: string, knownComparison?: Comparison): { stages: Stage[]; pictures: StagePictures } {
  const t = getTranslator(map.meta.language);
  const { meeting, comparison } = buildMeetingFacts(map, { generatedAt }, knownComparison);
  const figures = meeting.figures;
  const stages: Stage[] = [
    {
      kind: 'current',
      title: `${t('deck:process.title')}: ${map.meta.title}`,
      picture: WHOLE_CURRENT,
      tiles: figures
        ? [
            [t('deck:process.leadTime'), figures.now.leadTime],
            [t('deck:process.processTime'), figures.now.processTime],
            [t('deck:process.handoffs'), figures.now.handoffs],
            [t('deck:process.rightFirstTime'), figures.now.rightFirstTime],
            [t('deck:process.annualCost'), figures.now.annualCost],
          ]
        : [],
    },
    {
      kind: 'time',
      title: t('deck:time.title'),
      time: meeting.time,
      waits: meeting.longestWaits,
      labels: { waiting: t('deck:time.waiting'), working: t('deck:time.working'), longestWaits: t('deck:time.longestWaits') },
    },
  ];
  meeting.topFindings.forEach((finding, index) => {
    stages.push({
      kind: 'finding',
      title: t('deck:findings.title'),
      counter: t('deck:present.findingOf', { index: index + 1, count: meeting.topFindings.length }),
      finding,
      picture: { state: 'current', highlight: finding.stepIds },
    });
  });
  stages.push({
    kind: 'actions',
    title: t('deck:present.chosenActions'),
    actions: meeting.actions.filter((action) => action.status === 'accepted' || action.status === 'done'),
    empty: t('deck:present.noChosenActions'),
  });
  stages.push({ kind: 'future', title: t('plan:section.futureState'), picture: { state: 'future', highlight: [] } });
  if (figures) {
    stages.push({
      kind: 'before-after',
      title: t('deck:future.title'),
      header: [t('plan:figures.figure'), t('plan:figures.before'), t('plan:figures.after'), t('plan:figures.change')],
      rows: figures.rows,
    });
  }
  return { stages, pictures: createStagePictures(map, comparison) };
}
