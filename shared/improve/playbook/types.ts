import type { Analysis, Finding } from '../../analysis/types';
import type { Action, Effect, Flow, Lane, ProcessMap, Step } from '../../model/types';
import type { Ecrs, Effort, FindingCategory, Language } from '../../model/vocabulary';
import type { LoopInfo } from './loops';

/** Interpolation values of a playbook text, already formatted in the map's language; `count` (a number) picks the plural. */
export type TextParams = Record<string, string | number>;

/** One concrete suggestion of a countermeasure for one finding. */
export interface Proposal {
  /** Tells several proposals of one countermeasure for one finding apart (e.g. a step id). */
  targetId?: string;
  /** Key of the texts in the `playbook` namespace; `.title` and `.description` are appended. */
  textKey: string;
  params: TextParams;
  /** Never empty: every suggestion's effect can be computed. */
  effects: Effect[];
}

/**
 * A lean countermeasure for one finding category, written for office work. `propose` returns
 * nothing when it does not apply to the finding (wrong kind of step, no cheaper lane, …), so
 * suggestions only appear where they make sense for this map.
 */
export interface Countermeasure {
  /** Unique within its category, e.g. 'fixed-moments'. Part of the suggestion id: never rename. */
  id: string;
  ecrs: Ecrs;
  /** Estimate for a typical office; the user can change it on the action. */
  effort: Effort;
  propose(finding: Finding, context: PlaybookContext): Proposal[];
}

/**
 * A suggested action (domain.md section 5) with what it came from. It is an `Action` with
 * status 'proposed', so accepting it is `action/add` of the action part (see `toAction`).
 */
export interface SuggestedAction extends Action {
  status: 'proposed';
  category: FindingCategory;
  countermeasureId: string;
  /** The largest impactHoursPerYear of the findings it answers (the order within an ECRS group). */
  impactHoursPerYear: number;
}

/** What the countermeasures read: the map, its analysis, lookups and formatting in the map's language. */
export interface PlaybookContext {
  map: ProcessMap;
  analysis: Analysis;
  language: Language;
  /** A text of the `playbook` namespace. */
  text(key: string, params?: TextParams): string;
  step(stepId: string): Step | undefined;
  lane(laneId: string): Lane | undefined;
  flow(flowId: string): Flow | undefined;
  outgoing(stepId: string): readonly Flow[];
  incoming(stepId: string): readonly Flow[];
  visits(stepId: string): number;
  /** Effective probability (domain.md 2.2). */
  probability(flowId: string): number;
  /** Times a case takes the flow: v(from)·p. */
  traversals(flow: Flow): number;
  hourlyCost(laneId: string): number;
  /**
   * Whether the lane has its own hourly cost above 0: a paid team whose cost is known. Work is
   * only moved into such lanes (a lane on the map default may be board members, a system or
   * an outside party).
   */
  isPaidTeam(laneId: string): boolean;
  /**
   * The lane of an outside party (client, supplier, requester): the start step's lane when it
   * has no hourly cost of its own. Work is never moved into or out of it, and its pace is a
   * matter of agreements, not of planning. undefined when the start lane has its own rate.
   */
  outsideLaneId: string | undefined;
  /** The step the work comes from most often (non-rework flows first); undefined for none. */
  mainPredecessor(stepId: string): Step | undefined;
  /** Loops (strongly connected components) and forward reachability of an end, computed on first use. */
  loops: LoopInfo;
  /** Minutes in one working day (60 · hoursPerDay). */
  workingDayMinutes: number;
  quote(stepId: string): string;
  laneName(laneId: string): string;
  duration(minutes: number): string;
  money(amount: number): string;
  percent(fraction: number): string;
  hours(hours: number): string;
  /** "1,2 keer" / "1.2 times", "once" for exactly one in English. */
  times(count: number): string;
  list(items: readonly string[]): string;
}
