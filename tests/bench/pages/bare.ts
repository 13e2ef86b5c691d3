import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

/**
 * The benchmark's reference: plain @xyflow/react with default nodes and edges at the same
 * positions as the map's steps and flows, no custom node types, no extra options except
 * the same zoom range and an initial fit (so both pages start from the same view).
 */
interface BareMap {
  steps: { id: string; label: string; position: { x: number; y: number } }[];
  flows: { id: string; from: string; to: string }[];
}

declare global {
  interface Window {
    __bare: { load(json: string): void };
  }
}

let show: (graph: { nodes: Node[]; edges: Edge[] }) => void = () => undefined;

function BareFlow() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  show = setGraph;
  if (!graph) return null;
  return createElement(ReactFlow, { defaultNodes: graph.nodes, defaultEdges: graph.edges, fitView: true, minZoom: 0.1, maxZoom: 2 });
}

window.__bare = {
  load(json) {
    const map = JSON.parse(json) as BareMap;
    const nodes: Node[] = map.steps.map((step) => ({ id: step.id, position: step.position, data: { label: step.label } }));
    const edges: Edge[] = map.flows.map((flow) => ({ id: flow.id, source: flow.from, target: flow.to }));
    flushSync(() => show({ nodes, edges }));
  },
};

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('div', { style: { width: '100%', height: '100%' } }, createElement(BareFlow)));
