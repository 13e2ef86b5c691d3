import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../analysis/analyseMap';
import { buildAnalysisContext } from '../../analysis/buildContext';
import { buildTestMap } from '../../analysis/testState';
import { playbookEn, playbookNl } from '../../i18n/locales/playbook';
import { parseMap } from '../../model/parse';
import type { ProcessMap } from '../../model/types';
import { validateMap } from '../../model/validateMap';
import { FINDING_CATEGORIES, type FindingCategory } from '../../model/vocabulary';
import { computeActionSaving, compareStates } from '../comparison';
import { applyEffects, effectTargets } from '../effects';
import { currentStateOf } from '../futureState';
import { createPlaybookContext } from './context';
import { PLAYBOOK, suggestActions, suggestionId, toAction } from './index';
import { buildKitchenSinkMap } from './testMaps';

const MAPS_DIR = new URL('../../../fixtures/maps/', import.meta.url);

function loadFixture(file: string): ProcessMap {
  const parsed = parseMap(readFileSync(new URL(file, MAPS_DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
  return parsed.map;
}

const fixtures: Array<[string, ProcessMap]> = readdirSync(MAPS_DIR)
  .filter((file) => file.endsWith('.stroomlijn'))
  .map((file) => [file, loadFixture(file)]);
const maps: Array<[string, ProcessMap]> = [...fixtures, ['kitchen sink', buildKitchenSinkMap()]];

/** Every leaf key of a nested text object, as dotted paths. */
function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('the playbook', () => {
  it('has at least three distinct countermeasures for every finding category', () => {
    for (const category of FINDING_CATEGORIES) {
      const ids = PLAYBOOK[category].map((countermeasure) => countermeasure.id);
      expect(new Set(ids).size, category).toBe(ids.length);
      expect(ids.length, category).toBeGreaterThanOrEqual(3);
    }
  });

  it('applies at least three distinct countermeasures per category on a map that has every kind of waste', () => {
    const map = buildKitchenSinkMap();
    const analysis = analyseMap(map);
    const context = createPlaybookContext(map, analysis);
    const applied = new Map<FindingCategory, Set<string>>();
    for (const finding of analysis.findings) {
      for (const countermeasure of PLAYBOOK[finding.category]) {
        if (countermeasure.propose(finding, context).length === 0) continue;
        applied.set(finding.category, (applied.get(finding.category) ?? new Set()).add(countermeasure.id));
      }
    }
    for (const category of FINDING_CATEGORIES) expect([...(applied.get(category) ?? [])].length, category).toBeGreaterThanOrEqual(3);
    // And every countermeasure of the playbook is applied to something.
    const unused = FINDING_CATEGORIES.flatMap((category) =>
      PLAYBOOK[category].filter((countermeasure) => !applied.get(category)?.has(countermeasure.id)).map((countermeasure) => `${category}/${countermeasure.id}`),
    );
    expect(unused).toEqual([]);
  });

  it('has the same texts in Dutch and English', () => {
    expect(keysOf(playbookNl).sort()).toEqual(keysOf(playbookEn).sort());
  });
});

describe.each(maps)('suggestActions on %s', (_name, map) => {
  const analysis = analyseMap(map);
  const suggestions = suggestActions(map, analysis);
  const stepIds = new Set(map.steps.map((step) => step.id));
  const flowIds = new Set(map.flows.map((flow) => flow.id));
  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  const findingsById = new Map(analysis.findings.map((finding) => [finding.id, finding]));

  it('suggests something for most findings, each answering existing findings of its category', () => {
    expect(suggestions.length).toBeGreaterThan(10);
    const answered = new Set(suggestions.flatMap((suggestion) => suggestion.findingIds));
    expect(answered.size).toBeGreaterThanOrEqual(analysis.findings.length * 0.6);
    for (const suggestion of suggestions) {
      expect(suggestion.status).toBe('proposed');
      expect(suggestion.findingIds.every((findingId) => findingsById.has(findingId))).toBe(true);
      expect(findingsById.get(suggestion.findingIds[0] ?? '')?.category).toBe(suggestion.category);
    }
  });

  it('names only steps, flows and lanes that exist, and every effect applies on its own', () => {
    for (const suggestion of suggestions) {
      expect(suggestion.effects.length, suggestion.id).toBeGreaterThan(0);
      for (const effect of suggestion.effects) {
        const targets = effectTargets(effect);
        expect(targets.stepIds.every((id) => stepIds.has(id)), suggestion.id).toBe(true);
        expect(targets.flowIds.every((id) => flowIds.has(id)), suggestion.id).toBe(true);
        expect(targets.laneIds.every((id) => laneIds.has(id)), suggestion.id).toBe(true);
      }
      const result = applyEffects(currentStateOf(map), suggestion.effects);
      expect(result.skipped, suggestion.id).toEqual([]);
      expect(validateMap({ ...map, future: result.state }), suggestion.id).toEqual([]);
      const future = buildAnalysisContext({ state: result.state, settings: map.settings, language: map.meta.language });
      expect(future.metrics, suggestion.id).not.toBeNull();
    }
  });

  it('writes concrete texts in the map’s language with the map’s own step labels', () => {
    const labelOf = new Map(map.steps.map((step) => [step.id, step.label.trim()]));
    for (const suggestion of suggestions) {
      const text = `${suggestion.title} ${suggestion.description}`;
      expect(text, suggestion.id).not.toMatch(/\{\{|playbook:|undefined|NaN| {2}/);
      const [first] = suggestion.effects;
      const targets = first ? effectTargets(first) : { stepIds: [], flowIds: [], laneIds: [] };
      const flow = map.flows.find((candidate) => candidate.id === targets.flowIds[0]);
      const named = [...targets.stepIds, ...(flow ? [flow.from, flow.to] : [])].map((stepId) => labelOf.get(stepId) ?? stepId);
      expect(named.some((label) => suggestion.title.includes(label) || suggestion.description.includes(label)), `${suggestion.id}: ${text}`).toBe(true);
      // A Dutch map gets Dutch texts and an English map English ones (a word each language always uses).
      expect(text, suggestion.id).toMatch(map.meta.language === 'nl' ? /\b(de|het|een|van|per|stap|zaak)\b/ : /\b(the|a|of|per|step|case)\b/);
    }
  });

  it('never makes the work, its cost or the lead time worse', () => {
    for (const suggestion of suggestions) {
      const saving = computeActionSaving(map, toAction(suggestion), analysis.metrics);
      expect(saving.computable, suggestion.id).toBe(true);
      expect(saving.hoursPerYear, suggestion.id).toBeGreaterThanOrEqual(-1e-9);
      expect(saving.costPerYear, suggestion.id).toBeGreaterThanOrEqual(-1e-6);
      expect(saving.leadTimeMinutes, suggestion.id).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('saves exactly what a rework finding says the rework adds, and says so in its text', () => {
    // Finding: PT(map) − PT(map without the rework); suggestion: take the rework route away.
    for (const suggestion of suggestions.filter((candidate) => candidate.countermeasureId === 'remove-rework-route')) {
      const finding = findingsById.get(suggestion.findingIds[0] ?? '');
      const saving = computeActionSaving(map, toAction(suggestion), analysis.metrics);
      expect(saving.hoursPerYear, suggestion.id).toBeCloseTo(finding?.impactHoursPerYear ?? NaN, 6);
      const context = createPlaybookContext(map, analysis);
      expect(suggestion.description, suggestion.id).toContain(context.duration(finding?.impactMinutesPerCase ?? NaN));
      expect(suggestion.description, suggestion.id).toContain(context.hours(finding?.impactHoursPerYear ?? NaN));
    }
  });

  it('gives an analysable future when every suggestion is accepted (effects on removed steps are skipped)', () => {
    const comparison = compareStates({ ...map, actions: suggestions.map((suggestion) => toAction(suggestion, 'accepted')) });
    expect(comparison.future.metrics).not.toBeNull();
    expect(comparison.totalSaving?.leadTimeMinutes).toBeGreaterThan(0);
    expect(comparison.futureSkipped.every((skipped) => ['unknown-step', 'unknown-flow', 'terminal-step', 'only-exit', 'no-way-out'].includes(skipped.reason))).toBe(true);
  });

  it('orders by ECRS, then impact; ids are unique and stable', () => {
    const ranks = suggestions.map((suggestion) => ['eliminate', 'combine', 'rearrange', 'simplify'].indexOf(suggestion.ecrs));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(suggestions.map((suggestion) => suggestion.id)).size).toBe(suggestions.length);
    expect(suggestActions(map, analyseMap(map)).map((suggestion) => suggestion.id)).toEqual(suggestions.map((suggestion) => suggestion.id));
  });

  it('does not suggest again what is already an action, nor for dismissed findings', () => {
    const [first, second] = suggestions;
    if (!first || !second) throw new Error('too few suggestions');
    // `second` was accepted earlier under another id (e.g. typed in by hand): same effects.
    const withActions = { ...map, actions: [toAction(first, 'accepted'), { ...toAction(second), id: 'eigen-actie' }] };
    const again = suggestActions(withActions, analysis).map((suggestion) => suggestion.id);
    expect(again).not.toContain(first.id);
    expect(again).not.toContain(second.id);
    const dismissedId = first.findingIds[0] ?? '';
    const withDismissed = { ...map, dismissedFindings: [{ findingId: dismissedId, reason: '' }] };
    const remaining = suggestActions(withDismissed, analysis);
    expect(remaining.every((suggestion) => !suggestion.findingIds.includes(dismissedId))).toBe(true);
  });
});

describe('suggestionId and toAction', () => {
  it('derives ids from the finding and the countermeasure, and strips the playbook fields', () => {
    expect(suggestionId('waiting:long-wait:s5', 'fixed-moments')).toBe('suggestion:waiting:long-wait:s5:fixed-moments');
    expect(suggestionId('extra-processing:many-checks:s4+s5', 'drop-check', 's:5')).toBe('suggestion:extra-processing:many-checks:s4+s5:drop-check:s%3A5');
    const map = buildKitchenSinkMap();
    const [suggestion] = suggestActions(map, analyseMap(map));
    if (!suggestion) throw new Error('no suggestion');
    const action = toAction(suggestion, 'accepted');
    expect(Object.keys(action).sort()).toEqual(['description', 'dueDate', 'ecrs', 'effects', 'effort', 'findingIds', 'id', 'owner', 'status', 'title']);
    expect(action.status).toBe('accepted');
    // Texts are made on first read, and copies and JSON carry them as plain strings.
    expect(action.title).toBe(suggestion.title);
    expect(action.title.length).toBeGreaterThan(20);
    expect(Object.getOwnPropertyDescriptor(action, 'title')?.value).toBe(suggestion.title);
    expect((JSON.parse(JSON.stringify(suggestion)) as { description: string }).description).toBe(suggestion.description);
  });
});

describe('suggestions that change a batch or a probability', () => {
  // domain.md section 3's worked example, with a weekly round at B: start → A (10) → B (5, wait
  // 1200, %C&A 0.8, every 2400 min) → D (1) → end (0.75) or back to A (0.25, rework).
  const map = buildTestMap({
    settings: { casesPerYear: 2400 },
    lanes: [{ id: 'sec', hourlyCost: 42 }, { id: 'mgr', hourlyCost: 60 }],
    steps: [
      { id: 'start', type: 'start', laneId: 'sec' },
      { id: 'A', laneId: 'sec', processTime: 10 },
      { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 1200, completeAccurate: 0.8, batchInterval: 2400 },
      { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1 },
      { id: 'end', type: 'end', laneId: 'mgr' },
    ],
    flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'end', { probability: 0.75 }], ['D', 'A', { probability: 0.25, rework: true }]],
  });
  const analysis = analyseMap(map);
  const suggestions = suggestActions(map, analysis);
  const futureFindings = (id: string) => {
    const suggestion = suggestions.find((candidate) => candidate.id === id);
    if (!suggestion) throw new Error(`not suggested: ${id}`);
    return compareStates({ ...map, actions: [toAction(suggestion, 'accepted')] }).future.findings;
  };

  it('works case by case: the round goes, and with it the inventory finding', () => {
    const suggestion = suggestions.find((candidate) => candidate.id === 'suggestion:inventory:batch:B:one-by-one');
    expect(suggestion?.effects).toEqual([
      { type: 'set-batch-interval', stepId: 'B', minutes: null },
      // The half round (1200 min) was the wait: 1200 − 1200 + 0.
      { type: 'set-wait-time', stepId: 'B', minutes: 0 },
    ]);
    expect(futureFindings('suggestion:inventory:batch:B:one-by-one').some((finding) => finding.category === 'inventory')).toBe(false);
  });

  it('a daily round: the interval becomes one working day, and the finding shrinks with it', () => {
    const suggestion = suggestions.find((candidate) => candidate.id === 'suggestion:inventory:batch:B:daily');
    expect(suggestion?.effects).toEqual([
      { type: 'set-batch-interval', stepId: 'B', minutes: 480 },
      // 1200 − 1200 + min(1200, 480/2) = 240 minutes.
      { type: 'set-wait-time', stepId: 'B', minutes: 240 },
    ]);
    const inventory = futureFindings('suggestion:inventory:batch:B:daily').filter((finding) => finding.category === 'inventory');
    // Half of the daily round, 240 min, per visit (4/3 visits): 320 min of delay per case.
    expect(inventory.map((finding) => finding.impactMinutesPerCase)).toEqual([expect.closeTo(320, 9)]);
  });

  it('a checklist at the loop’s weakest step also sends fewer cases back, in proportion to the errors it prevents', () => {
    // B from 80% to 95% right first time: errors from 20% to 5%, so D → A from 25% to 25% · 5/20 = 6.25%.
    const checklists = suggestions.filter((candidate) => candidate.countermeasureId === 'checklist');
    expect(checklists).toHaveLength(1);
    const [checklist] = checklists;
    expect(checklist?.effects).toEqual([
      { type: 'set-complete-accurate', stepId: 'B', value: 0.95 },
      { type: 'set-probability', flowId: 'f5', probability: 0.0625 },
    ]);
    // One suggestion answers both the low %C&A of B and the rework it causes.
    expect(checklist?.findingIds.sort()).toEqual(['defects:low-complete-accurate:B', 'defects:rework:f5']);
    expect(checklist?.description).toContain('25% to 6%');
  });
});
