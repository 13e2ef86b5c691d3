import {
  Panel,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeMouseHandler,
  type NodeSelectionChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import './lanes/lanes.css';
import './nodes/annotations.css';
import './nodes/steps.css';
import './palette.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/types';
import { useAnalysisState, useCanvas, useDocuments, useDocumentState, useSession, useSessionState, useShownState } from '../../base/hooks';
import { uiLanguageOf } from '../../base/i18n';
import { CanvasControls } from './CanvasControls';
import { commandsForDroppedNodes, dispatchGesture, type DroppedNode } from './canvasCommands';
import { readShownState } from '../../base/session/shownState';
import { historyLabelKeyOf } from '../../base/store/commandLabels';
import { CanvasEditingContext } from './canvasEditing';
import { edgeTypes } from './edges/edgeTypes';
import { FIT_PADDING, MIN_ZOOM, addedBox, contentBounds, fitViewport, revealBox } from './fitMap';
import { createFlowProjector } from './flowProjector';
import { annotationIdOfNode, annotationNodeId, type CanvasNode, type FlowEdge } from './flowTypes';
import { LANE_HEIGHT_PX, SNAP_GRID_PX, STEP_SPACING_PX, laneIndexAtY } from '../../../shared/layout/geometry';
import { LOW_DETAIL_ZOOM } from './handles';
import { LaneBands } from './lanes/LaneBands';
import { LaneHeaders } from './lanes/LaneHeaders';
import { LayoutStatusMessage } from './layout/LayoutStatusMessage';
import { runAutoLayout } from './layout/runAutoLayout';
import { createWorkerLayoutEngine } from './layout/workerLayoutEngine';
import { isPaletteKind, type PaletteKind } from '../../../shared/model/elements';
import { createElementId } from '../../../shared/model/ids';
import { nodeTypes } from './nodes/nodeTypes';
import { PALETTE_MIME, Palette } from './Palette';
import { planAddElement } from './planAddElement';
import { planGatewayAddition } from './planGatewayAddition';
import { BlockRefusalNotice, type BlockRefusal } from './BlockRefusalNotice';
import { findBlockProblemOfCommand } from '../../../shared/commands/apply';
import { selectionAfterChanges } from './selectionSync';
import { useCanvasAriaLabels } from './useCanvasAriaLabels';
import { useCanvasEditingState } from './useCanvasEditingState';
import { useDocumentFit } from './useDocumentFit';
import { useNodeDrag } from './useNodeDrag';
import { MapOverview } from './MapOverview';
import { EmptyLanes } from './lanes/EmptyLanes';
import { useCanvasEmphasis } from './overlays/useCanvasEmphasis';
import { CanvasOverlayPanel } from './overlays/CanvasOverlayPanel';
import { createCanvasRouter } from './edges/canvasRoutes';
import { RoutesContext } from './edges/RoutesContext';

const SNAP_GRID: [number, number] = [SNAP_GRID_PX, SNAP_GRID_PX];
const MULTI_SELECT_KEYS = ['Control', 'Meta', 'Shift'];
const ZOOM_DURATION_MS = 200;
/** How far the bands reach beyond the outermost steps, in flow pixels. */
const BAND_MARGIN_PX = 2400;

/**
 * The value-stream map canvas: palette, swimlanes and React Flow. The picture is the
 * projection `toFlow(state, session, analysis)` of the shown state; every gesture becomes a
 * Command dispatched to the store (one gesture, one undo step). `layers` are drawn inside
 * React Flow's viewport by other features (the kaizen bursts of the actions), which the
 * shell passes in.
 */
export function FlowCanvas({ layers }: { layers?: ReactNode }) {
  return (
    <ReactFlowProvider>
      <CanvasWorkspace layers={layers} />
    </ReactFlowProvider>
  );
}

function CanvasWorkspace({ layers }: { layers: ReactNode }) {
  const { t, i18n } = useTranslation('canvas');
  const language = uiLanguageOf(i18n);
  const documents = useDocuments();
  const session = useSession();
  const state = useShownState();
  const { target } = state;
  const selection = useSessionState((editor) => editor.selection);
  const hoursPerDay = useDocumentState((editor) => editor.map.settings.hoursPerDay);
  const { analysis } = useAnalysisState();
  const lowDetail = useStore((flow) => flow.transform[2] < LOW_DETAIL_ZOOM);
  const reactFlow = useReactFlow<CanvasNode, FlowEdge>();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvas = useCanvas();
  const { editingNodeId, editing } = useCanvasEditingState(documents, session);
  const [project] = useState(createFlowProjector);
  // One layout worker per canvas, started on the first auto-layout and stopped with the canvas.
  const [layoutEngine] = useState(createWorkerLayoutEngine);
  useEffect(() => () => layoutEngine.cancel(), [layoutEngine]);
  const ariaLabelConfig = useCanvasAriaLabels();
  const emphasis = useCanvasEmphasis();
  // Why the last connection or addition was refused (it would break a parallel block); cleared by the next edit.
  const [refusal, setRefusal] = useState<BlockRefusal | null>(null);
  useEffect(() => documents.subscribe(() => setRefusal(null)), [documents]);
  /** Says why `commands` were refused when they would break a parallel block (named split and flow, UI language). */
  const explainRefusal = useCallback(
    (kind: BlockRefusal['kind'], commands: readonly Command[]) => {
      const map = documents.getState().map;
      for (const command of commands) {
        const problem = findBlockProblemOfCommand(map, command, language);
        if (problem) {
          setRefusal({ kind, message: problem.message });
          return;
        }
      }
    },
    [documents, language],
  );

  const projection = useMemo(
    () => project(state, { selection, language, hoursPerDay, lowDetail, editingNodeId, emphasis }, analysis),
    [project, state, selection, language, hoursPerDay, lowDetail, editingNodeId, emphasis, analysis],
  );

  const applyNodeSelection = useCallback(
    (changes: NodeSelectionChange[]) => session.select(selectionAfterChanges(session.getState().selection, changes, [])),
    [session],
  );
  const commitMoves = useCallback(
    (dropped: DroppedNode[]) => {
      dispatchGesture(documents, commandsForDroppedNodes(readShownState(documents, session), session.getState().target, dropped));
    },
    [documents, session],
  );
  const drag = useNodeDrag({ projectedNodes: projection.nodes, commitMoves, applySelection: applyNodeSelection });

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selections = changes.flatMap((change) => (change.type === 'select' ? [change] : []));
      if (selections.length > 0) session.select(selectionAfterChanges(session.getState().selection, [], selections));
    },
    [session],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (connection) => {
      if (connection.source === connection.target) return false;
      return !readShownState(documents, session).flows.some((flow) => flow.from === connection.source && flow.to === connection.target);
    },
    [documents, session],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const id = createElementId(documents.getState().map, 'f');
      const flow = { id, from: connection.source, to: connection.target, rework: false, medium: 'other' as const, label: '' };
      const command: Command = { type: 'flow/add', target: session.getState().target, flow };
      if (documents.dispatch(command)) session.select({ flowIds: [id] });
      else explainRefusal('connect', [command]);
    },
    [documents, session, explainRefusal],
  );

  const viewCenter = useCallback(() => {
    const bounds = wrapperRef.current?.getBoundingClientRect();
    if (!bounds) return { x: 0, y: 0 };
    // The middle of what is visible: right of the lane headers.
    const left = bounds.left + FIT_PADDING.left;
    return reactFlow.screenToFlowPosition({ x: (left + bounds.right) / 2, y: bounds.top + bounds.height / 2 });
  }, [reactFlow]);

  /** Pans (keeping the zoom) so an element added off screen comes into view to be named. */
  const revealElement = useCallback(
    (command: Command) => {
      const bounds = wrapperRef.current?.getBoundingClientRect();
      const box = addedBox(command);
      if (!bounds || !box) return;
      const viewport = reactFlow.getViewport();
      const revealed = revealBox(box, viewport, bounds, FIT_PADDING);
      if (revealed !== viewport) void reactFlow.setViewport(revealed, { duration: ZOOM_DURATION_MS });
    },
    [reactFlow],
  );

  const addElement = useCallback(
    (kind: PaletteKind, at: { x: number; y: number } | null) => {
      const { target, selection } = session.getState();
      const map = documents.getState().map;
      const state = readShownState(documents, session);
      const request = { kind, at, viewCenter: viewCenter(), selectedStepIds: selection.stepIds };
      // Gateways first: a whole block from the palette, a branch on a split, a step after a join.
      const gateway = planGatewayAddition(map, target, state, {
        ...request,
        texts: { split: t('gateway.split'), join: t('gateway.join'), branch: t('gateway.branch'), activity: t('newElement.activity') },
      });
      if (gateway) {
        if (!dispatchGesture(documents, gateway.commands)) {
          explainRefusal('add', gateway.commands);
          return;
        }
        session.select({ stepIds: [gateway.stepId] });
        editing.startEditing(gateway.stepId);
        return;
      }
      const plan = planAddElement(map, target, state, { ...request, text: t(`newElement.${kind}`) });
      if (!plan) return;
      // Inserting between two steps is several commands and one undo step.
      const added = documents.transact(historyLabelKeyOf(plan.command), () => {
        const done = documents.dispatch(plan.command);
        if (done) for (const command of plan.followUps) documents.dispatch(command);
        return done;
      });
      if (!added) {
        explainRefusal('add', [plan.command, ...plan.followUps]);
        return;
      }
      const annotationId = annotationIdOfNode(plan.nodeId);
      session.select(annotationId === null ? { stepIds: [plan.elementId] } : { annotationIds: [annotationId] });
      editing.startEditing(plan.nodeId);
      if (!at) revealElement(plan.command);
    },
    [documents, session, t, viewCenter, editing, revealElement, explainRefusal],
  );

  const editSelectedLabel = useCallback(() => {
    const { stepIds, annotationIds } = session.getState().selection;
    if (stepIds.length + annotationIds.length !== 1) return;
    editing.startEditing(stepIds[0] ?? annotationNodeId(annotationIds[0] ?? ''));
  }, [session, editing]);

  const fitMap = useCallback(
    (durationMs: number) => {
      const bounds = wrapperRef.current?.getBoundingClientRect();
      if (!bounds) return;
      const viewport = fitViewport(contentBounds(readShownState(documents, session)), bounds);
      void reactFlow.setViewport(viewport, durationMs > 0 ? { duration: durationMs } : undefined);
    },
    [reactFlow, documents, session],
  );
  const fitView = useCallback(() => fitMap(ZOOM_DURATION_MS), [fitMap]);
  useDocumentFit(documents, fitView);

  useEffect(
    () =>
      canvas.register({
        zoomIn: () => void reactFlow.zoomIn({ duration: ZOOM_DURATION_MS }),
        zoomOut: () => void reactFlow.zoomOut({ duration: ZOOM_DURATION_MS }),
        fitView,
        autoLayout: async () => {
          if (await runAutoLayout(documents, session, layoutEngine)) requestAnimationFrame(fitView);
        },
        addElement: (kind) => addElement(kind, null),
        editSelectedLabel,
        revealSteps: (stepIds) => {
          if (stepIds.length === 0) return;
          const zoom = reactFlow.getViewport().zoom;
          // Keep the zoom when it is readable; zoom out only as far as the steps need.
          void reactFlow.fitView({ nodes: stepIds.map((id) => ({ id })), duration: ZOOM_DURATION_MS, padding: 0.3, maxZoom: Math.max(zoom, 1) });
        },
      }),
    [canvas, reactFlow, documents, session, layoutEngine, fitView, addElement, editSelectedLabel],
  );

  const onNodeDoubleClick: NodeMouseHandler<CanvasNode> = useCallback((_event, node) => editing.startEditing(node.id), [editing]);

  const onPaneDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      const at = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // Only inside a lane band: below the last lane there is no lane to add to.
      if (at.y < 0 || at.y >= readShownState(documents, session).lanes.length * LANE_HEIGHT_PX) return;
      addElement('activity', at);
    },
    [reactFlow, documents, session, addElement],
  );

  const onDragOver = useCallback((event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isPaletteKind(kind)) return;
      event.preventDefault();
      addElement(kind, reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [reactFlow, addElement],
  );


  const bandExtent = useMemo(() => {
    const xs = state.steps.map((step) => step.position.x);
    const left = Math.min(0, ...xs) - BAND_MARGIN_PX;
    const right = Math.max(0, ...xs) + STEP_SPACING_PX + BAND_MARGIN_PX;
    return { left, right };
  }, [state.steps]);
  // Routes are made again only when the boxes, bands or flows they go round change (see
  // createCanvasRouter), never per frame (pan, zoom) nor for an edit of a step's figures.
  const [canvasRouter] = useState(createCanvasRouter);
  const routes = useMemo(() => canvasRouter({ steps: state.steps, flows: state.flows, lanes: state.lanes }), [canvasRouter, state.steps, state.flows, state.lanes]);
  const routesContext = useMemo(() => ({ routes, movingStepIds: drag.movingIds }), [routes, drag.movingIds]);
  const highlightedLaneIndex = drag.dragCenterY === null ? null : laneIndexAtY(drag.dragCenterY, state.lanes.length);

  return (
    <CanvasEditingContext.Provider value={editing}>
      <RoutesContext.Provider value={routesContext}>
      <div className="stroomlijn-canvas">
        <Palette onAdd={(kind) => addElement(kind, null)} stepsDisabled={state.lanes.length === 0} />
        <div ref={wrapperRef} className="stroomlijn-canvas__flow" onDragOver={onDragOver} onDrop={onDrop}>
          <ReactFlow<CanvasNode, FlowEdge>
            nodes={drag.nodes}
            edges={projection.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={drag.onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={drag.onNodeDragStart}
            onNodeDragStop={drag.onNodeDragStop}
            onNodeDoubleClick={onNodeDoubleClick}
            onConnect={onConnect}
            isValidConnection={isValidConnection}
            onPaneClick={() => session.clearSelection()}
            onDoubleClick={onPaneDoubleClick}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionMode={SelectionMode.Partial}
            zoomOnDoubleClick={false}
            snapToGrid
            snapGrid={SNAP_GRID}
            onlyRenderVisibleElements
            minZoom={MIN_ZOOM}
            maxZoom={2}
            onInit={() => fitMap(0)}
            connectionRadius={30}
            ariaLabelConfig={ariaLabelConfig}
            aria-label={t('canvasLabel')}
          >
            <LaneBands lanes={state.lanes} left={bandExtent.left} right={bandExtent.right} highlightedLaneIndex={highlightedLaneIndex} />
            <LaneHeaders state={state} target={target} />
            {state.lanes.length === 0 && <EmptyLanes target={target} />}
            <CanvasControls />
            {layers}
            <CanvasOverlayPanel />
            {refusal && (
              <Panel position="top-center">
                <BlockRefusalNotice refusal={refusal} onDismiss={() => setRefusal(null)} />
              </Panel>
            )}
            <Panel position="bottom-center">
              <LayoutStatusMessage />
            </Panel>
            <MapOverview nodes={drag.nodes} ariaLabel={t('a11y.minimap')} className="canvas-minimap" />
          </ReactFlow>
        </div>
      </div>
      </RoutesContext.Provider>
    </CanvasEditingContext.Provider>
  );
}
