import type { Flow, Step } from '../../model/types';
import { keepLayoutOf } from '../keepLayout';
import { FINDING_CATEGORIES, type FindingCategory } from '../../model/vocabulary';
import type { Finding, Severity } from '../types';
import { compareIds, encodeIdPart, findingIdPrefix, sequenceIdPart, setIdPart } from './findingId';
import type { Impact } from './impact';
import { type FindingTexts, type TextRecipe, defineLazyTexts } from './lazyTexts';
import type { DetectorScope } from './scope';
import { rateSeverity } from './severity';

/** Which annual sentence fits: paid work, delay, or work moved to a cheaper lane (cost = saving). */
export type AnnualSentence = 'work' | 'delay' | 'talent';

/**
 * Words the finding about `subject` (a step or flow index, or a record the detector made):
 * its title and the rule's explanation, to which `buildFinding` appends the annual sentence.
 * Called when a text of the finding is first read, with the finding itself for its figures.
 * Recompute cheap figures here rather than keeping them per finding.
 */
export type RuleTexts<Subject> = (subject: Subject, finding: Finding) => FindingTexts;

/** One detection rule within one `detectFindings` call: what all its findings share. */
export interface FindingRule<Subject> extends TextRecipe<Subject> {
  scope: DetectorScope;
  category: FindingCategory;
  /** `${category}/${ruleName}`, e.g. 'waiting/long-wait'. */
  rule: string;
  idPrefix: string;
  /** The category's bit in `DetectorScope.categoriesFound`. */
  categoryBit: number;
}

/** Declares a rule; `ruleName` is short, e.g. 'long-wait'. */
export function defineRule<Subject>(
  scope: DetectorScope,
  category: FindingCategory,
  ruleName: string,
  annual: AnnualSentence,
  texts: RuleTexts<Subject>,
): FindingRule<Subject> {
  return {
    scope,
    category,
    rule: `${category}/${ruleName}`,
    idPrefix: findingIdPrefix(category, ruleName),
    categoryBit: categoryBitOf(category),
    textsOf: (subject, target) => {
      const finding = target as Finding;
      const { title, explanation } = texts(subject, finding);
      const sentence = annualSentence(scope, annual, finding);
      return { title, explanation: sentence === '' ? explanation : `${explanation} ${sentence}` };
    },
  };
}

/** The bit of a finding category in `DetectorScope.categoriesFound`; 0 for a text that is none. */
export function categoryBitOf(category: string): number {
  const index = (FINDING_CATEGORIES as readonly string[]).indexOf(category);
  return index < 0 ? 0 : 1 << index;
}

/** For a finding that points at no flows (or steps). */
export const NO_INDICES: readonly number[] = Object.freeze([]);

/** What a detector decides about one finding; `buildFinding` adds the id, severity and texts. */
export interface FindingFacts {
  /** Ids the finding is about; `ordered` keeps their order in the id (lane pairs, ping-pongs). */
  idParts: readonly string[];
  ordered?: boolean;
  /** Indices of the steps and flows the finding points at: steps that exist, flows a case takes. */
  stepIndices: readonly number[];
  /** True when `stepIndices` are distinct and in id order already (e.g. `visitedStepsInIdOrder`). */
  stepsInIdOrder?: boolean;
  flowIndices: readonly number[];
  impact: Impact;
}

/**
 * Completes a finding of `rule` about `subject`: stable id from category, rule and ids;
 * severity from {@link rateSeverity}; the ids of its steps and flows, de-duplicated and
 * sorted. Title and explanation are plain string properties built on first read (see
 * `defineLazyTexts`). Records in the scope which category the finding names on its steps.
 */
export function buildFinding<Subject>(rule: FindingRule<Subject>, subject: Subject, facts: FindingFacts): Finding {
  const { scope } = rule;
  const finding = new FindingObject(
    joinedId(rule.idPrefix, facts.ordered ? sequenceIdPart(facts.idParts) : setIdPart(facts.idParts)),
    rule,
    subject,
    rateSeverity(scope.context.metrics, facts.impact),
    facts.stepsInIdOrder ? idsOf(scope.steps, facts.stepIndices) : sortedIds(scope.steps, facts.stepIndices),
    sortedIds(scope.flows, facts.flowIndices),
    facts.impact,
  );
  for (const s of facts.stepIndices) scope.categoriesFound[s] = (scope.categoriesFound[s] as number) | rule.categoryBit;
  return finding;
}

/**
 * `buildFinding` for the common case of a finding about one step (its index is the
 * subject), pointing at that step only; without the lists, which add up on 200,000 findings.
 */
export function buildStepFinding(rule: FindingRule<number>, s: number, impact: Impact): Finding {
  const { scope } = rule;
  const stepId = (scope.steps[s] as Step).id;
  scope.categoriesFound[s] = (scope.categoriesFound[s] as number) | rule.categoryBit;
  return new FindingObject(joinedId(rule.idPrefix, encodeIdPart(stepId)), rule, s, rateSeverity(scope.context.metrics, impact), [stepId], [], impact);
}

/**
 * `buildFinding` for the common case of a finding about one flow a case takes (its index is
 * the subject), pointing at the flow and the steps at its two ends.
 */
