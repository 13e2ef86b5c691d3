import { Panel, useStore, useStoreApi, type ReactFlowState, type Rect } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { useEffect, useMemo, useRef } from 'react';
import type { CanvasNode } from './flowTypes';
import { miniMapNodeColor } from './miniMapColors';

const WIDTH_PX = 168;
const HEIGHT_PX = 104;
/** Room around the map in the overview, in overview pixels (React Flow's MiniMap: offsetScale 5). */
const OFFSET_SCALE = 5;

/** What the overview reads of the flow store: the visible part of the map and what panning needs. */
interface ViewSlice {
  view: Rect;
  panZoom: ReactFlowState['panZoom'];
  translateExtent: ReactFlowState['translateExtent'];
  flowWidth: number;
  flowHeight: number;
  rfId: string;
}

function selectView(state: ReactFlowState): ViewSlice {
  const [x, y, zoom] = state.transform;
  return {
    view: { x: -x / zoom, y: -y / zoom, width: state.width / zoom, height: state.height / zoom },
    panZoom: state.panZoom,
    translateExtent: state.translateExtent,
    flowWidth: state.width,
    flowHeight: state.height,
    rfId: state.rfId,
  };
}

function sameView(left: ViewSlice, right: ViewSlice): boolean {
  return (
    left.view.x === right.view.x &&
    left.view.y === right.view.y &&
    left.view.width === right.view.width &&
    left.view.height === right.view.height &&
    left.panZoom === right.panZoom &&
    left.translateExtent === right.translateExtent &&
    left.flowWidth === right.flowWidth &&
    left.flowHeight === right.flowHeight &&
    left.rfId === right.rfId
  );
}

function union(left: Rect | null, right: Rect): Rect {
  if (!left) return right;
  const x = Math.min(left.x, right.x);
  const y = Math.min(left.y, right.y);
  return { x, y, width: Math.max(left.x + left.width, right.x + right.width) - x, height: Math.max(left.y + left.height, right.y + right.height) - y };
}

export interface OverviewShapes {
  /** One SVG path per colour with a rectangle per node. */
  paths: { color: string; d: string }[];
  /** Around all nodes; null without nodes. */
  bounds: Rect | null;
}

/**
 * The nodes as the overview draws them: a path per colour instead of an element per node.
 * React Flow's MiniMap draws a <rect> per node, each with its own store subscription that
 * runs on every pan frame: two thirds of the canvas' DOM at 1,000 steps, and work per frame
 * that grows with the map. At the overview's scale (a 150 px step is a few pixels) the rects'
 * rounded corners were invisible, so the picture is the same.
 */
export function overviewShapes(nodes: readonly CanvasNode[]): OverviewShapes {
  const parts = new Map<string, string[]>();
  let bounds: Rect | null = null;
  for (const node of nodes) {
    const width = node.width ?? node.measured?.width ?? 0;
    const height = node.height ?? node.measured?.height ?? 0;
    if (node.hidden || width <= 0 || height <= 0) continue;
    const { x, y } = node.position;
    const color = miniMapNodeColor(node);
    const list = parts.get(color) ?? [];
    list.push(`M${x},${y}h${width}v${height}h${-width}z`);
    parts.set(color, list);
    bounds = union(bounds, { x, y, width, height });
  }
  return { paths: [...parts].map(([color, list]) => ({ color, d: list.join('') })), bounds };
}

/**
 * The map overview in the canvas corner (React Flow's MiniMap, drawn cheaply): every step in
 * its value colour, the visible part unshaded; drag in it to pan, scroll in it to zoom
 * (React Flow's own XYMinimap does both).
 */
export function MapOverview({ nodes, ariaLabel, className }: { nodes: readonly CanvasNode[]; ariaLabel: string; className?: string }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const { view, panZoom, translateExtent, flowWidth, flowHeight, rfId } = useStore(selectView, sameView);
  const shapes = useMemo(() => overviewShapes(nodes), [nodes]);
  // As React Flow's MiniMap: the nodes and the view together, scaled to fit, with a margin.
  const shown = union(shapes.bounds, view);
  const viewScale = Math.max(shown.width / WIDTH_PX, shown.height / HEIGHT_PX);
  const viewWidth = viewScale * WIDTH_PX;
  const viewHeight = viewScale * HEIGHT_PX;
  const offset = OFFSET_SCALE * viewScale;
  const x = shown.x - (viewWidth - shown.width) / 2 - offset;
  const y = shown.y - (viewHeight - shown.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;
  // XYMinimap reads the scale while the user drags or scrolls in the overview.
  const viewScaleRef = useRef(viewScale);
  useEffect(() => {
    viewScaleRef.current = viewScale;
  }, [viewScale]);
  const minimap = useRef<XYMinimapInstance | null>(null);

  useEffect(() => {
    if (!svg.current || !panZoom) return undefined;
    const instance = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => viewScaleRef.current });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent, width: flowWidth, height: flowHeight, pannable: true, zoomable: true, zoomStep: 1 });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  const labelId = `react-flow__minimap-desc-${rfId}`;
  return (
    <Panel position="bottom-right" className={`react-flow__minimap${className ? ` ${className}` : ''}`} style={{ width: WIDTH_PX, height: HEIGHT_PX }} data-testid="rf__minimap">
      <svg width={WIDTH_PX} height={HEIGHT_PX} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg" role="img" aria-labelledby={labelId} ref={svg}>
        <title id={labelId}>{ariaLabel}</title>
        {shapes.paths.map((path) => (
          <path key={path.color} className="react-flow__minimap-node" d={path.d} style={{ fill: path.color }} strokeWidth={0} shapeRendering="crispEdges" />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
