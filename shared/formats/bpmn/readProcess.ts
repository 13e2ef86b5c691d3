import type { ReportCollector } from '../importReport';
import { collapseWhitespace, elements, reference, stroomlijnData, text, type BpmnElement } from './moddle';
import type { ActivityKind, StepType } from '../../model/vocabulary';

/**
 * The flow nodes, lanes and flows of one BPMN process, in Stroomlijn's terms but still with
 * BPMN's ids: the mapping rules of domain.md section 9, before the map is made.
 */
export interface ReadNode {
  id: string;
  name: string;
  type: StepType;
  activity: ActivityKind | null;
  laneId: string;
  data: Record<string, unknown> | null;
}
export interface ReadFlow {
  id: string;
  name: string;
  from: string;
  to: string;
  data: Record<string, unknown> | null;
}
export interface ReadLane {
  id: string;
  /** "Parent / Child", or a made name for an unnamed lane. */
  name: string;
  /** The lane's own name in the file (collapsed; '' when unnamed). */
  ownName: string;
  data: Record<string, unknown> | null;
}
export interface ReadProcess {
  lanes: ReadLane[];
  nodes: ReadNode[];
  flows: ReadFlow[];
  notes: { id: string; text: string }[];
}

const TASK_TYPES = new Set([
  'bpmn:Task', 'bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask',
  'bpmn:CallActivity', 'bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess',
]);
const COMMUNICATION_TYPES = new Set(['bpmn:SendTask', 'bpmn:ReceiveTask']);
const DECISION_TYPES = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway', 'bpmn:ComplexGateway']);
const INTERMEDIATE_TYPES = new Set(['bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent']);
const DATA_TYPES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** The lane made for flow nodes in no lane (named after the pool); it gets a fresh map id. */
export const FALLBACK_LANE_ID = '';

export function isFlowNode(element: BpmnElement): boolean {
  return element.$type !== 'bpmn:SequenceFlow' && !DATA_TYPES.has(element.$type);
}

/** What a flow node becomes, or null for a boundary event (its flows leave from its host). */
function stepKind(element: BpmnElement): { type: StepType; activity: ActivityKind | null } | null | 'unknown' {
  const type = element.$type;
  if (type === 'bpmn:StartEvent') return { type: 'start', activity: null };
  if (type === 'bpmn:EndEvent') return { type: 'end', activity: null };
  if (TASK_TYPES.has(type)) return { type: 'activity', activity: null };
  if (COMMUNICATION_TYPES.has(type)) return { type: 'activity', activity: 'communication' };
  if (DECISION_TYPES.has(type)) return { type: 'decision', activity: null };
  if (type === 'bpmn:ParallelGateway') return { type: 'parallel', activity: null };
  if (INTERMEDIATE_TYPES.has(type)) return { type: 'activity', activity: null };
  if (type === 'bpmn:BoundaryEvent') return null;
  return 'unknown';
}

/** The name of an element for the report: its name, else its id. */
export function displayName(element: BpmnElement): string {
  const name = collapseWhitespace(text(element, 'name'));
  return name !== '' ? name : (text(element, 'id') ?? element.$type);
}

/** Leaf lanes of a lane set, nested lanes named "Parent / Child", unnamed ones "Lane N". */
function leafLanes(laneSet: BpmnElement | undefined, prefix: string, out: { lane: BpmnElement; name: string; ownName: string }[], unnamed: () => string): void {
  for (const lane of elements(laneSet, 'lanes')) {
    const own = collapseWhitespace(text(lane, 'name'));
    const name = own !== '' ? own : unnamed();
    const full = prefix === '' ? name : `${prefix} / ${name}`;
    const children = reference(lane, 'childLaneSet');
    if (children && elements(children, 'lanes').length > 0) leafLanes(children, full, out, unnamed);
    else out.push({ lane, name: full, ownName: own });
  }
}

/**
 * Reads a process: leaf lanes, flow nodes (boundary events folded into their hosts'
 * flows), sequence flows, text annotations; what is not carried over goes to `report`.
 */