export function buildFlowFinding(rule: FindingRule<number>, f: number, impact: Impact): Finding {
  const { scope } = rule;
  const { graph } = scope.context;
  const flowId = (scope.flows[f] as Flow).id;
  const from = graph.flowFrom[f] as number;
  const to = graph.flowTo[f] as number;
  scope.categoriesFound[from] = (scope.categoriesFound[from] as number) | rule.categoryBit;
  scope.categoriesFound[to] = (scope.categoriesFound[to] as number) | rule.categoryBit;
  const fromId = (scope.steps[from] as Step).id;
  const toId = (scope.steps[to] as Step).id;
  const stepIds = fromId === toId ? [fromId] : compareIds(fromId, toId) < 0 ? [fromId, toId] : [toId, fromId];
  return new FindingObject(joinedId(rule.idPrefix, encodeIdPart(flowId)), rule, f, rateSeverity(scope.context.metrics, impact), stepIds, [flowId], impact);
}

interface FindingObjectConstructor {
  new <Subject>(
    id: string,
    rule: FindingRule<Subject>,
    subject: Subject,
    severity: Severity,
    stepIds: string[],
    flowIds: string[],
    impact: Impact,
  ): Finding;
}

/**
 * Makes a finding with its properties in the order of the `Finding` type. A constructor
 * function whose prototype is Object.prototype, so a finding is a plain object like one from
 * a literal (same prototype, same own properties), while V8 sizes the object to hold every
 * field and gives all findings one hidden class; a literal followed by the getters and the
 * other fields took a third longer on 20,000 findings. (A class cannot do this: its
 * prototype cannot be replaced.)
 */
const FindingObject = function <Subject>(
  this: Finding,
  id: string,
  rule: FindingRule<Subject>,
  subject: Subject,
  severity: Severity,
  stepIds: string[],
  flowIds: string[],
  impact: Impact,
): void {
  this.id = id;
  this.category = rule.category;
  this.rule = rule.rule;
  this.severity = severity;
  defineLazyTexts(this, rule, subject);
  this.stepIds = stepIds;
  this.flowIds = flowIds;
  this.impactMinutesPerCase = impact.impactMinutesPerCase;
  this.impactHoursPerYear = impact.impactHoursPerYear;
  this.impactKind = impact.impactKind;
  this.impactCost = impact.impactCost;
} as unknown as FindingObjectConstructor;
FindingObject.prototype = Object.prototype;

/**
 * One finding kept for the life of the program (see keepLayout.ts): findings take their hidden
 * classes by transitions from FindingObject's (property by property, the text slot's private
 * fields too), and V8 forgets those classes at a full collection once no finding of an analysis
 * is left, throwing away the compiled code of buildFinding, the detectors and sortFindings with
 * them. Its impact figures are fractional, as most are, so the fields are numbers (not small
 * integers) from the start; its rule and subject hold on to no analysis.
 */
keepLayoutOf(
  new FindingObject(
    'layout-example',
    { scope: null as unknown as DetectorScope, category: 'waiting', rule: 'waiting/layout-example', idPrefix: '', categoryBit: 0, textsOf: () => ({ title: '', explanation: '' }) },
    0,
    'low',
    [],
    [],
    { impactMinutesPerCase: 0.5, impactHoursPerYear: 0.5, impactKind: 'person-hours', impactCost: 0.5 },
  ),
);

/**
 * prefix + part. A plain concatenation: V8 makes a rope of it (two pointers), flattened only
 * when the id is compared or written out. `sortFindings` compares ids only among findings of
 * equal impact, so most ids are flattened once, by whatever writes them; building them flat
 * here (Array.prototype.join) took a fifth of the time of building a finding.
 */
function joinedId(prefix: string, part: string): string {
  return prefix + part;
}

/** Up to this many ids are sorted by insertion, without a Set and a sort call. */
const FEW_IDS = 8;

/** The ids of the records at `indices`, de-duplicated, in code-unit order; a new array. */
function sortedIds(records: readonly (Step | Flow)[], indices: readonly number[]): string[] {
  if (indices.length === 0) return [];
  if (indices.length === 1) return [(records[indices[0] as number] as Step | Flow).id];
  if (indices.length <= FEW_IDS) {
    const ids: string[] = [];
    for (const index of indices) {
      const id = (records[index] as Step | Flow).id;
      let at = ids.length;
      while (at > 0 && compareIds(ids[at - 1] as string, id) > 0) at--;
      if (at > 0 && ids[at - 1] === id) continue;
      ids.splice(at, 0, id);
    }
    return ids;
  }
  const ids = indices.map((index) => (records[index] as Step | Flow).id);
  for (let i = 1; i < ids.length; i++) {
    // The default sort orders strings by code units, as compareIds does, without a call per comparison.
    if (compareIds(ids[i - 1] as string, ids[i] as string) >= 0) return withoutRepeats(ids.sort());
  }
  return ids;
}

/** The ids of the records at `indices`, in that order; a new array. */
function idsOf(records: readonly (Step | Flow)[], indices: readonly number[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < indices.length; i++) ids.push((records[indices[i] as number] as Step | Flow).id);
  return ids;
}

/** A sorted list without its repeated neighbours, in place. */
function withoutRepeats(sorted: string[]): string[] {
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (kept === 0 || sorted[kept - 1] !== sorted[i]) sorted[kept++] = sorted[i] as string;
  }
  sorted.length = kept;
  return sorted;
}

/** "Over a year (2,400 cases) …"; empty when there are no annual hours to show. */
function annualSentence(scope: DetectorScope, annual: AnnualSentence, finding: Finding): string {
  if (finding.impactHoursPerYear <= 0) return '';
  const { wording } = scope;
  return wording.text(`common.annual.${annual}`, {
    cases: wording.number(scope.casesPerYear, 0),
    hours: wording.hours(finding.impactHoursPerYear),
    cost: wording.money(finding.impactCost),
  });
}
