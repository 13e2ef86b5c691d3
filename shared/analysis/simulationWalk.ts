import type { Step } from '../model/types';
import { ROLE_SPLIT } from './parallelBlocks';
import { gammaParameters, RAW_DRAWS_PER_REFILL, UNIT, ZIGGURAT_LAYERS, zigguratLimits, zigguratWidths, type RandomDraws } from './randomDraws';

/** A case with more visits than this is stopped and counted as unfinished. */
export const MAX_VISITS_PER_CASE = 10_000;

/** Kinds of `SimulationWalk.stepKind`. One flow on (most steps): to `nextOf[s]`, no draw. */
const STEP_GOES_ON = 0;
/** More flows with probability > 0: one is drawn. */
const STEP_CHOOSES = 1;
const STEP_SPLITS = 2;
/** The case ends here: an end, or no flow with probability > 0. */
const STEP_ENDS = 3;

/**
 * The map compiled once per simulation into flat arrays, so walking a case reads typed
 * arrays only (no objects, maps or closures per visit).
 */
export interface SimulationWalk {
  startIndex: number;
  /** STEP_GOES_ON, STEP_CHOOSES, STEP_SPLITS or STEP_ENDS per step. */
  stepKind: Uint8Array;
  /** The one next step of a STEP_GOES_ON step (saves two dependent reads per visit), else -1. */
  nextOf: Int32Array;
  /** A split's join, else -1. */
  joinOf: Int32Array;
  /** Choices of step s are choices[offsets[s] … offsets[s + 1]): targets and cumulative probabilities (for a split: its branch targets). */
  offsets: Int32Array;
  targets: Int32Array;
  cumulative: Float64Array;
  /**
   * The gamma distributions of every step's wait (index 2s) and work (2s + 1), as the
   * fields of `GammaParameters` (randomDraws.ts): kind, d, c, scale, 1/shape.
   */
  drawKind: Uint8Array;
  drawD: Float64Array;
  drawC: Float64Array;
  drawScale: Float64Array;
  drawInverseShape: Float64Array;
}

/** The map of an analysis context as a SimulationWalk: O(steps + flows), once per simulation. */
export function compileWalk(
  steps: readonly Step[],
  graph: { stepCount: number; outOffsets: Int32Array; outFlows: Int32Array; flowTo: Int32Array },
  probability: Float64Array,
  structure: { role: Uint8Array; partnerOf: Int32Array } | null,
  startIndex: number,
): SimulationWalk {
  const n = graph.stepCount;
  const walk: SimulationWalk = {
    startIndex,
    stepKind: new Uint8Array(n),
    nextOf: new Int32Array(n).fill(-1),
    joinOf: new Int32Array(n).fill(-1),
    offsets: new Int32Array(n + 1),
    targets: new Int32Array(graph.outFlows.length),
    cumulative: new Float64Array(graph.outFlows.length),
    drawKind: new Uint8Array(2 * n),
    drawD: new Float64Array(2 * n),
    drawC: new Float64Array(2 * n),
    drawScale: new Float64Array(2 * n),
    drawInverseShape: new Float64Array(2 * n),
  };
  let cursor = 0;
  for (let s = 0; s < n; s++) {
    const step = steps[s] as Step;
    const times: Array<[number, number]> = [
      [step.waitTime, step.waitVariability ?? 0],
      [step.processTime, step.processVariability ?? 0],
    ];
    times.forEach(([mean, variability], part) => {
      const parameters = gammaParameters(mean, variability);
      walk.drawKind[2 * s + part] = parameters.kind;
      walk.drawD[2 * s + part] = parameters.d;
      walk.drawC[2 * s + part] = parameters.c;
      walk.drawScale[2 * s + part] = parameters.scale;
      walk.drawInverseShape[2 * s + part] = parameters.inverseShape;
    });
    const isSplit = structure !== null && structure.role[s] === ROLE_SPLIT;
    if (isSplit) walk.joinOf[s] = structure.partnerOf[s] as number;
    walk.offsets[s] = cursor;
    let total = 0;
    for (let e = graph.outOffsets[s] as number; e < (graph.outOffsets[s + 1] as number); e++) {
      const flow = graph.outFlows[e] as number;
      const p = probability[flow] as number;
      if (!(p > 0) || step.type === 'end') continue;
      if (!isSplit) total += p;
      walk.targets[cursor] = graph.flowTo[flow] as number;
      walk.cumulative[cursor] = total;
      cursor++;
    }
    const choiceCount = cursor - (walk.offsets[s] as number);
    walk.stepKind[s] = isSplit ? STEP_SPLITS : choiceCount === 0 ? STEP_ENDS : choiceCount === 1 ? STEP_GOES_ON : STEP_CHOOSES;
    if (walk.stepKind[s] === STEP_GOES_ON) walk.nextOf[s] = walk.targets[cursor - 1] as number;
  }
  walk.offsets[n] = cursor;
  return walk;
}

/** Open parallel blocks of the case being walked: split, branch running, when the split finished, latest arrival at the join. */
export class FrameStack {
  split = new Int32Array(16);
  branch = new Int32Array(16);
  startMinutes = new Float64Array(16);
  latestMinutes = new Float64Array(16);

