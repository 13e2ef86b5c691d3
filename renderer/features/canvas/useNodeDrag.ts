import type { NodeChange, NodeSelectionChange, OnNodeDrag, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { annotationIdOfNode, type CanvasNode } from './flowTypes';
import type { DroppedNode } from './canvasCommands';

interface NodeDragOptions {
  /** The projection of the document (controlled nodes). */
  projectedNodes: CanvasNode[];
  /** Called once per gesture (drag stop, or one arrow-key move) with the nodes' new places. */
  commitMoves: (dropped: DroppedNode[]) => void;
  /** Selection changes made in React Flow (click, Ctrl/Shift-click, box select). */
  applySelection: (changes: NodeSelectionChange[]) => void;
}

/**
 * Controlled nodes with local drag positions: while a drag runs, React Flow's position
 * changes only move the dragged nodes on screen; on drag stop the gesture becomes one command
 * (one undo step) and the local positions are dropped, so the picture is the document again.
 * Position changes outside a drag come from arrow keys and are committed straight away.
 */
export function useNodeDrag({ projectedNodes, commitMoves, applySelection }: NodeDragOptions) {
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const dragging = useRef(false);
  const latest = useRef<ReadonlyMap<string, XYPosition>>(dragPositions);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const selections: NodeSelectionChange[] = [];
      const moved = new Map<string, XYPosition>();
      for (const change of changes) {
        if (change.type === 'select') selections.push(change);
        else if (change.type === 'position' && change.position) moved.set(change.id, change.position);
      }
      if (selections.length > 0) applySelection(selections);
      if (moved.size === 0) return;
      if (dragging.current) {
        const next = new Map(latest.current);
        for (const [id, position] of moved) next.set(id, position);
        latest.current = next;
        setDragPositions(next);
      } else {
        commitMoves([...moved].map(([id, position]) => ({ id, position })));
      }
    },
    [applySelection, commitMoves],
  );

  const onNodeDragStart: OnNodeDrag<CanvasNode> = useCallback(() => {
    dragging.current = true;
  }, []);

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, draggedNodes) => {
      dragging.current = false;
      const dropped = draggedNodes.map((node) => ({ id: node.id, position: latest.current.get(node.id) ?? node.position }));
      latest.current = new Map();
      setDragPositions(latest.current);
      commitMoves(dropped);
    },
    [commitMoves],
  );

  const nodes = useMemo(() => {
    if (dragPositions.size === 0) return projectedNodes;
    return projectedNodes.map((node) => {
      const position = dragPositions.get(node.id);
      return position ? { ...node, position, dragging: true } : node;
    });
  }, [projectedNodes, dragPositions]);

  /** Flow y of the centre of the first dragged step, to highlight the band it would land in. */
  const dragCenterY = useMemo(() => {
    for (const node of nodes) {
      const position = dragPositions.get(node.id);
      if (position && annotationIdOfNode(node.id) === null) return position.y + (node.height ?? 0) / 2;
    }
    return null;
  }, [nodes, dragPositions]);

  /** The ids of the nodes being dragged: the same Set for the whole gesture (not per frame). */
  const movingKey = [...dragPositions.keys()].join('\u0000');
  const movingIds = useMemo(() => new Set(movingKey === '' ? [] : movingKey.split('\u0000')), [movingKey]);

  return { nodes, onNodesChange, onNodeDragStart, onNodeDragStop, dragCenterY, movingIds };
}
