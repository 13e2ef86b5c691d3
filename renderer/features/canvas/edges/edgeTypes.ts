import type { EdgeTypes } from '@xyflow/react';
import { FlowEdgeView } from './FlowEdgeView';

/** Declared once at module scope, like nodeTypes. */
export const edgeTypes: EdgeTypes = { flow: FlowEdgeView };
