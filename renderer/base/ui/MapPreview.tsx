import './mapPreview.css';
import { memo } from 'react';
import type { MapState, Step } from '../../../shared/model/types';
import { clampStepY, LANE_HEIGHT_PX, laneColor, STEP_HEIGHT_PX, STEP_WIDTH_PX } from '../../../shared/layout/geometry';

interface MapPreviewProps {
  state: Pick<MapState, 'lanes' | 'steps' | 'flows'>;
  /** Accessible name of the picture ("Preview of Incoming invoices"). */
  label: string;
}

/** Left margin for the lane colour stripe, and space around the drawing (flow coordinates). */
const LANE_STRIPE = 24;
const PADDING = 40;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  step: Step;
}

/**
 * Strokes use `vector-effect: non-scaling-stroke`: a 3,000-pixel-wide map shrinks to a
 * card, and its lines must stay one or two screen pixels wide instead of vanishing.
 *
 * A small schematic of a map, drawn from the document with the canvas's own geometry
 * (lane bands of LANE_HEIGHT_PX, step boxes at their positions): lanes as bands, steps as
 * boxes (pills for start and end, diamonds for decisions), flows as lines, rework dashed.
 */
export const MapPreview = memo(function MapPreview({ state, label }: MapPreviewProps) {
  const laneIndexById = new Map(state.lanes.map((lane, index) => [lane.id, index]));
  const boxes = new Map<string, Box>();
  for (const step of state.steps) {
    const laneIndex = laneIndexById.get(step.laneId) ?? 0;
    boxes.set(step.id, {
      x: step.position.x,
      y: clampStepY(step.position.y, laneIndex),
      width: STEP_WIDTH_PX[step.type],
      height: STEP_HEIGHT_PX,
      step,
    });
  }
  const allBoxes = [...boxes.values()];
  const minX = Math.min(0, ...allBoxes.map((box) => box.x)) - LANE_STRIPE - PADDING;
  const maxX = Math.max(600, ...allBoxes.map((box) => box.x + box.width)) + PADDING;
  const height = Math.max(1, state.lanes.length) * LANE_HEIGHT_PX;
  const width = maxX - minX;

  return (
    <svg className="sl-preview" viewBox={`${minX} 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      {state.lanes.map((lane, index) => (
        <g key={lane.id}>
          <rect x={minX} y={index * LANE_HEIGHT_PX} width={width} height={LANE_HEIGHT_PX} fill={index % 2 === 0 ? '#f7f9fc' : '#eef2f8'} />
          <rect x={minX} y={index * LANE_HEIGHT_PX} width={LANE_STRIPE} height={LANE_HEIGHT_PX} fill={laneColor(index)} />
          <line x1={minX} x2={maxX} y1={(index + 1) * LANE_HEIGHT_PX} y2={(index + 1) * LANE_HEIGHT_PX} stroke="#cfd8e6" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        </g>
      ))}
      {state.flows.map((flow) => {
        const from = boxes.get(flow.from);
        const to = boxes.get(flow.to);
        if (!from || !to) return null;
        const fromY = from.y + from.height / 2;
        const toY = to.y + to.height / 2;
        const forward = to.x >= from.x + from.width;
        // Backward flows (rework) arc over the top of the boxes, as on the canvas.
        const path = forward
          ? `M ${from.x + from.width} ${fromY} C ${from.x + from.width + 60} ${fromY}, ${to.x - 60} ${toY}, ${to.x} ${toY}`
          : `M ${from.x + from.width / 2} ${from.y} C ${from.x + from.width / 2} ${from.y - 70}, ${to.x + to.width / 2} ${to.y - 70}, ${to.x + to.width / 2} ${to.y}`;
        return (
          <path
            key={flow.id}
            d={path}
            fill="none"
            stroke={flow.rework ? '#c0392b' : '#5b6b82'}
            strokeWidth={1.25}
            strokeDasharray={flow.rework ? '3 2' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
      {allBoxes.map((box) => (
        <StepShape key={box.step.id} box={box} color={laneColor(laneIndexById.get(box.step.laneId) ?? 0)} />
      ))}
    </svg>
  );
});

function StepShape({ box, color }: { box: Box; color: string }) {
  const { x, y, width, height, step } = box;
  if (step.type === 'decision' || step.type === 'parallel') {
    const cx = x + width / 2;
    const cy = y + height / 2;
    return <polygon points={`${cx},${y} ${x + width},${cy} ${cx},${y + height} ${x},${cy}`} fill="#fff" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />;
  }
  if (step.type === 'start' || step.type === 'end') {
    const pillHeight = height * 0.56;
    return (
      <rect
        x={x}
        y={y + (height - pillHeight) / 2}
        width={width}
        height={pillHeight}
        rx={pillHeight / 2}
        fill={step.type === 'start' ? color : '#fff'}
        stroke={color}
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
    );
  }
  return <rect x={x} y={y} width={width} height={height} rx={12} fill="#fff" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />;
}
