import { parseRecord } from '../model/parseRecord';
import { annotationSchema } from '../model/schema';
import { graphOf } from './graph';
import { idsOfState } from '../model/ids';
import { assignChangedFields, isValidPatch, sameValue, structuredCloneJson } from './patching';
import type { CommandHandlers } from './registry';

const NO_OPTIONAL_KEYS: ReadonlySet<string> = new Set();

/** Notes and kaizen bursts on the canvas (not analysed). */
export const annotationHandlers: CommandHandlers<'annotation/add' | 'annotation/update' | 'annotation/move'> = {
  'annotation/add': (draft, { target, annotation }) => {
    const graph = graphOf(draft, target);
    const parsed = parseRecord(annotationSchema, annotation);
    if (!graph || !parsed || idsOfState(graph).has(parsed.id)) return;
    graph.annotations.push(structuredCloneJson(parsed));
  },

  'annotation/update': (draft, { target, annotationId, patch }) => {
    const annotation = graphOf(draft, target)?.annotations.find((candidate) => candidate.id === annotationId);
    if (!annotation || !isValidPatch(patch, annotationSchema.shape, NO_OPTIONAL_KEYS)) return;
    assignChangedFields(annotation, patch);
  },

  'annotation/move': (draft, { target, annotationId, position }) => {
    const annotation = graphOf(draft, target)?.annotations.find((candidate) => candidate.id === annotationId);
    if (!annotation || !annotationSchema.shape.position.safeParse(position).success) return;
    if (!sameValue(annotation.position, position)) annotation.position = { x: position.x, y: position.y };
  },
};
