/**
 * The sides of step boxes for flowRouter.ts: where a flow leaves or enters a box, which sides
 * another step walls in, and a quick look-up of the boxes in a part of the map.
 */
import type { RouteBox, RoutePoint } from './flowRouter';

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** Distance from a box at which a route may run. */
export const CLEARANCE_PX = 8;
/** First straight piece out of (and last into) a box, before any bend. */
export const STUB_PX = 12;

export function overlapsX(a: RouteBox, b: RouteBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

/** The point on a box's drawn outline where a flow leaves or enters `side`, `offset` along it. */
export function portPoint(box: RouteBox, side: Side, offset: number): RoutePoint {
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  const inset = box.insetYPx ?? 0;
  if (box.shape === 'diamond') {
    // On the diamond's outline: the nearer the corner, the further in.
    const halfWidth = box.width / 2;
    const halfHeight = box.height / 2;
    if (side === 'left' || side === 'right') {
      const inward = (Math.abs(offset) / halfHeight) * halfWidth;
      const x = side === 'left' ? box.x + inward : box.x + box.width - inward;
      return { x, y: centreY + offset };
    }
    const inward = (Math.abs(offset) / halfWidth) * halfHeight;
    return { x: centreX + offset, y: side === 'top' ? box.y + inward : box.y + box.height - inward };
  }
  if (side === 'left') return { x: box.x, y: centreY + offset };
  if (side === 'right') return { x: box.x + box.width, y: centreY + offset };
  if (side === 'top') return { x: centreX + offset, y: box.y + inset };
  return { x: centreX + offset, y: box.y + box.height - inset };
}

/** The point STUB_PX outside the box (beyond its clearance), straight out of `side` from `port`. */
export function stubPoint(box: RouteBox, side: Side, port: RoutePoint): RoutePoint {
  if (side === 'left') return { x: box.x - STUB_PX, y: port.y };
  if (side === 'right') return { x: box.x + box.width + STUB_PX, y: port.y };
  if (side === 'top') return { x: port.x, y: box.y - STUB_PX };
  return { x: port.x, y: box.y + box.height + STUB_PX };
}

/** Boxes sorted by left edge, for finding the ones in a window quickly. */
export interface BoxIndex {
  byLeft: RouteBox[];
  maxWidth: number;
}

export function indexBoxes(boxes: readonly RouteBox[]): BoxIndex {
  const byLeft = [...boxes].sort((a, b) => a.x - b.x);
  return { byLeft, maxWidth: byLeft.reduce((max, box) => Math.max(max, box.width), 0) };
}

export function boxesInWindow(index: BoxIndex, left: number, right: number, top: number, bottom: number): RouteBox[] {
  let low = 0;
  let high = index.byLeft.length;
  const from = left - index.maxWidth;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index.byLeft[middle] as RouteBox).x < from) low = middle + 1;
    else high = middle;
  }
  const result: RouteBox[] = [];
  for (let position = low; position < index.byLeft.length; position += 1) {
    const box = index.byLeft[position] as RouteBox;
    if (box.x > right) break;
    if (box.x + box.width >= left && box.y <= bottom && box.y + box.height >= top) result.push(box);
  }
  return result;
}

const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right'];

/**
 * Whether a route can leave or enter `box` by `side`: the strip between that side and the
 * line STUB_PX out (where the first bend may come) is clear of every other box and its
 * clearance. Not so when another step stands closer than STUB_PX + CLEARANCE_PX to that side,
 * as when steps in neighbouring lanes are moved to the near edges of their bands (16 px apart):
 * a route by that side would have to run through the other step.
 */
function sideOpen(box: RouteBox, side: Side, index: BoxIndex): boolean {
  const reach = STUB_PX + CLEARANCE_PX;
  const left = side === 'left' ? box.x - reach : side === 'right' ? box.x + box.width : box.x;
  const right = side === 'left' ? box.x : side === 'right' ? box.x + box.width + reach : box.x + box.width;
  const top = side === 'top' ? box.y - reach : side === 'bottom' ? box.y + box.height : box.y;
  const bottom = side === 'top' ? box.y : side === 'bottom' ? box.y + box.height + reach : box.y + box.height;
  return boxesInWindow(index, left, right, top, bottom).every(
    (other) => other === box || !(other.x < right && other.x + other.width > left && other.y < bottom && other.y + other.height > top),
  );
}

/**
 * `preferred` when it is open, otherwise the open side of `box` nearest to the other end of
 * the flow (a rework flow from the right then comes into the right side); `preferred` when
 * none is open.
 */
export function openSide(box: RouteBox, preferred: Side, other: RouteBox, index: BoxIndex): Side {
  if (sideOpen(box, preferred, index)) return preferred;
  const otherCentre = { x: other.x + other.width / 2, y: other.y + other.height / 2 };
  let best = preferred;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const side of SIDES) {
    if (side === preferred || !sideOpen(box, side, index)) continue;
    const port = portPoint(box, side, 0);
    const distance = Math.abs(port.x - otherCentre.x) + Math.abs(port.y - otherCentre.y);
    if (distance < bestDistance) {
      best = side;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The sides by which two boxes face each other across a gap narrower than STUB_PX + CLEARANCE_PX
 * (one straight above or beside the other): [side of `source`, side of `target`], or null.
 */
export function closeFacingSides(source: RouteBox, target: RouteBox): [Side, Side] | null {
  const reach = STUB_PX + CLEARANCE_PX;
  const overlapsY = source.y < target.y + target.height && target.y < source.y + source.height;
  if (overlapsX(source, target)) {
    const gapBelow = target.y - (source.y + source.height);
    const gapAbove = source.y - (target.y + target.height);
    if (gapBelow >= 0 && gapBelow < reach) return ['bottom', 'top'];
    if (gapAbove >= 0 && gapAbove < reach) return ['top', 'bottom'];
  } else if (overlapsY) {
    const gapRight = target.x - (source.x + source.width);
    const gapLeft = source.x - (target.x + target.width);
    if (gapRight >= 0 && gapRight < reach) return ['right', 'left'];
    if (gapLeft >= 0 && gapLeft < reach) return ['left', 'right'];
  }
  return null;
}
