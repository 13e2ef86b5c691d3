import type { Node } from '@xyflow/react';
import type { ValueType } from '../../../shared/model/vocabulary';

const VALUE_COLORS: Record<ValueType, string> = {
  'value-adding': '#3f9d5a',
  'business-required': '#d9a21b',
  'non-value-adding': '#d2453b',
};
const TERMINAL_COLOR = '#5b6472';
const ANNOTATION_COLOR = '#f3d65b';

/** MiniMap colours: steps by value type (as on the canvas), annotations yellow. Module scope: stable. */
export function miniMapNodeColor(node: Node): string {
  if (node.type === 'note' || node.type === 'kaizen') return ANNOTATION_COLOR;
  if (node.type === 'start' || node.type === 'end') return TERMINAL_COLOR;
  const valueType = node.data.valueType;
  return typeof valueType === 'string' && valueType in VALUE_COLORS ? VALUE_COLORS[valueType as ValueType] : TERMINAL_COLOR;
}