export function readProcess(process: BpmnElement, fallbackLaneName: string, report: ReportCollector, unnamedLaneName: (n: number) => string): ReadProcess {
  let unnamedCount = 0;
  const leaves: { lane: BpmnElement; name: string; ownName: string }[] = [];
  for (const laneSet of elements(process, 'laneSets')) leafLanes(laneSet, '', leaves, () => unnamedLaneName(++unnamedCount));

  const laneOfNode = new Map<string, string>();
  const lanes: ReadLane[] = leaves.map(({ lane, name, ownName }) => {
    const id = text(lane, 'id') ?? `lane_${name}`;
    for (const node of elements(lane, 'flowNodeRef')) {
      const nodeId = text(node, 'id');
      if (nodeId !== undefined && !laneOfNode.has(nodeId)) laneOfNode.set(nodeId, id);
    }
    return { id, name, ownName, data: stroomlijnData(lane) };
  });

  const flowElements = elements(process, 'flowElements');
  const nodes: ReadNode[] = [];
  const hostOf = new Map<string, string>();
  let needsFallbackLane = false;
  for (const element of flowElements) {
    if (element.$type === 'bpmn:SequenceFlow') continue;
    const id = text(element, 'id');
    if (id === undefined) continue;
    if (DATA_TYPES.has(element.$type)) {
      report.add('dataObjects', displayName(element));
      continue;
    }
    for (const definition of elements(element, 'eventDefinitions')) {
      report.add('eventDefinitions', `${displayName(element)} (${definition.$type.replace(/^bpmn:/, '').replace(/EventDefinition$/, '')})`);
    }
    const kind = stepKind(element);
    if (kind === null) {
      const host = reference(element, 'attachedToRef');
      const hostId = host ? text(host, 'id') : undefined;
      if (hostId !== undefined) hostOf.set(id, hostId);
      report.add('boundaryEvents', displayName(element));
      continue;
    }
    if (kind === 'unknown') {
      report.add('unknownElements', `${displayName(element)} (${element.$type.replace(/^bpmn:/, '')})`);
      continue;
    }
    if (element.$type === 'bpmn:InclusiveGateway') report.add('inclusiveAsExclusive', displayName(element));
    if (elements(element, 'flowElements').some(isFlowNode)) report.add('subProcessesCollapsed', displayName(element));
    let laneId = laneOfNode.get(id);
    if (laneId === undefined) {
      laneId = FALLBACK_LANE_ID;
      needsFallbackLane = true;
    }
    nodes.push({ id, name: collapseWhitespace(text(element, 'name')), type: kind.type, activity: kind.activity, laneId, data: stroomlijnData(element) });
  }
  if (needsFallbackLane) lanes.push({ id: FALLBACK_LANE_ID, name: fallbackLaneName, ownName: fallbackLaneName, data: null });

  const nodeIds = new Set(nodes.map((node) => node.id));
  const flows: ReadFlow[] = [];
  for (const element of flowElements) {
    if (element.$type !== 'bpmn:SequenceFlow') continue;
    const source = reference(element, 'sourceRef');
    const target = reference(element, 'targetRef');
    const sourceId = source ? text(source, 'id') : undefined;
    const targetId = target ? text(target, 'id') : undefined;
    const from = sourceId === undefined ? undefined : (hostOf.get(sourceId) ?? sourceId);
    if (from === undefined || targetId === undefined || !nodeIds.has(from) || !nodeIds.has(targetId)) {
      report.add('flowsSkipped', displayName(element));
      continue;
    }
    flows.push({ id: text(element, 'id') ?? `${from}_${targetId}`, name: collapseWhitespace(text(element, 'name')), from, to: targetId, data: stroomlijnData(element) });
  }

  const notes = elements(process, 'artifacts')
    .filter((artifact) => artifact.$type === 'bpmn:TextAnnotation')
    .map((artifact) => ({ id: text(artifact, 'id') ?? '', text: (text(artifact, 'text') ?? '').trim() }))
    .filter((note) => note.text !== '');
  for (const note of notes) {
    const line = collapseWhitespace(note.text);
    report.add('notesFromAnnotations', line.length > 40 ? `${line.slice(0, 40)}…` : line);
  }
  return { lanes, nodes, flows, notes };
}

/** Flow nodes directly in a process (events, activities, gateways), to choose among pools. */
export function flowNodeCount(process: BpmnElement): number {
  return elements(process, 'flowElements').filter(isFlowNode).length;
}
