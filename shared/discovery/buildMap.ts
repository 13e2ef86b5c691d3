import { getTranslator } from '../i18n/translator';
import { CURRENT_SCHEMA_VERSION, FORMAT_ID, MAX_CASES_PER_YEAR, MAX_COEFFICIENT_OF_VARIATION, MAX_MINUTES, flowSchema, laneSchema, metaSchema, settingsSchema, stepSchema } from '../model/schema';
import type { Flow, Lane, MeasuredLog, ProcessMap, Step } from '../model/types';
import type { Language } from '../model/vocabulary';
import type { WorkingCalendar } from './calendar';
import type { FilteredLog } from './filters';
import { END_NODE, START_NODE, mostFrequentEndpoint, type ActivityMeasurement, type Measurement } from './measure';
import { placeInProcessOrder } from './placeSteps';
import type { LogStatistics } from './statistics';

const MS_PER_MINUTE = 60_000;

export interface BuildMapOptions {
  title: string;
  language: Language;
  /** ISO 8601: createdAt and updatedAt. */
  now: string;
  /** The log's file name, for `source.file`. */
  file: string;
  calendar: WorkingCalendar;
}

/** Something about the discovered map the user should know (shown with the statistics). */
export type DiscoveryNote =
  | { code: 'noStartTimes' }
  | { code: 'overlappingCases'; count: number }
  | { code: 'variabilityCapped'; activities: string[] }
  | { code: 'timesCapped'; activities: string[] };

export interface DiscoveredMap {
  map: ProcessMap;
  notes: DiscoveryNote[];
}

/** The log's own figures per case (lead, process and wait time, handoffs, volume). */
export function measuredFigures(measurement: Measurement, statistics: LogStatistics): MeasuredLog {
  const cases = Math.max(1, measurement.cases);
  return {
    cases: measurement.cases,
    from: statistics.firstTimestamp ?? '',
    to: statistics.lastTimestamp ?? '',
    leadTimeMinutes: withinBounds(statistics.meanCaseWorkingMinutes),
    processTimeMinutes: withinBounds(measurement.totalProcessMs / MS_PER_MINUTE / cases),
    waitTimeMinutes: withinBounds(measurement.totalWaitMs / MS_PER_MINUTE / cases),
    handoffsPerCase: measurement.handoffs / cases,
    casesPerYear: Math.min(MAX_CASES_PER_YEAR, statistics.casesPerYear),
  };
}

function capped(value: number): number {
  return Math.min(MAX_COEFFICIENT_OF_VARIATION, value);
}

/** Minutes within the file format's bound (a log whose cases span decades would exceed it). */
function withinBounds(minutes: number): number {
  return Math.min(MAX_MINUTES, minutes);
}

/** Process order: the mean position of an activity's first instance in its cases, then its name. */
function inProcessOrder(activities: readonly ActivityMeasurement[], names: readonly string[]): ActivityMeasurement[] {
  return [...activities].sort((a, b) => {
    if (a.meanFirstPosition !== b.meanFirstPosition) return a.meanFirstPosition - b.meanFirstPosition;
    const nameA = names[a.activity] ?? '';
    const nameB = names[b.activity] ?? '';
    return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
  });
}

/**
 * The discovered current state (domain.md section 11, points 2–5): one activity step per
 * activity (its mean wait and process time in working minutes, their population
 * coefficients of variation, and `measured` instances and medians), one start and one end,
 * a flow for every pair of consecutive instances with p(a→b) = count(a→b) / count(a→·)
 * (rework when in more than half of its occurrences b had occurred earlier in the case),
 * lanes by majority, casesPerYear from the span, and `source` with what the log was.
 * Ids are stable for the same log: lane-1…, step-start, step-1…, step-end, flow-1….
 */
