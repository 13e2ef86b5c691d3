import { parallelStructureOf } from '../../model/parallelProblems';
import { createElkRunner } from '../../layout/elkLayout';
import { createLayeredRunner, LAYERED_LAYOUT_FROM_STEPS } from '../../layout/layeredRunner';
import { layOutState } from '../../layout/laneLayout';
import { annotationSchema, CURRENT_SCHEMA_VERSION, flowSchema, FORMAT_ID, laneSchema, processMapSchema, stepSchema } from '../../model/schema';
import { createIdMaker } from '../../model/ids';
import { validateMap } from '../../model/validateMap';
import type { Flow, Lane, Step } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { getTranslator } from '../../i18n/translator';
import { ReportCollector, type ImportResult } from '../importReport';
import { FALLBACK_LANE_ID, displayName, flowNodeCount, readProcess, type ReadProcess } from './readProcess';
import { collapseWhitespace, elements, parseBpmnXml, xmlSafeText, reference, stroomlijnData, text, type BpmnElement } from './moddle';
import { isVerticalDrawing, positionsFromDiagram, shapeBounds, stepCentre } from './diPositions';
import { checkXmlSafety } from './xmlSafety';
import { readSimulationParameters } from './simulationParameters';
import { ANNOTATION_SPACING_PX } from './bpmnGeometry';

export interface BpmnImportOptions {
  /** Language of generated labels and of the map. */
  language: Language;
  /** The process (or participant) to import when the file has several pools. */
  processId?: string;
  /** The file's name, for the title and `source`. */
  fileName?: string;
  /** ISO time for createdAt/updatedAt. */
  now?: string;
}

/** A process of the file, for choosing among pools (app dialog, `--process`). */
export interface BpmnProcessChoice {
  id: string;
  name: string;
  flowNodes: number;
}

interface Pool {
  process: BpmnElement;
  participant: BpmnElement | undefined;
  choice: BpmnProcessChoice;
}

function poolsOf(definitions: BpmnElement): Pool[] {
  const participants = new Map<string, BpmnElement>();
  for (const root of elements(definitions, 'rootElements')) {
    if (root.$type !== 'bpmn:Collaboration') continue;
    for (const participant of elements(root, 'participants')) {
      const process = reference(participant, 'processRef');
      const id = process ? text(process, 'id') : undefined;
      if (id !== undefined && !participants.has(id)) participants.set(id, participant);
    }
  }
  return elements(definitions, 'rootElements')
    .filter((root) => root.$type === 'bpmn:Process')
    .map((process) => {
      const id = text(process, 'id') ?? '';
      const participant = participants.get(id);
      const name = participant && displayName(participant) !== text(participant, 'id') ? displayName(participant) : displayName(process);
      return { process, participant, choice: { id, name, flowNodes: flowNodeCount(process) } };
    });
}

async function parseDefinitions(xml: string): Promise<{ ok: true; definitions: BpmnElement; warnings: number } | { ok: false; result: ImportResult }> {
  const refusal = checkXmlSafety(xml);
  if (refusal) {
    const { code, ...params } = refusal;
    return { ok: false, result: { ok: false, failure: { code: code === 'notXml' ? 'notBpmn' : code, params } } };
  }
  try {
    const parsed = await parseBpmnXml(xml);
    if (parsed.rootElement.$type !== 'bpmn:Definitions') return { ok: false, result: { ok: false, failure: { code: 'notBpmn', params: {} } } };
    return { ok: true, definitions: parsed.rootElement, warnings: parsed.warnings.length };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : '';
    return { ok: false, result: { ok: false, failure: { code: 'malformed', params: { reason: message.slice(0, 200) } } } };
  }
}

/** The processes of a BPMN file that hold flow nodes (for the app's choice), or a failure. */
export async function listBpmnProcesses(xml: string): Promise<{ ok: true; processes: BpmnProcessChoice[] } | Extract<ImportResult, { ok: false }>> {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return parsed.result as Extract<ImportResult, { ok: false }>;
  return { ok: true, processes: poolsOf(parsed.definitions).map((pool) => pool.choice).filter((choice) => choice.flowNodes > 0) };
}

