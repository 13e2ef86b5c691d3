import type { Analysis } from '../../../shared/analysis/types';
import { compareStates } from '../../../shared/improve/comparison';
import type { MapState, ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { buildPlanContent } from '../../../shared/plan/content';
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
 * The stages of presentation mode, in the order the meeting walks through them: the
 * current state, where the time goes, each costly finding on the map, the chosen actions,
 * the future state, before and after. Every text and number comes from the plan's content
 * model (the same as the deck and the plan), in the map's language.
 */
export type Stage =
  | { kind: 'current'; title: string; picture: StagePicture | null; tiles: [string, string][] }
  | { kind: 'time'; title: string; time: PlanMeetingFacts['time']; waits: PlanMeetingFacts['longestWaits']; labels: { waiting: string; working: string; longestWaits: string } }
  | { kind: 'finding'; title: string; counter: string; finding: PlanMeetingFacts['topFindings'][number]; picture: StagePicture | null }
  | { kind: 'actions'; title: string; actions: PlanActionEntry[]; empty: string }
  | { kind: 'future'; title: string; picture: StagePicture | null }
  | { kind: 'before-after'; title: string; header: [string, string, string, string]; rows: NonNullable<PlanMeetingFacts['figures']>['rows'] };

const HEADER_WIDTH_PX = 140;
const HIGHLIGHT = '#e8590c';

/** The whole map of a state as one drawing, with the steps of `highlight` ringed. */
function picture(state: MapState, analysis: Analysis, language: Language, hoursPerDay: number, highlight: readonly string[] = []): StagePicture | null {
  const [whole] = renderMapSvg(state, analysis, { language, hoursPerDay, maxSliceWidthPx: Infinity });
  if (!whole) return null;
  if (highlight.length === 0) return whole;
  // The drawing's x: lane names (140 px) then the content from the first slice's start.
  const layout = layoutMap(state);
  const startPx = sliceLayout(layout, Infinity)[0]?.startPx ?? 0;
  const rings = highlight
    .map((id) => layout.boxes.get(id))
    .filter((box) => box !== undefined)
    .map((box) => `<rect x="${HEADER_WIDTH_PX - startPx + box.x - 8}" y="${box.y - 8}" width="${box.width + 16}" height="${box.height + 16}" rx="10" fill="none" stroke="${HIGHLIGHT}" stroke-width="6"/>`)
    .join('');
  return { ...whole, svg: whole.svg.replace(/<\/svg>$/, `${rings}</svg>`) };
}

export function buildStages(map: ProcessMap, generatedAt: string): Stage[] {
  const language = map.meta.language;
  const t = getTranslator(language);
  const plan = buildPlanContent(map, { generatedAt });
  const comparison = compareStates(map);
  const { meeting } = plan;
  const hoursPerDay = map.settings.hoursPerDay;
  const figures = meeting.figures;
  const stages: Stage[] = [
    {
      kind: 'current',
      title: `${t('deck:process.title')}: ${map.meta.title}`,
      picture: picture(map, comparison.current, language, hoursPerDay),
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
      picture: picture(map, comparison.current, language, hoursPerDay, finding.stepIds),
    });
  });
  stages.push({
    kind: 'actions',
    title: t('deck:present.chosenActions'),
    actions: meeting.actions.filter((action) => action.status === 'accepted' || action.status === 'done'),
    empty: t('deck:present.noChosenActions'),
  });
  stages.push({ kind: 'future', title: t('plan:section.futureState'), picture: picture(comparison.futureState, comparison.future, language, hoursPerDay) });
  if (figures) {
    stages.push({
      kind: 'before-after',
      title: t('deck:future.title'),
      header: [t('plan:figures.figure'), t('plan:figures.before'), t('plan:figures.after'), t('plan:figures.change')],
      rows: figures.rows,
    });
  }
  return stages;
}