  /** Doubles the room (a map with blocks nested deeper than the room so far). */
  grow(): void {
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (length: number) => T): T => {
      const bigger = make(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.split = grow(this.split, (length) => new Int32Array(length));
    this.branch = grow(this.branch, (length) => new Int32Array(length));
    this.startMinutes = grow(this.startMinutes, (length) => new Float64Array(length));
    this.latestMinutes = grow(this.latestMinutes, (length) => new Float64Array(length));
  }
}

/**
 * Walks `caseCount` cases from the start (domain.md section 8) and writes the lead time of
 * each finished one to `leadTimes` from index `finishedBefore` on; returns the new number of
 * finished cases (the others were stopped after MAX_VISITS_PER_CASE visits).
 *
 * This is the hot loop of the simulation (about 10⁷ visits and 3·10⁷ raw draws for the
 * bench map), so it reads the raw draws straight from `draws.buffer` and does
 * `RandomDraws.gamma`'s Marsaglia–Tsang steps and `normal`'s common case inline, in
 * exactly their order and arithmetic: the numbers are those of `RandomDraws` (a test
 * checks this), only without a call, an object and a property write per draw.
 */
export function walkCases(walk: SimulationWalk, draws: RandomDraws, frames: FrameStack, caseCount: number, leadTimes: Float64Array, finishedBefore: number): number {
  const { stepKind, nextOf, joinOf, offsets, targets, cumulative, drawKind, drawD, drawC, drawScale, drawInverseShape } = walk;
  // Imported bindings as locals: a build that turns modules into CommonJS (tsx, the bench)
  // makes every read of an imported name a getter call.
  const limits = zigguratLimits;
  const widths = zigguratWidths;
  const layerMask = ZIGGURAT_LAYERS - 1;
  const unit = UNIT;
  const bufferSize = RAW_DRAWS_PER_REFILL;
  const maxVisits = MAX_VISITS_PER_CASE;
  const buffer = draws.buffer;
  let position = draws.position;
  let finished = finishedBefore;
  for (let caseIndex = 0; caseIndex < caseCount; caseIndex++) {
    let depth = 0;
    /** The join of the innermost open block, -1 outside blocks (no step has that index). */
    let innermostJoin = -1;
    let step = walk.startIndex;
    let minutes = 0;
    let leadTime = -1;
    for (let visits = 1; visits <= maxVisits; visits++) {
      // The wait, then the work: minutes += the mean (kind 0) or a gamma draw.
      for (let part = 2 * step, last = part + 2; part < last; part++) {
        const kind = drawKind[part] as number;
        if (kind === 0) {
          minutes += drawD[part] as number;
          continue;
        }
        const d = drawD[part] as number;
        const c = drawC[part] as number;
        let boost = 1;
        if (kind === 2) {
          if (position === bufferSize) position = draws.refill();
          boost = Math.exp(Math.log((((buffer[position++] as number) >>> 0) + 0.5) * unit) * (drawInverseShape[part] as number));
        }
        for (;;) {
          let x: number;
          let v: number;
          do {
            if (position === bufferSize) position = draws.refill();
            const raw = buffer[position++] as number;
            const layer = raw & layerMask;
            if (Math.abs(raw) < (limits[layer] as number)) x = raw * (widths[layer] as number);
            else {
              draws.position = position;
              x = draws.normalOutsideBoxes(raw);
              position = draws.position;
            }
            v = 1 + c * x;
          } while (v <= 0);
          v = v * v * v;
          if (position === bufferSize) position = draws.refill();
          const u = (((buffer[position++] as number) >>> 0) + 0.5) * unit;
          const xSquared = x * x;
          if (u < 1 - 0.0331 * xSquared * xSquared || Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) {
            minutes += d * v * (drawScale[part] as number) * boost;
            break;
          }
        }
      }
      const kind = stepKind[step] as number;
      let next: number;
      if (kind === STEP_GOES_ON) next = nextOf[step] as number;
      else if (kind === STEP_CHOOSES) {
        const first = offsets[step] as number;
        const end = offsets[step + 1] as number;
        // The last choice takes whatever rounding leaves of the cumulative sum.
        next = targets[end - 1] as number;
        if (position === bufferSize) position = draws.refill();
        const draw = (((buffer[position++] as number) >>> 0) + 0.5) * unit * (cumulative[end - 1] as number);
        for (let choice = first; choice < end - 1; choice++) {
          if (draw < (cumulative[choice] as number)) {
            next = targets[choice] as number;
            break;
          }
        }
      } else if (kind === STEP_SPLITS) {
        if (depth === frames.split.length) frames.grow();
        frames.split[depth] = step;
        frames.branch[depth] = 0;
        frames.startMinutes[depth] = minutes;
        frames.latestMinutes[depth] = minutes;
        depth++;
        innermostJoin = joinOf[step] as number;
        next = targets[offsets[step] as number] as number;
      } else {
        leadTime = minutes;
        break;
      }
      // Arriving at the join of the innermost open block: that branch is done.
      while (next === innermostJoin) {
        const top = depth - 1;
        const split = frames.split[top] as number;
        if (minutes > (frames.latestMinutes[top] as number)) frames.latestMinutes[top] = minutes;
        const branch = (frames.branch[top] as number) + 1;
        if (branch < (offsets[split + 1] as number) - (offsets[split] as number)) {
          frames.branch[top] = branch;
          minutes = frames.startMinutes[top] as number;
          next = targets[(offsets[split] as number) + branch] as number;
        } else {
          // The last branch arrived: the case goes on at the join when the slowest did.
          minutes = frames.latestMinutes[top] as number;
          depth--;
          innermostJoin = depth > 0 ? (joinOf[frames.split[depth - 1] as number] as number) : -1;
          break;
        }
      }
      step = next;
    }
    if (leadTime >= 0) leadTimes[finished++] = leadTime;
  }
  draws.position = position;
  return finished;
}