const RESERVED_MAP_KEYS = new Set(['format', 'schemaVersion', 'lanes', 'steps', 'flows']);

/**
 * Imports one process of a BPMN 2.0 file as a map (domain.md section 9), with the import
 * report. A file written by Stroomlijn carries its own data in `sl:data` and comes back as
 * the same map; any other file is mapped by the rules of section 9.
 */
export async function importBpmn(xml: string, options: BpmnImportOptions): Promise<ImportResult> {
  const parsed = await parseDefinitions(xml);
  if (!parsed.ok) return parsed.result;
  const { definitions } = parsed;
  const report = new ReportCollector();
  const t = getTranslator(options.language);

  const pools = poolsOf(definitions).filter((pool) => pool.choice.flowNodes > 0);
  if (pools.length === 0) return { ok: false, failure: { code: 'noProcess', params: {} } };
  let chosen: Pool | undefined;
  if (options.processId !== undefined) {
    chosen = pools.find((pool) => pool.choice.id === options.processId || (pool.participant !== undefined && text(pool.participant, 'id') === options.processId));
    if (!chosen) return { ok: false, failure: { code: 'processNotFound', params: { process: options.processId, processes: pools.map((pool) => `${pool.choice.id} (${pool.choice.name})`).join(', ') } } };
  } else {
    chosen = pools.reduce((best, pool) => (pool.choice.flowNodes > best.choice.flowNodes ? pool : best));
  }
  for (const pool of pools) if (pool !== chosen) report.add('otherProcesses', `${pool.choice.name} (${pool.choice.id})`);
  for (const root of elements(definitions, 'rootElements')) {
    if (root.$type !== 'bpmn:Collaboration') continue;
    for (const messageFlow of elements(root, 'messageFlows')) report.add('messageFlows', displayName(messageFlow));
  }

  const poolName = chosen.choice.name;
  const read = readProcess(chosen.process, poolName, report, (n) => t('formats:unnamed.lane', { number: n }));
  const processData = stroomlijnData(chosen.process);
  const built = buildState(read, options.language, report);
  const laneIndex = new Map(built.lanes.map((lane, index) => [lane.id, index]));

  const bounds = shapeBounds(definitions);
  const bpmnIdOf = (step: Step) => built.bpmnIds.get(step.id) ?? step.id;
  const withDiagram = built.steps.filter((step) => bounds.has(bpmnIdOf(step))).length;
  if (withDiagram > 0 && withDiagram >= built.steps.length / 2) {
    const vertical = isVerticalDrawing(definitions, read.lanes.map((lane) => lane.id), bounds);
    const positions = positionsFromDiagram(built.steps, (id) => laneIndex.get(id) ?? 0, bounds, vertical, bpmnIdOf);
    for (const step of built.steps) {
      const saved = built.savedPositions.get(step.id);
      const box = bounds.get(bpmnIdOf(step));
      // Stroomlijn's own export: the saved position when the shape is still where it was written.
      if (saved && box) {
        const centre = stepCentre(saved, step, laneIndex.get(step.laneId) ?? 0);
        if (Math.abs(centre.x - (box.x + box.width / 2)) < 0.5 && Math.abs(centre.y - (box.y + box.height / 2)) < 0.5) {
          step.position = saved;
          continue;
        }
      }
      const placed = positions[step.id];
      if (placed) step.position = { x: placed.x, y: placed.y };
    }
  } else {
    if (built.steps.length > 0) report.add('noDiagram');
    // ELK takes seconds on thousands of steps: large files get the layered stand-in.
    const runner = built.steps.length > LAYERED_LAYOUT_FROM_STEPS ? createLayeredRunner() : createElkRunner();
    const positions = await layOutState({ lanes: built.lanes, steps: built.steps, flows: built.flows, annotations: [] }, runner);
    for (const step of built.steps) {
      const placed = positions[step.id];
      if (placed) step.position = { x: placed.x, y: placed.y };
    }
  }
  if (processData === null) {
    const simulation = readSimulationParameters(xml);
    let carried = 0;
    for (const step of built.steps) {
      const processMinutes = simulation.processMinutes.get(bpmnIdOf(step));
      const waitMinutes = simulation.waitMinutes.get(bpmnIdOf(step));
      if (processMinutes !== undefined) step.processTime = processMinutes;
      if (waitMinutes !== undefined) step.waitTime = waitMinutes;
      if (processMinutes !== undefined || waitMinutes !== undefined) carried += 1;
    }
    const typeOf = new Map(built.steps.map((step) => [step.id, step.type]));
    const chanceSum = new Map<string, number>();
    for (const flow of built.flows) {
      const probability = simulation.probabilities.get(flow.id);
      if (probability === undefined || typeOf.get(flow.from) === 'parallel') continue;
      flow.probability = probability;
      chanceSum.set(flow.from, (chanceSum.get(flow.from) ?? 0) + probability);
    }
    // Chances of one step above 1 together cannot be right: they are left out (domain.md 1.1).
    for (const flow of built.flows) if ((chanceSum.get(flow.from) ?? 0) > 1.001) delete flow.probability;
    const activities = built.steps.filter((step) => step.type === 'activity');
    if (carried === 0) {
      if (activities.length > 0) report.add('timesMissing');
    } else {
      report.add('timesFromSimulation', undefined, { count: carried });
      for (const step of activities) {
        if (!simulation.processMinutes.has(bpmnIdOf(step)) && !simulation.waitMinutes.has(bpmnIdOf(step))) report.add('timesMissingFor', step.label);
      }
    }
  }

  const rightEdge = Math.max(0, ...built.steps.map((step) => step.position.x));
  const makeId = createIdMaker(new Set([...built.steps, ...built.lanes, ...built.flows].map((item) => item.id)));
  const annotations = read.notes.map((note, index) =>
    annotationSchema.parse({ id: makeId('a'), kind: 'note', text: note.text, position: { x: rightEdge + 250, y: index * ANNOTATION_SPACING_PX } }),
  );

  const extra: Record<string, unknown> = {};
  if (processData) for (const [key, value] of Object.entries(processData)) if (!RESERVED_MAP_KEYS.has(key)) extra[key] = value;
  const title = poolName !== '' ? poolName : (options.fileName ?? t('formats:unnamed.title'));
  const now = options.now ?? new Date().toISOString();
  const candidate = {
    ...(processData ? {} : { source: { kind: 'bpmn', file: options.fileName ?? '' } }),
    ...extra,
    format: FORMAT_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: typeof extra.meta === 'object' && extra.meta !== null ? extra.meta : { title, language: options.language, createdAt: now, updatedAt: now },
    lanes: built.lanes,
    steps: built.steps,
    flows: built.flows,
    annotations: processData && Array.isArray(extra.annotations) ? extra.annotations : annotations,
  };
  const map = processMapSchema.safeParse(candidate);
  if (!map.success) return { ok: false, failure: { code: 'invalidResult', params: { reason: map.error.issues[0]?.message ?? '' } } };
  const problems = validateMap(map.data, { language: options.language });
  if (problems.length > 0) return { ok: false, failure: { code: 'invalidResult', params: { reason: problems[0]?.message ?? '' } } };
  return { ok: true, map: map.data, report: { format: 'bpmn', counts: { lanes: built.lanes.length, steps: built.steps.length, flows: built.flows.length }, items: report.items() } };
}

