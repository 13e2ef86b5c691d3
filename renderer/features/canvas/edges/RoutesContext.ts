import { createContext } from 'react';
import type { FlowRoute } from '../../../../shared/layout/flowRouter';

/**
 * The routed flows of the shown state (canvasRoutes.ts) and the steps being dragged right
 * now: flows of a dragged step follow the handles (the route is made again on drop).
 */
export interface CanvasRoutes {
  routes: ReadonlyMap<string, FlowRoute>;
  movingStepIds: ReadonlySet<string>;
}

export const RoutesContext = createContext<CanvasRoutes>({ routes: new Map(), movingStepIds: new Set() });
