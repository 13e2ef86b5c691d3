import type { Flow, ProcessMap, Step } from '../../shared/model/types';
import { FLOW_MEDIA } from '../../shared/model/vocabulary';
import { createRandom, DECISION_SHARE, generateMap, generateStep, LANES, MAX_REWORK_DISTANCE, REWORK_SHARE } from './generateMap';

/** About one block per this many steps (2–3 branches of 1–5 steps); a fifth of the branches hold a nested block. */
const STEPS_PER_BLOCK = 25;
const NESTED_SHARE = 0.2;

export interface GeneratedParallelMapOptions {
  stepCount: number;
  seed?: number;
}

/** How the steps hang together before the flows are made: the next steps of each step and the region it lies in. */
interface Layout {
  types: Step['type'][];
  /** The steps a case goes to next (a split: one per branch). */
  next: number[][];
  /** 0 outside blocks; every branch its own number, so rework stays inside its branch. */
  region: number[];
}

/**
 * Lays out `count` steps from `first` on as a chain in region `region`, now and then a
 * parallel block. Returns the index after the last step laid out.
 */
function layOut(layout: Layout, random: () => number, first: number, count: number, region: number, nextRegion: () => number): number {
  let index = first;
  const limit = first + count;
  while (index < limit) {
    const room = limit - index;
    if (room >= 8 && random() < 1 / STEPS_PER_BLOCK) index = layBlock(layout, random, index, room, region, 0, nextRegion);
    else index = chain(layout, random, index, 1, region);
  }
  return index;
}

/**
 * One block from `split` on in at most `room` steps (at least 4): the split, 2–3 branches
 * of 1–5 steps (now and then one step and a nested block), the join.
 */
function layBlock(layout: Layout, random: () => number, split: number, room: number, region: number, depth: number, nextRegion: () => number): number {
  layout.types[split] = 'parallel';
  layout.region[split] = region;
  layout.next[split] = [];
  const branchCount = room >= 5 && random() < 0.3 ? 3 : 2;
  let cursor = split + 1;
  const lastOfBranch: number[] = [];
  for (let branch = 0; branch < branchCount; branch++) {
    // Keep one step for each branch still to come and one for the join.
    const available = split + room - cursor - (branchCount - branch);
    const nested = depth === 0 && available >= 6 && random() < NESTED_SHARE;
    const length = Math.max(1, Math.min(available, nested ? 6 + Math.floor(random() * 4) : 1 + Math.floor(random() * 5)));
    const branchRegion = nextRegion();
    layout.next[split]?.push(cursor);
    const end = nested
      ? layBlock(layout, random, chain(layout, random, cursor, 1, branchRegion), length - 1, branchRegion, depth + 1, nextRegion)
      : chain(layout, random, cursor, length, branchRegion);
    lastOfBranch.push(end - 1);
    cursor = end;
  }
  const join = cursor;
  layout.types[join] = 'parallel';
  layout.region[join] = region;
  for (const last of lastOfBranch) layout.next[last] = [join];
  layout.next[join] = [join + 1];
  return join + 1;
}

/** `length` activities and decisions in a row (each leads to the next), in one region. */
function chain(layout: Layout, random: () => number, first: number, length: number, region: number): number {
  for (let index = first; index < first + length; index++) {
    layout.types[index] = random() < DECISION_SHARE ? 'decision' : 'activity';
    layout.region[index] = region;
    layout.next[index] = [index + 1];
  }
  return first + length;
}

/**
 * A valid map of about `stepCount` steps like `generateMap`'s (six lanes, decisions that skip
 * a step, rework 1–8 steps back, batches, paper), with well-structured parallel blocks about
 * every 25 steps: IT, facilities and the secretariat working at the same time. Rework and
 * skips stay inside their branch (or jump a whole block, back to the split or before it).
 * Every inner step varies (waits c 0.3–1.5, work c 0.1–0.6) for the simulation benchmark.
 */
export function generateParallelMap({ stepCount, seed = 20261127 }: GeneratedParallelMapOptions): ProcessMap {
  const base = generateMap({ stepCount: 3, seed });
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const layout: Layout = { types: [], next: [], region: [] };
  let regions = 0;
  layout.types[0] = 'start';
  layout.region[0] = 0;
  layout.next[0] = [1];
  const last = layOut(layout, random, 1, stepCount - 2, 0, () => (regions += 1));
  layout.types[last] = 'end';
  layout.region[last] = 0;
  layout.next[last] = [];
  const total = last + 1;

  const steps: Step[] = [];
  let laneIndex = 0;
  for (let index = 0; index < total; index++) {
    const type = layout.types[index] ?? 'activity';
    if (random() < 0.35) laneIndex = Math.floor(random() * LANES.length);
    const step = generateStep(index, type, laneIndex, random);
    if (type === 'activity' || type === 'decision') {
      step.waitVariability = Math.round((0.3 + random() * 1.2) * 100) / 100;
      step.processVariability = Math.round((0.1 + random() * 0.5) * 100) / 100;
    }
    steps.push(step);
  }

  const flows: Flow[] = [];
  const addFlow = (from: number, to: number, probability?: number, rework = false): void => {
    const flow: Flow = { id: `f${flows.length}`, from: `s${from}`, to: `s${to}`, rework, medium: pick(FLOW_MEDIA), label: '' };
    if (probability !== undefined) flow.probability = probability;
    flows.push(flow);
  };
  /** Rework may go back within its own region, or (from outside blocks) to any earlier step outside blocks that is not a join. */
  const canReworkTo = (from: number, to: number): boolean =>
    to >= 1 && layout.region[to] === layout.region[from] && !(layout.types[to] === 'parallel' && (layout.next[to]?.length ?? 0) < 2);
  for (let index = 0; index < total - 1; index++) {
    const next = layout.next[index] ?? [];
    const type = layout.types[index];
    const single = next[0];
    if (type === 'parallel' || single === undefined || next.length > 1) {
      for (const target of next) addFlow(index, target);
      continue;
    }
    const skipTarget = layout.next[single]?.[0];
    const canSkip = type === 'decision' && skipTarget !== undefined && layout.types[single] !== 'parallel' && layout.region[skipTarget] === layout.region[index] && layout.types[skipTarget] !== 'parallel' && layout.types[skipTarget] !== 'end';
    if (canSkip) {
      addFlow(index, single, 0.6);
      addFlow(index, skipTarget, 0.4);
      continue;
    }
    const distance = 1 + Math.floor(random() * Math.min(MAX_REWORK_DISTANCE, Math.max(1, index - 1)));
    if (index >= 2 && type !== 'start' && random() < REWORK_SHARE && canReworkTo(index, index - distance)) {
      addFlow(index, single);
      addFlow(index, index - distance, Math.round((0.05 + random() * 0.25) * 100) / 100, true);
    } else {
      addFlow(index, single);
    }
  }
  return {
    ...base,
    meta: { ...base.meta, title: `Benchmark ${total} stappen met parallel werk` },
    steps,
    flows,
  };
}
