import type { Position } from '../commands/types';
import { annotationSchema, laneSchema, stepSchema } from './schema';
import type { Annotation, Lane, Step } from './types';
import type { AnnotationKind, StepType } from './vocabulary';

/** What the palette offers: steps a user may add (never a second start) and annotations. */
export const PALETTE_KINDS = ['activity', 'decision', 'parallel', 'end', 'note', 'kaizen'] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

export function isPaletteKind(value: unknown): value is PaletteKind {
  return typeof value === 'string' && (PALETTE_KINDS as readonly string[]).includes(value);
}

export function isAnnotationKind(kind: PaletteKind): kind is Extract<PaletteKind, AnnotationKind> {
  return kind === 'note' || kind === 'kaizen';
}

/** A new step; every field not given gets the file format's default (the zod schema's, domain.md section 1). */
export function createStep(options: { id: string; type: StepType; label: string; laneId: string; position: Position }): Step {
  return stepSchema.parse({ ...options, position: { x: options.position.x, y: options.position.y } });
}

export function createAnnotation(options: { id: string; kind: AnnotationKind; text: string; position: Position }): Annotation {
  return annotationSchema.parse({ ...options, position: { x: options.position.x, y: options.position.y } });
}

export function createLane(options: { id: string; name: string }): Lane {
  return laneSchema.parse(options);
}
