import { createWorkingClock, type WorkingCalendar } from '../calendar';
import { createRandom, drawGamma } from './random';

/**
 * A generator of event logs whose true parameters are known, for tests and the benchmark:
 * incoming invoices handled by three roles, with a branch (approve / ask the supplier), a
 * rework loop (after asking, the check is done again), a rare rejection, people in roles
 * (with a few checks done by a manager), and gamma-distributed waits and work in working
 * time. Events are written in working time and turned into wall-clock time under the
 * calendar (Monday–Friday, 09:00 for 8 hours by default), with the Dutch offset (+01:00 in
 * winter, +02:00 in summer), so working durations read back exactly.
 */
export interface GeneratedActivity {
  name: string;
  role: string;
  /** Mean wait before the activity, and its coefficient of variation (working minutes). */
  waitMeanMinutes: number;
  waitVariability: number;
  processMeanMinutes: number;
  processVariability: number;
}

export const GENERATED_ROLES: Record<string, readonly string[]> = {
  Secretariaat: ['Anna', 'Bram', 'Carla'],
  Manager: ['Dirk', 'Eva'],
  Financiën: ['Fleur', 'Gijs'],
};

export const GENERATED_ACTIVITIES = {
  register: { name: 'Factuur registreren', role: 'Secretariaat', waitMeanMinutes: 0, waitVariability: 0, processMeanMinutes: 10, processVariability: 0.5 },
  check: { name: 'Factuur controleren', role: 'Secretariaat', waitMeanMinutes: 120, waitVariability: 1, processMeanMinutes: 15, processVariability: 0.6 },
  ask: { name: 'Navragen bij leverancier', role: 'Secretariaat', waitMeanMinutes: 240, waitVariability: 0.8, processMeanMinutes: 20, processVariability: 0.7 },
  approve: { name: 'Goedkeuren', role: 'Manager', waitMeanMinutes: 480, waitVariability: 1.2, processMeanMinutes: 5, processVariability: 0.5 },
  reject: { name: 'Afwijzen', role: 'Manager', waitMeanMinutes: 30, waitVariability: 1, processMeanMinutes: 5, processVariability: 0.5 },
  pay: { name: 'Betalen', role: 'Financiën', waitMeanMinutes: 960, waitVariability: 0.8, processMeanMinutes: 8, processVariability: 0.4 },
  archive: { name: 'Archiveren', role: 'Secretariaat', waitMeanMinutes: 60, waitVariability: 1, processMeanMinutes: 3, processVariability: 0.3 },
} as const satisfies Record<string, GeneratedActivity>;

/** Branch probabilities: after a check, ask the supplier (and check again); after approval, reject. */
export const GENERATED_PROBABILITIES = { askAfterCheck: 0.2, rejectAfterApprove: 0.1 } as const;
/** Share of checks a manager does (the lane stays Secretariaat by majority). */
export const MANAGER_CHECK_SHARE = 0.05;

/**
 * True expected visits per case: check 1/(1 − 0.2) = 1.25, ask 0.25, approve 1, reject 0.1,
 * pay and archive 0.9, register 1.
 */
export const GENERATED_EXPECTED_VISITS: Record<keyof typeof GENERATED_ACTIVITIES, number> = {
  register: 1,
  check: 1 / (1 - GENERATED_PROBABILITIES.askAfterCheck),
  ask: GENERATED_PROBABILITIES.askAfterCheck / (1 - GENERATED_PROBABILITIES.askAfterCheck),
  approve: 1,
  reject: GENERATED_PROBABILITIES.rejectAfterApprove,
  pay: 1 - GENERATED_PROBABILITIES.rejectAfterApprove,
  archive: 1 - GENERATED_PROBABILITIES.rejectAfterApprove,
};

export interface GeneratorOptions {
  cases: number;
  seed: number;
  calendar?: WorkingCalendar;
  /** The first case arrives at the start of this working day (ISO date). */
  firstDay?: string;
  /** Mean working minutes between two arrivals (exponential). */
  arrivalMeanMinutes?: number;
}

/** One generated event; `startTimestamp` is the wall-clock start of its activity (for one-row-per-activity tables). */
export interface GeneratedEvent {
  caseId: string;
  activity: string;
  lifecycle: 'start' | 'complete';
  timestamp: string;
  startTimestamp: string;
  resource: string;
  role: string;
}

const MS_PER_MINUTE = 60_000;

/** The Dutch offset (minutes) at a UTC instant: +120 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
export function dutchOffsetMinutes(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return instantMs >= lastSunday(2) && instantMs < lastSunday(9) ? 120 : 60;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A wall-clock time in the Netherlands as ISO text with its offset ("2024-03-01T09:30:00.000+01:00"). */
function dutchIso(wallMs: number): string {
  // The wall clock only runs in working hours (never 02:00–03:00), so the offset is unambiguous.
  const offset = dutchOffsetMinutes(wallMs - 60 * MS_PER_MINUTE);
  const wall = new Date(Math.round(wallMs));
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:` +
    `${pad(wall.getUTCSeconds())}.${pad(wall.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * The events of `cases` cases, case by case and in time order within a case (a start and a
 * complete per activity). Deterministic for a seed. A generator, so a million events never
 * sit in memory at once.
 */
export function* generateEventLog(options: GeneratorOptions): Generator<GeneratedEvent> {
  const random = createRandom(options.seed);
  const clock = createWorkingClock(options.calendar ?? { workdayStart: '09:00', hoursPerDay: 8 });
  const firstDayMs = Date.parse(`${options.firstDay ?? '2024-01-08'}T00:00:00Z`);
  let arrival = clock.position(firstDayMs + 9 * 60 * MS_PER_MINUTE);
  const arrivalMean = options.arrivalMeanMinutes ?? 30;
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length) % items.length] as Item;
  const digits = String(options.cases).length;

  for (let index = 0; index < options.cases; index += 1) {
    const caseId = `Z${String(index + 1).padStart(digits, '0')}`;
    // Whole milliseconds keep every working duration exact when it is read back.
    arrival += Math.round(-Math.log(1 - random()) * arrivalMean * MS_PER_MINUTE);
    let time = arrival;
    const path: GeneratedActivity[] = [GENERATED_ACTIVITIES.register];
    for (;;) {
      path.push(GENERATED_ACTIVITIES.check);
      if (random() >= GENERATED_PROBABILITIES.askAfterCheck) break;
      path.push(GENERATED_ACTIVITIES.ask);
    }
    path.push(GENERATED_ACTIVITIES.approve);
    if (random() < GENERATED_PROBABILITIES.rejectAfterApprove) path.push(GENERATED_ACTIVITIES.reject);
    else path.push(GENERATED_ACTIVITIES.pay, GENERATED_ACTIVITIES.archive);

    for (const activity of path) {
      time += Math.round(drawGamma(random, activity.waitMeanMinutes, activity.waitVariability) * MS_PER_MINUTE);
      const start = time;
      time += Math.round(drawGamma(random, activity.processMeanMinutes, activity.processVariability) * MS_PER_MINUTE);
      const role = activity === GENERATED_ACTIVITIES.check && random() < MANAGER_CHECK_SHARE ? 'Manager' : activity.role;
      const resource = pick(GENERATED_ROLES[role] ?? ['?']);
      const startText = dutchIso(clock.wallAt(start));
      const endText = dutchIso(clock.wallAt(time));
      yield { caseId, activity: activity.name, lifecycle: 'start', timestamp: startText, startTimestamp: startText, resource, role };
      yield { caseId, activity: activity.name, lifecycle: 'complete', timestamp: endText, startTimestamp: startText, resource, role };
    }
  }
}
