import type { PlanDocument, PlanImage } from '../../plan/types';

/** A picture of the deck as PNG, with its natural size (for its proportions) and its text alternative. */
export interface DeckPicture {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
  alt: string;
}

export interface DeckPictures {
  currentMap: DeckPicture | null;
  futureMap: DeckPicture | null;
  distribution: DeckPicture | null;
}

/** SVG → PNG at about `widthPx` CSS pixels wide: the CLI passes resvg, the app its canvas (as for the plan's Word file). */
export type Rasterize = (svg: string, widthPx: number) => Uint8Array | Promise<Uint8Array>;

/**
 * Widest a picture is drawn for a slide, in CSS pixels: a full-width slide picture is 12.2
 * inches, so 1,600 px (2,000 px after the rasterisers' print scale) is about 160 dpi, sharp
 * on a projector. A 200-step map is drawn 30,000 px wide; drawn at this width instead it
 * costs as little as a small one.
 */
const MAX_SLIDE_PICTURE_PX = 1600;

async function toPicture(image: PlanImage | null | undefined, alt: string, rasterize: Rasterize): Promise<DeckPicture | null> {
  if (!image) return null;
  if (image.png) return { png: image.png, widthPx: image.widthPx, heightPx: image.heightPx, alt };
  if (image.svg === undefined) return null;
  const png = await rasterize(image.svg, Math.min(image.widthPx, MAX_SLIDE_PICTURE_PX));
  return { png, widthPx: image.widthPx, heightPx: image.heightPx, alt };
}

/**
 * The three pictures of the deck, drawn once: each state's whole map (the plan's
 * `meeting.overview`) and the lead-time distribution (the plan's own histogram).
 */
export async function deckPictures(plan: PlanDocument, rasterize: Rasterize): Promise<DeckPictures> {
  const distributionBlock = plan.sections
    .find((section) => section.id === 'distribution')
    ?.blocks.find((block) => block.kind === 'image');
  const currentAlt = plan.sections.find((section) => section.id === 'current-state')?.blocks.find((block) => block.kind === 'image');
  const futureAlt = plan.sections.find((section) => section.id === 'future-state')?.blocks.find((block) => block.kind === 'image');
  const [currentMap, futureMap, distribution] = await Promise.all([
    toPicture(plan.meeting.overview.current, currentAlt?.kind === 'image' ? currentAlt.alt : '', rasterize),
    toPicture(plan.meeting.overview.future, futureAlt?.kind === 'image' ? futureAlt.alt : '', rasterize),
    toPicture(distributionBlock?.kind === 'image' ? distributionBlock.image : null, distributionBlock?.kind === 'image' ? distributionBlock.alt : '', rasterize),
  ]);
  return { currentMap, futureMap, distribution };
}
