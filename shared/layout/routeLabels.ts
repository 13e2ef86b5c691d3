/**
 * Where the labels of routed flows go (flowRouter.ts): beside the route, as near to the
 * source as possible, on a spot that overlaps no label placed before it and no step box.
 * When every candidate spot overlaps something, the one with the least overlap is taken.
 */

export interface LabelRequest {
  flowId: string;
  points: readonly { x: number; y: number }[];
  widthPx: number;
  heightPx: number;
}

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface BoxLike {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space between a label and its line. */
const LINE_GAP_PX = 3;
/** Labels and boxes closer than this count as touching. */
const LABEL_MARGIN_PX = 2;
const BUCKET_PX = 256;
/** How many segments of a route, from the source, may carry its label. */
const SEGMENTS_TRIED = 4;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Label centres beside the first segments of a route, best first. */
function candidates(request: LabelRequest): { x: number; y: number }[] {
  const { points, widthPx, heightPx } = request;
  const result: { x: number; y: number }[] = [];
  const halfWidth = widthPx / 2;
  const halfHeight = heightPx / 2;
  for (let index = 1; index < points.length && index <= SEGMENTS_TRIED; index += 1) {
    const a = points[index - 1] as { x: number; y: number };
    const b = points[index] as { x: number; y: number };
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (length < 1) continue;
    if (a.y === b.y) {
      const direction = Math.sign(b.x - a.x);
      // Along the segment from its start: the label's near edge a little past the start.
      for (const along of [6, length / 2 - halfWidth, length - widthPx - 6]) {
        const clamped = Math.max(6, Math.min(along, length - 6));
        const x = a.x + direction * (clamped + halfWidth);
        result.push({ x, y: a.y - halfHeight - LINE_GAP_PX }, { x, y: a.y + halfHeight + LINE_GAP_PX });
      }
    } else {
      const direction = Math.sign(b.y - a.y);
      for (const along of [length / 2, 10 + halfHeight, length - 10 - halfHeight]) {
        const clamped = Math.max(halfHeight, Math.min(along, length - halfHeight));
        const y = a.y + direction * clamped;
        result.push({ x: a.x + halfWidth + LINE_GAP_PX + 2, y }, { x: a.x - halfWidth - LINE_GAP_PX - 2, y });
      }
    }
  }
  return result;
}

/** Label centres by flow id; see the module comment. */
export function placeLabels(requests: readonly LabelRequest[], boxes: readonly BoxLike[]): Map<string, { x: number; y: number }> {
  const buckets = new Map<number, Rect[]>();
  const bucketsOf = (rect: Rect): number[] => {
    const keys: number[] = [];
    for (let key = Math.floor(rect.left / BUCKET_PX); key <= Math.floor(rect.right / BUCKET_PX); key += 1) keys.push(key);
    return keys;
  };
  const add = (rect: Rect): void => {
    for (const key of bucketsOf(rect)) {
      const list = buckets.get(key) ?? [];
      list.push(rect);
      buckets.set(key, list);
    }
  };
  for (const box of boxes) {
    add({ left: box.x - LABEL_MARGIN_PX, right: box.x + box.width + LABEL_MARGIN_PX, top: box.y - LABEL_MARGIN_PX, bottom: box.y + box.height + LABEL_MARGIN_PX });
  }
  const overlapWithPlaced = (rect: Rect): number => {
    let total = 0;
    const seen = new Set<Rect>();
    for (const key of bucketsOf(rect)) {
      for (const other of buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        total += overlapArea(rect, other);
      }
    }
    return total;
  };
  const anchors = new Map<string, { x: number; y: number }>();
  for (const request of requests) {
    let best: { x: number; y: number } | null = null;
    let bestOverlap = Number.POSITIVE_INFINITY;
    for (const centre of candidates(request)) {
      const rect = {
        left: centre.x - request.widthPx / 2 - LABEL_MARGIN_PX,
        right: centre.x + request.widthPx / 2 + LABEL_MARGIN_PX,
        top: centre.y - request.heightPx / 2 - LABEL_MARGIN_PX,
        bottom: centre.y + request.heightPx / 2 + LABEL_MARGIN_PX,
      };
      const overlap = overlapWithPlaced(rect);
      if (overlap < bestOverlap) {
        best = centre;
        bestOverlap = overlap;
        if (overlap === 0) break;
      }
    }
    if (!best) continue;
    anchors.set(request.flowId, best);
    add({
      left: best.x - request.widthPx / 2,
      right: best.x + request.widthPx / 2,
      top: best.y - request.heightPx / 2,
      bottom: best.y + request.heightPx / 2,
    });
  }
  return anchors;
}
