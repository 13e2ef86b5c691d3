import { ReactFlow, type Edge, type Node, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

/**
 * The benchmark's reference: plain @xyflow/react with default nodes and edges at the same
 * positions as the map's steps and flows, no custom node types and no options except the
 * zoom range. `?width=&height=` sizes the flow like the app's canvas, and the benchmark
 * gives both pages the same viewport, so both draw the same part of the map. `?cull=1` is the
 * fair peer of the app, which draws only the steps in view: React Flow's own
 * `onlyRenderVisibleElements`.
 */
interface BareMap {
  steps: { id: string; label: string; position: { x: number; y: number } }[];
  flows: { id: string; from: string; to: string }[];
}

declare global {
  interface Window {
    __bare: { load(json: string): void; setViewport(viewport: Viewport): void };
  }
}

const search = new URLSearchParams(location.search);
const onlyRenderVisibleElements = search.get('cull') === '1';
/** The app's viewport, given by the benchmark, so both pages draw the same part from the first frame. */
const defaultViewport: Viewport = { x: Number(search.get('x') ?? 0), y: Number(search.get('y') ?? 0), zoom: Number(search.get('zoom') ?? 1) || 1 };

let show: (graph: { nodes: Node[]; edges: Edge[] }) => void = () => undefined;
let instance: ReactFlowInstance | null = null;

function BareFlow() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  show = setGraph;
  if (!graph) return null;
  return createElement(ReactFlow, {
    defaultNodes: graph.nodes,
    defaultEdges: graph.edges,
    minZoom: 0.1,
    maxZoom: 2,
    onlyRenderVisibleElements,
    defaultViewport,
    onInit: (flow: ReactFlowInstance) => {
      instance = flow;
    },
  });
}

window.__bare = {
  load(json) {
    const map = JSON.parse(json) as BareMap;
    const nodes: Node[] = map.steps.map((step) => ({ id: step.id, position: step.position, data: { label: step.label } }));
    const edges: Edge[] = map.flows.map((flow) => ({ id: flow.id, source: flow.from, target: flow.to }));
    flushSync(() => show({ nodes, edges }));
  },
  setViewport(viewport) {
    void instance?.setViewport(viewport);
  },
};

const params = new URLSearchParams(location.search);
const size = { width: `${Number(params.get('width') ?? 0) || window.innerWidth}px`, height: `${Number(params.get('height') ?? 0) || window.innerHeight}px` };
const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('div', { style: size }, createElement(BareFlow)));
