import { STEP_GAP_PX, STEP_HEIGHT_PX, STEP_WIDTH_PX, clampStepY, defaultStepY } from '../../layout/geometry';
import type { Position } from '../../commands/types';
import type { Step } from '../../model/types';
import { elements, reference, text, type BpmnElement } from './moddle';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The DI bounds of every element that has a shape, by element id (first diagram that names it). */
export function shapeBounds(definitions: BpmnElement): Map<string, Bounds> {
  const bounds = new Map<string, Bounds>();
  for (const diagram of elements(definitions, 'diagrams')) {
    const plane = reference(diagram, 'plane');
    for (const shape of elements(plane, 'planeElement')) {
      if (shape.$type !== 'bpmndi:BPMNShape') continue;
      const element = reference(shape, 'bpmnElement');
      const id = element ? text(element, 'id') : undefined;
      const box = reference(shape, 'bounds');
      if (id === undefined || !box || bounds.has(id)) continue;
      const read = (key: string) => (typeof box[key] === 'number' && Number.isFinite(box[key]) ? box[key] : Number.NaN);
      const value = { x: read('x'), y: read('y'), width: read('width'), height: read('height') };
      if (Object.values(value).every(Number.isFinite)) bounds.set(id, value);
    }
  }
  return bounds;
}

/** Horizontal distance in Stroomlijn per unit along the flow in a BPMN drawing (tasks are 100 wide there, 150 here). */
const SPREAD = 1.5;

/**
 * Positions from the diagram, kept inside the lanes (domain.md section 9): the order along
 * the flow comes from the shapes' centres (x, or y for a vertical pool), spread to
 * Stroomlijn's wider boxes; y is the lane's row, since a lane is one band of fixed height.
 * Within a lane, boxes are pushed right until they no longer overlap.
 */
export function positionsFromDiagram(steps: readonly Step[], laneIndexOf: (laneId: string) => number, bounds: ReadonlyMap<string, Bounds>, vertical: boolean, bpmnIdOf: (step: Step) => string): Record<string, Position> {
  const along = (box: Bounds) => (vertical ? box.y + box.height / 2 : box.x + box.width / 2);
  const centres = steps.map((step) => {
    const box = bounds.get(bpmnIdOf(step));
    return box ? along(box) : null;
  });
  const known = centres.filter((value): value is number => value !== null);
  const origin = known.length > 0 ? Math.min(...known) : 0;
  const order = steps.map((step, index) => ({ step, centre: centres[index] ?? Number.POSITIVE_INFINITY, index }));
  order.sort((a, b) => a.centre - b.centre || a.index - b.index);
  const laneRight = new Map<string, number>();
  const positions: Record<string, Position> = {};
  let furthest = 0;
  for (const { step, centre } of order) {
    const width = STEP_WIDTH_PX[step.type];
    let x = Number.isFinite(centre) ? 50 + (centre - origin) * SPREAD : furthest + STEP_GAP_PX;
    const right = laneRight.get(step.laneId);
    if (right !== undefined) x = Math.max(x, right + STEP_GAP_PX);
    x = Math.round(x / 10) * 10;
    positions[step.id] = { x, y: defaultStepY(laneIndexOf(step.laneId)) };
    laneRight.set(step.laneId, x + width);
    furthest = Math.max(furthest, x + width);
  }
  return positions;
}

/** Whether the pool is drawn top to bottom: its lanes (or participant) are taller than wide. */
export function isVerticalDrawing(definitions: BpmnElement, laneIds: readonly string[], bounds: ReadonlyMap<string, Bounds>): boolean {
  for (const diagram of elements(definitions, 'diagrams')) {
    for (const shape of elements(reference(diagram, 'plane'), 'planeElement')) {
      if (shape.$type === 'bpmndi:BPMNShape' && shape.isHorizontal === false) return true;
    }
  }
  const laneBoxes = laneIds.map((id) => bounds.get(id)).filter((box): box is Bounds => box !== undefined);
  return laneBoxes.length > 1 && laneBoxes.every((box) => box.height > box.width);
}

/** The centre of a step's box in Stroomlijn coordinates, with y clamped into its lane as drawn. */
export function stepCentre(position: Position, step: Pick<Step, 'type'>, laneIndex: number): { x: number; y: number } {
  return { x: position.x + STEP_WIDTH_PX[step.type] / 2, y: clampStepY(position.y, laneIndex) + STEP_HEIGHT_PX / 2 };
}