interface BuiltState {
  lanes: Lane[];
  steps: Step[];
  flows: Flow[];
  /** Map id → BPMN id, where they differ. */
  bpmnIds: Map<string, string>;
  savedPositions: Map<string, { x: number; y: number }>;
}

function dataId(data: Record<string, unknown> | null, fallback: string, taken: Set<string>): string {
  const wanted = data && typeof data.id === 'string' && data.id !== '' ? data.id : fallback;
  let id = wanted;
  for (let n = 2; taken.has(id); n += 1) id = `${wanted}_${n}`;
  taken.add(id);
  return id;
}

/** Copies the saved fields of `data` under what the BPMN file says (its structure wins). */
function merged<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, data: Record<string, unknown> | null, own: Record<string, unknown>): T {
  if (data) {
    const withData = schema.safeParse({ ...data, ...own });
    if (withData.success) return withData.data;
  }
  const plain = schema.safeParse(own);
  if (plain.success) return plain.data;
  throw new Error('unreadable element');
}

/** A saved label when the BPMN name is the same text with whitespace collapsed (it kept its line breaks). */
function label(name: string, data: Record<string, unknown> | null): string {
  const saved = data && typeof data.label === 'string' ? data.label : null;
  return saved !== null && collapseWhitespace(xmlSafeText(saved)) === name ? saved : name;
}

