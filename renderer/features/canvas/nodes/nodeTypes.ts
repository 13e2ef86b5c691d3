import type { NodeTypes } from '@xyflow/react';
import { ActivityNode } from './ActivityNode';
import { DecisionNode } from './DecisionNode';
import { KaizenNode } from './KaizenNode';
import { NoteNode } from './NoteNode';
import { TerminalNode } from './TerminalNode';

/** Declared once at module scope: React Flow remounts every node when this object changes. */
export const nodeTypes: NodeTypes = {
  start: TerminalNode,
  end: TerminalNode,
  activity: ActivityNode,
  decision: DecisionNode,
  parallel: DecisionNode,
  note: NoteNode,
  kaizen: KaizenNode,
};
