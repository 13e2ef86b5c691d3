import { buildTimeline } from '../analysis/timeline';
import type { Analysis } from '../analysis/types';
import type { MapState } from '../model/types';
import type { PlanContext } from './contentContext';
import { actionEntries } from './contentFindings';
import { followUpLists } from './contentFollowUp';
import { imageFromInput, type PlanImageInput } from './planImages';
import { keyFigureRows } from './planFormat';
import { renderMapSvg } from './svg/mapSvg';
import type { PlanImage, PlanMeetingFacts } from './types';

const MAX_LONGEST_WAITS = 5;
const MAX_TOP_FINDINGS = 5;

/** Rounded as the plan prints it: working days to one decimal (PlanFormat.workingDays), hours whole. */
function workingDaysAsPrinted(minutes: number, hoursPerDay: number): number {
  return Math.round((minutes / (60 * hoursPerDay)) * 10) / 10;
}

/** The proportions of the deck's map picture (12.2 × 4.2 inches): a long map is folded into rows that fill it. */
const SLIDE_PICTURE_ASPECT = 2.9;
/** At most this many rows: a map longer than that stays one thin picture per row rather than unreadable dust. */
const MAX_OVERVIEW_ROWS = 6;

/**
 * A state's whole map as one picture: the app's own when it made one, else the print
 * drawing. A long map (one row of 200 steps is 70 times as wide as high, a hair on a
 * slide) is cut between steps into rows stacked in one picture, so it fills the slide.
 */
function overviewImage(kind: 'current' | 'future', state: MapState, analysis: Analysis, input: PlanImageInput | undefined, context: PlanContext): PlanImage | null {
  if (input) return imageFromInput(`${kind}-overview`, input);
  const { format, map } = context;
  const title = format.t(kind === 'current' ? 'plan:current.mapCaption' : 'plan:future.mapCaption');
  const options = { language: format.language, hoursPerDay: map.settings.hoursPerDay, title };
  const [whole] = renderMapSvg(state, analysis, { ...options, maxSliceWidthPx: Infinity });
  if (!whole) return null;
  const rows = Math.min(MAX_OVERVIEW_ROWS, Math.round(Math.sqrt(whole.widthPx / (whole.heightPx * SLIDE_PICTURE_ASPECT))));
  if (rows <= 1) return { id: `${kind}-overview`, ...whole };
  const parts = renderMapSvg(state, analysis, { ...options, maxSliceWidthPx: Math.ceil(whole.widthPx / rows) });
  const widthPx = Math.max(...parts.map((part) => part.widthPx));
  let top = 0;
  const nested = parts.map((part) => {
    // Each part is a complete <svg>; nested, it is placed by its own x and y.
    const placed = part.svg.replace(/^<svg /, `<svg x="0" y="${top}" `);
    top += part.heightPx;
    return placed;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${top}" viewBox="0 0 ${widthPx} ${top}"><rect width="${widthPx}" height="${top}" fill="#ffffff"/>${nested.join('')}</svg>`;
  return { id: `${kind}-overview`, svg, widthPx, heightPx: top };
}

/**
 * The meeting facts of the plan (types.ts `PlanMeetingFacts`): the deck's figures, waits,
 * top findings, actions and follow-up, built from the plan's own comparison with its own
 * formats, so every number of the deck is the plan's. `withOverviews` also draws each
 * state's whole map as one picture (the deck needs it; the plan's pages do not).
 */
export function meetingFacts(context: PlanContext, withOverviews: boolean): PlanMeetingFacts {
  const { map, comparison, format, activeFindingIds, options } = context;
  const hoursPerDay = map.settings.hoursPerDay;
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  const figures: PlanMeetingFacts['figures'] =
    current && future
      ? {
          rows: keyFigureRows(current, future, format),
          now: {
            leadTime: format.workingDays(current.leadTimeMinutes),
            processTime: format.duration(current.processTimeMinutes),
            handoffs: format.number(current.handoffsPerCase),
            rightFirstTime: format.percent(current.rolledCompleteAccurate),
            annualCost: format.money(current.annualCost),
          },
          leadTimeDays: { before: workingDaysAsPrinted(current.leadTimeMinutes, hoursPerDay), after: workingDaysAsPrinted(future.leadTimeMinutes, hoursPerDay) },
          annualHours: { before: Math.round(current.annualEffortHours), after: Math.round(future.annualEffortHours) },
        }
      : null;

  const timeline = buildTimeline(map, comparison.current);
  const time: PlanMeetingFacts['time'] =
    timeline && timeline.leadTimeMinutes > 0
      ? {
          waitHours: Math.round((timeline.waitTimeMinutes / 60) * 10) / 10,
          processHours: Math.round((timeline.processTimeMinutes / 60) * 10) / 10,
          waitText: format.duration(timeline.waitTimeMinutes),
          processText: format.duration(timeline.processTimeMinutes),
          leadText: format.workingDays(timeline.leadTimeMinutes),
          waitShareText: format.percent(timeline.waitTimeMinutes / timeline.leadTimeMinutes),
        }
      : null;

  const visits = new Map(comparison.current.steps.map((step) => [step.id, step.expectedVisits]));
  const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name.trim() || lane.id]));
  const longestWaits = map.steps
    .map((step) => ({ step, minutes: step.waitTime * (visits.get(step.id) ?? 0) }))
    .filter((entry) => Number.isFinite(entry.minutes) && entry.minutes > 0)
    .sort((a, b) => b.minutes - a.minutes)
    .slice(0, MAX_LONGEST_WAITS)
    .map(({ step, minutes }) => ({ step: step.label, role: laneNames.get(step.laneId) ?? step.laneId, wait: format.duration(minutes) }));

  const topFindings = comparison.current.findings
    .filter((finding) => activeFindingIds.has(finding.id))
    .sort((a, b) => b.impactHoursPerYear - a.impactHoursPerYear)
    .slice(0, MAX_TOP_FINDINGS)
    .map((finding) => ({
      title: finding.title,
      explanation: finding.explanation,
      hours: format.hours(finding.impactHoursPerYear),
      // Delays cost no wages: no amount rather than "€ 0", as in the plan.
      cost: finding.impactCost > 0 ? format.money(finding.impactCost) : '–',
      stepIds: [...finding.stepIds],
    }));

  return {
    organisation: map.meta.organisation.trim(),
    cases: format.number(map.settings.casesPerYear, 0),
    steps: format.number(map.steps.length, 0),
    lanes: format.number(map.lanes.length, 0),
    figures,
    time,
    longestWaits,
    topFindings,
    actions: actionEntries(context),
    followUp: followUpLists(context),
    overview: withOverviews
      ? {
          current: overviewImage('current', map, comparison.current, options.images?.currentMap, context),
          future: overviewImage('future', comparison.futureState, comparison.future, options.images?.futureMap, context),
        }
      : { current: null, future: null },
  };
}