function buildState(read: ReadProcess, language: Language, report: ReportCollector): BuiltState {
  const t = getTranslator(language);
  // Ids are unique per kind in a map (a lane, a step and a flow may share one), as BPMN's
  // are not: each kind keeps its saved ids apart, so export → import returns them unchanged.
  const takenLaneIds = new Set<string>();
  const takenStepIds = new Set<string>();
  const takenFlowIds = new Set<string>();
  const laneIds = new Map<string, string>();
  const lanes = read.lanes.map((lane) => {
    const id = dataId(lane.data, lane.id === FALLBACK_LANE_ID ? 'lane1' : lane.id, takenLaneIds);
    laneIds.set(lane.id, id);
    const saved = lane.data && typeof lane.data.name === 'string' ? label(lane.ownName, { label: lane.data.name }) : null;
    return merged(laneSchema, lane.data, { id, name: saved !== null && !(saved === '' && lane.data?.name !== '') ? saved : lane.name });
  });
  const stepIds = new Map<string, string>();
  const bpmnIds = new Map<string, string>();
  const savedPositions = new Map<string, { x: number; y: number }>();
  const counters = new Map<string, number>();
  const steps = read.nodes.map((node) => {
    const id = dataId(node.data, node.id, takenStepIds);
    stepIds.set(node.id, id);
    bpmnIds.set(id, node.id);
    let text = label(node.name, node.data);
    if (text === '' && !(node.data && typeof node.data.label === 'string')) {
      const count = (counters.get(node.type) ?? 0) + 1;
      counters.set(node.type, count);
      text = t(`formats:unnamed.${node.type}`, { number: count });
      report.add('unnamedSteps', text);
    }
    const own: Record<string, unknown> = { id, type: node.type, label: text, laneId: laneIds.get(node.laneId) ?? node.laneId };
    if (node.activity !== null && !(node.data && 'activity' in node.data)) own.activity = node.activity;
    const step = merged(stepSchema, node.data, own);
    const position = node.data?.position;
    if (typeof position === 'object' && position !== null && typeof (position as { x?: unknown }).x === 'number' && typeof (position as { y?: unknown }).y === 'number') {
      savedPositions.set(id, { x: (position as { x: number }).x, y: (position as { y: number }).y });
    }
    return step;
  });
  const flows = read.flows.map((flow) =>
    merged(flowSchema, flow.data, { id: dataId(flow.data, flow.id, takenFlowIds), from: stepIds.get(flow.from) ?? flow.from, to: stepIds.get(flow.to) ?? flow.to, label: label(flow.name, flow.data) }),
  );
  const state = { lanes, steps, flows, bpmnIds, savedPositions };
  // New steps and flows (a start or end added by the repairs) get ids no element has yet.
  const makeId = createIdMaker(new Set([...takenLaneIds, ...takenStepIds, ...takenFlowIds]));
  repairStartsAndEnds(state, makeId, t, report);
  if (!read.nodes.some((node) => node.data !== null)) markRework(state, report);
  settleParallel(state, report);
  return state;
}

type Translate = ReturnType<typeof getTranslator>;

