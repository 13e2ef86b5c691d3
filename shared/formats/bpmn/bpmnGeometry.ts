/** Vertical distance between notes placed beside an imported map. */
export const ANNOTATION_SPACING_PX = 140;