export function buildDiscoveredMap(filtered: FilteredLog, measurement: Measurement, statistics: LogStatistics, options: BuildMapOptions): DiscoveredMap {
  const { log } = filtered;
  const t = getTranslator(options.language);
  const ordered = inProcessOrder(measurement.activities, log.activityNames);
  const stepIdOf = new Map<number, string>();
  ordered.forEach((activity, index) => stepIdOf.set(activity.activity, `step-${index + 1}`));
  stepIdOf.set(START_NODE, 'step-start');
  stepIdOf.set(END_NODE, 'step-end');

  // Lanes in the order their first step appears; an activity without a lane value goes to "Unknown".
  const laneIdOf = new Map<number, string>();
  const lanes: Lane[] = [];
  const laneFor = (laneValue: number): string => {
    let id = laneIdOf.get(laneValue);
    if (id === undefined) {
      id = `lane-${lanes.length + 1}`;
      laneIdOf.set(laneValue, id);
      const name = laneValue >= 0 ? (log.laneNames[laneValue] ?? '') : t('discovery:map.unknownLane');
      lanes.push(laneSchema.parse({ id, name }));
    }
    return id;
  };
  const laneOfActivity = new Map(ordered.map((activity) => [activity.activity, activity.lane]));
  const firstActivity = mostFrequentEndpoint(measurement.flows, 'first');
  const lastActivity = mostFrequentEndpoint(measurement.flows, 'last');
  const startLane = laneFor(laneOfActivity.get(firstActivity) ?? -1);

  const capTouched: string[] = [];
  const timesCapped: string[] = [];
  const activitySteps: Step[] = ordered.map((activity) => {
    const label = log.activityNames[activity.activity] ?? '';
    const waitVariability = activity.waitMs.coefficientOfVariation;
    const processVariability = activity.processMs.coefficientOfVariation;
    if (waitVariability > MAX_COEFFICIENT_OF_VARIATION || processVariability > MAX_COEFFICIENT_OF_VARIATION) capTouched.push(label);
    if (activity.waitMs.mean / MS_PER_MINUTE > MAX_MINUTES || activity.processMs.mean / MS_PER_MINUTE > MAX_MINUTES) timesCapped.push(label);
    return stepSchema.parse({
      id: stepIdOf.get(activity.activity),
      type: 'activity',
      label,
      laneId: laneFor(activity.lane),
      processTime: withinBounds(activity.processMs.mean / MS_PER_MINUTE),
      waitTime: withinBounds(activity.waitMs.mean / MS_PER_MINUTE),
      waitVariability: capped(waitVariability),
      processVariability: capped(processVariability),
      measured: {
        instances: activity.instances,
        processTimeMedian: withinBounds(activity.processMs.median / MS_PER_MINUTE),
        waitTimeMedian: withinBounds(activity.waitMs.median / MS_PER_MINUTE),
      },
    });
  });
  const endLane = laneFor(laneOfActivity.get(lastActivity) ?? -1);
  const steps: Step[] = [
    stepSchema.parse({ id: 'step-start', type: 'start', label: t('discovery:map.start'), laneId: startLane }),
    ...activitySteps,
    stepSchema.parse({ id: 'step-end', type: 'end', label: t('discovery:map.end'), laneId: endLane }),
  ];
  const positions = placeInProcessOrder(steps, lanes.map((lane) => lane.id));
  for (const step of steps) step.position = positions.get(step.id) ?? step.position;

  // Flows in the order of their source step, then their target step.
  const stepOrder = new Map(steps.map((step, index) => [step.id, index]));
  const outgoing = new Map<number, number>();
  for (const flow of measurement.flows) outgoing.set(flow.from, (outgoing.get(flow.from) ?? 0) + flow.count);
  const flowData = measurement.flows
    .map((flow) => ({ flow, from: stepIdOf.get(flow.from) ?? '', to: stepIdOf.get(flow.to) ?? '' }))
    .sort((a, b) => (stepOrder.get(a.from) ?? 0) - (stepOrder.get(b.from) ?? 0) || (stepOrder.get(a.to) ?? 0) - (stepOrder.get(b.to) ?? 0));
  const flows: Flow[] = flowData.map(({ flow, from, to }, index) =>
    flowSchema.parse({
      id: `flow-${index + 1}`,
      from,
      to,
      probability: flow.count / (outgoing.get(flow.from) ?? flow.count),
      rework: flow.repeatCount * 2 > flow.count,
    }),
  );

  const notes: DiscoveryNote[] = [];
  if (!log.hasStartTimes) notes.push({ code: 'noStartTimes' });
  if (measurement.overlappingCases > 0) notes.push({ code: 'overlappingCases', count: measurement.overlappingCases });
  if (capTouched.length > 0) notes.push({ code: 'variabilityCapped', activities: capTouched });
  if (timesCapped.length > 0) notes.push({ code: 'timesCapped', activities: timesCapped });

  const droppedActivities = filtered.droppedActivities.map((item) => log.activityNames[item.activity] ?? '');
  const map: ProcessMap = {
    format: FORMAT_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: metaSchema.parse({
      title: options.title.trim() === '' ? t('discovery:map.title') : options.title.trim(),
      description: t('discovery:map.description', { file: options.file, cases: statistics.cases, events: statistics.events }),
      language: options.language,
      createdAt: options.now,
      updatedAt: options.now,
    }),
    settings: settingsSchema.parse({
      casesPerYear: Math.min(MAX_CASES_PER_YEAR, statistics.casesPerYear),
      hoursPerDay: options.calendar.hoursPerDay,
      workdayStart: options.calendar.workdayStart,
    }),
    lanes,
    steps,
    flows,
    annotations: [],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    source: {
      kind: 'event-log',
      file: options.file,
      cases: statistics.cases,
      events: statistics.events,
      from: statistics.firstTimestamp ?? '',
      to: statistics.lastTimestamp ?? '',
      filters: {
        minActivityShare: filtered.filters.minActivityShare,
        variantCoverage: filtered.filters.variantCoverage,
        droppedActivities,
        droppedCases: filtered.casesEmptied + filtered.casesOfRareVariants,
      },
      measured: measuredFigures(measurement, statistics),
    },
    future: null,
  };
  return { map, notes };
}