/** Several starts → one new start leading to each; no end → one new end after every dead end; an end with flows out → an activity. */
function repairStartsAndEnds(state: BuiltState, makeId: ReturnType<typeof createIdMaker>, t: Translate, report: ReportCollector): void {
  const { steps, flows } = state;
  const firstLane = steps[0]?.laneId ?? state.lanes[0]?.id;
  for (const step of steps) {
    if (step.type === 'end' && flows.some((flow) => flow.from === step.id)) {
      step.type = 'activity';
      report.add('endWithOutgoing', step.label);
    }
  }
  const starts = steps.filter((step) => step.type === 'start');
  if (starts.length !== 1 && firstLane !== undefined) {
    const laneId = starts[0]?.laneId ?? firstLane;
    const start = stepSchema.parse({ id: makeId('s'), type: 'start', label: t('formats:unnamed.start', { number: '' }).trim(), laneId });
    steps.unshift(start);
    const targets = starts.length > 0 ? starts : steps.filter((step) => step !== start && !flows.some((flow) => flow.to === step.id));
    for (const target of targets) {
      if (target.type === 'start') {
        target.type = 'activity';
        report.add('severalStarts', target.label);
      }
      flows.push(flowSchema.parse({ id: makeId('f'), from: start.id, to: target.id }));
    }
    if (starts.length === 0) report.add('addedStart');
  }
  if (!steps.some((step) => step.type === 'end') && firstLane !== undefined) {
    const deadEnds = steps.filter((step) => !flows.some((flow) => flow.from === step.id));
    const end = stepSchema.parse({ id: makeId('s'), type: 'end', label: t('formats:unnamed.end', { number: '' }).trim(), laneId: deadEnds[0]?.laneId ?? firstLane });
    steps.push(end);
    for (const step of deadEnds) flows.push(flowSchema.parse({ id: makeId('f'), from: step.id, to: end.id }));
    report.add('addedEnd');
  }
}

/** Flows that close a cycle (back edges of a depth-first walk from the start, flows in file order) are rework. */
function markRework(state: BuiltState, report: ReportCollector): void {
  const outgoing = new Map<string, Flow[]>();
  for (const flow of state.flows) outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow]);
  const colour = new Map<string, 1 | 2>();
  const start = state.steps.find((step) => step.type === 'start');
  const labelOf = new Map(state.steps.map((step) => [step.id, step.label]));
  const roots = [...(start ? [start.id] : []), ...state.steps.map((step) => step.id)];
  for (const root of roots) {
    if (colour.has(root)) continue;
    // Iterative walk: a file of thousands of nodes must not overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    colour.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const out = outgoing.get(top.id) ?? [];
      if (top.next >= out.length) {
        colour.set(top.id, 2);
        stack.pop();
        continue;
      }
      const flow = out[top.next++] as Flow;
      const state = colour.get(flow.to);
      if (state === 1) {
        flow.rework = true;
        report.add('reworkFlows', `${labelOf.get(flow.from) ?? flow.from} → ${labelOf.get(flow.to) ?? flow.to}`);
      } else if (state === undefined) {
        colour.set(flow.to, 1);
        stack.push({ id: flow.to, next: 0 });
      }
    }
  }
}

/** Parallel gateways that do not form well-structured blocks (section 7) become decisions with equal probabilities. */
function settleParallel(state: BuiltState, report: ReportCollector): void {
  for (let round = 0; round < 1000; round += 1) {
    if (!state.steps.some((step) => step.type === 'parallel')) return;
    const { structure } = parallelStructureOf(state);
    const broken = new Set<number>();
    for (const problem of structure.problems) {
      for (const index of [problem.splitIndex, problem.joinIndex, problem.otherSplitIndex, problem.stepIndex]) {
        if (index >= 0 && state.steps[index]?.type === 'parallel') broken.add(index);
      }
    }
    if (structure.problems.length === 0) return;
    if (broken.size === 0) for (const [index, step] of state.steps.entries()) if (step.type === 'parallel') broken.add(index);
    for (const index of broken) {
      const step = state.steps[index] as Step;
      step.type = 'decision';
      report.add('parallelAsDecision', step.label);
    }
  }
}
