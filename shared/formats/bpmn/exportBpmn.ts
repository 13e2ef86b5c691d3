import { LANE_HEIGHT_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX, clampStepY } from '../../layout/geometry';
import type { ProcessMap, Step } from '../../model/types';
import type { StepType } from '../../model/vocabulary';
import type { Bounds } from './diPositions';
import { routeFlows } from '../../layout/flowRouter';
import { flowWaypoints } from './flowWaypoints';
import { STROOMLIJN_BPMN_NAMESPACE, xmlSafeText } from './moddle';

const ELEMENT_OF_TYPE: Record<StepType, string> = {
  start: 'startEvent',
  end: 'endEvent',
  activity: 'task',
  decision: 'exclusiveGateway',
  parallel: 'parallelGateway',
};

/** Shape sizes as BPMN tools draw them (events 36, gateways 50), centred in Stroomlijn's box. */
const SHAPE_SIZE: Record<StepType, { width: number; height: number }> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  activity: { width: 150, height: 80 },
  decision: { width: 50, height: 50 },
  parallel: { width: 50, height: 50 },
};

/** Width of the participant's name band left of the lanes, and the margin around the steps. */
const PARTICIPANT_LABEL_PX = 30;
const MARGIN_PX = 60;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function dataElement(value: unknown, indent: string): string {
  // JSON.stringify escapes control characters, so the body is always valid XML text.
  const json = JSON.stringify(value).replace(/[\u007F-\uFFFF]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${indent}<bpmn:extensionElements><sl:data>${escapeXml(json)}</sl:data></bpmn:extensionElements>\n`;
}

/** XML ids (NCNames): a map id that is one is kept, others get a made one; every id unique in the file. */
function createIdAllocator(): (wanted: string) => string {
  const used = new Set(['Definitions_1', 'Collaboration_1', 'Participant_1', 'Process_1', 'LaneSet_1', 'Diagram_1', 'Plane_1']);
  let counter = 0;
  return (wanted) => {
    let id = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(wanted) ? wanted : `id_${++counter}`;
    while (used.has(id) || used.has(`${id}_di`)) id = `id_${++counter}`;
    used.add(id);
    used.add(`${id}_di`);
    return id;
  };
}

function bounds(box: Bounds): string {
  const number = (value: number) => String(Math.round(value * 100) / 100);
  return `<dc:Bounds x="${number(box.x)}" y="${number(box.y)}" width="${number(box.width)}" height="${number(box.height)}" />`;
}

/**
 * A map (its current state) as BPMN 2.0 XML (domain.md section 9): one collaboration with
 * one participant, its process with a lane per lane, the steps and flows, complete DI
 * (participant, lanes as horizontal bands, a shape per step, an edge per flow), and
 * Stroomlijn's own data in `sl:data` so export → import gives the same map.
 */
export function exportBpmn(map: ProcessMap): string {
  const allocate = createIdAllocator();
  const laneIds = new Map(map.lanes.map((lane) => [lane.id, allocate(lane.id)]));
  const stepIds = new Map(map.steps.map((step) => [step.id, allocate(step.id)]));
  const flowIds = new Map(map.flows.map((flow) => [flow.id, allocate(flow.id)]));
  const laneIndex = new Map(map.lanes.map((lane, index) => [lane.id, index]));
  const laneOfStep = new Map(map.steps.map((step) => [step.id, step.laneId]));
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const flow of map.flows) {
    const id = flowIds.get(flow.id) ?? '';
    incoming.set(flow.to, [...(incoming.get(flow.to) ?? []), id]);
    outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), id]);
  }

  const stepBox = (step: Step): Bounds => {
    const index = laneIndex.get(step.laneId) ?? 0;
    const centreX = step.position.x + STEP_WIDTH_PX[step.type] / 2;
    const centreY = clampStepY(step.position.y, index) + STEP_HEIGHT_PX / 2;
    const size = SHAPE_SIZE[step.type];
    return { x: centreX - size.width / 2, y: centreY - size.height / 2, width: size.width, height: size.height };
  };
  const boxes = new Map(map.steps.map((step) => [step.id, stepBox(step)]));
  const left = map.steps.length > 0 ? Math.min(...map.steps.map((step) => step.position.x)) - MARGIN_PX : 0;
  const right = map.steps.length > 0 ? Math.max(...map.steps.map((step) => step.position.x + STEP_WIDTH_PX[step.type])) + MARGIN_PX : 600;
  const lanesHeight = Math.max(1, map.lanes.length) * LANE_HEIGHT_PX;

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:sl="${STROOMLIJN_BPMN_NAMESPACE}" id="Definitions_1" targetNamespace="${STROOMLIJN_BPMN_NAMESPACE}" exporter="Stroomlijn" exporterVersion="1">\n`,
  );
  out.push(`  <bpmn:collaboration id="Collaboration_1">\n    <bpmn:participant id="Participant_1" name="${escapeXml(xmlSafeText(map.meta.title))}" processRef="Process_1" />\n  </bpmn:collaboration>\n`);
  out.push('  <bpmn:process id="Process_1" isExecutable="false">\n');
  const { lanes: _lanes, steps: _steps, flows: _flows, ...mapData } = map;
  out.push(dataElement(mapData, '    '));
  out.push('    <bpmn:laneSet id="LaneSet_1">\n');
  for (const lane of map.lanes) {
    out.push(`      <bpmn:lane id="${laneIds.get(lane.id) ?? ''}" name="${escapeXml(xmlSafeText(lane.name))}">\n`);
    out.push(dataElement(lane, '        '));
    for (const step of map.steps) if (step.laneId === lane.id) out.push(`        <bpmn:flowNodeRef>${stepIds.get(step.id) ?? ''}</bpmn:flowNodeRef>\n`);
    out.push('      </bpmn:lane>\n');
  }
  out.push('    </bpmn:laneSet>\n');
  for (const step of map.steps) {
    const element = ELEMENT_OF_TYPE[step.type];
    out.push(`    <bpmn:${element} id="${stepIds.get(step.id) ?? ''}" name="${escapeXml(xmlSafeText(step.label))}">\n`);
    out.push(dataElement(step, '      '));
    for (const id of incoming.get(step.id) ?? []) out.push(`      <bpmn:incoming>${id}</bpmn:incoming>\n`);
    for (const id of outgoing.get(step.id) ?? []) out.push(`      <bpmn:outgoing>${id}</bpmn:outgoing>\n`);
    out.push(`    </bpmn:${element}>\n`);
  }
  for (const flow of map.flows) {
    const name = flow.label === '' ? '' : ` name="${escapeXml(xmlSafeText(flow.label))}"`;
    out.push(`    <bpmn:sequenceFlow id="${flowIds.get(flow.id) ?? ''}"${name} sourceRef="${stepIds.get(flow.from) ?? ''}" targetRef="${stepIds.get(flow.to) ?? ''}">\n`);
    out.push(dataElement(flow, '      '));
    out.push('    </bpmn:sequenceFlow>\n');
  }
  out.push('  </bpmn:process>\n');

  out.push('  <bpmndi:BPMNDiagram id="Diagram_1">\n    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">\n');
  out.push(`      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true">${bounds({ x: left - PARTICIPANT_LABEL_PX, y: 0, width: right - left + PARTICIPANT_LABEL_PX, height: lanesHeight })}</bpmndi:BPMNShape>\n`);
  map.lanes.forEach((lane, index) => {
    const id = laneIds.get(lane.id) ?? '';
    out.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" isHorizontal="true">${bounds({ x: left, y: index * LANE_HEIGHT_PX, width: right - left, height: LANE_HEIGHT_PX })}</bpmndi:BPMNShape>\n`);
  });
  for (const step of map.steps) {
    const id = stepIds.get(step.id) ?? '';
    out.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}">${bounds(boxes.get(step.id) as Bounds)}</bpmndi:BPMNShape>\n`);
  }
  // The shared flow router (shared/layout/flowRouter.ts): orthogonal edges around the steps.
  const routes = routeFlows({
    boxes: map.steps.map((step) => ({ id: step.id, ...(boxes.get(step.id) as Bounds), shape: step.type === 'decision' || step.type === 'parallel' ? 'diamond' : 'rect' })),
    bands: map.lanes.map((_, index) => ({ top: index * LANE_HEIGHT_PX, bottom: (index + 1) * LANE_HEIGHT_PX })),
    flows: map.flows.map((flow) => ({ id: flow.id, from: flow.from, to: flow.to, rework: flow.rework })),
  });
  for (const flow of map.flows) {
    const source = boxes.get(flow.from);
    const target = boxes.get(flow.to);
    if (!source || !target) continue;
    const laneTop = Math.min(laneIndex.get(laneOfStep.get(flow.from) ?? '') ?? 0, laneIndex.get(laneOfStep.get(flow.to) ?? '') ?? 0) * LANE_HEIGHT_PX;
    const id = flowIds.get(flow.id) ?? '';
    // A flow from a step to itself gets no route from the router: the simple loop over its top.
    const points = (routes.get(flow.id)?.points ?? flowWaypoints(source, target, laneTop + 20))
      .map((point) => `<di:waypoint x="${Math.round(point.x * 100) / 100}" y="${Math.round(point.y * 100) / 100}" />`)
      .join('');
    out.push(`      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points}</bpmndi:BPMNEdge>\n`);
  }
  out.push('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n');
  return out.join('');
}
