import { blockGeneratorState } from './blockSeeds';

/**
 * Seeded random draws for the lead-time simulation (domain.md section 8): the same seed
 * gives the same sequence on every run and platform. The generator is xoroshiro128+ exactly
 * as pure-rand implements it (32-bit integer arithmetic only; a test checks the outputs
 * against pure-rand's), started in a state from blockSeeds.ts; a uniform is one 32-bit
 * output, centred in its cell of width 2⁻³² (never 0 or 1, so its logarithm is finite). The
 * only floating-point functions used, Math.sqrt (exactly rounded by IEEE 754) and Math.log
 * and Math.exp (V8's own fdlibm port in Node and Chromium alike), do not depend on the
 * platform's maths library.
 */

/** 2⁻³². */
export const UNIT = 1 / 4294967296;

/**
 * The constants of one gamma distribution, worked out once per step (the simulation draws
 * millions of times from a few thousand distributions). kind 0: the mean exactly;
 * 1: Marsaglia–Tsang with shape k ≥ 1; 2: shape k < 1, a draw with shape k + 1 times U^(1/k).
 */
export interface GammaParameters {
  kind: 0 | 1 | 2;
  /** kind 0: the value; else d = k' − 1/3 (k' = k or k + 1). */
  d: number;
  /** 1 / √(9d). */
  c: number;
  /** scale θ = mean·c²: a draw is d·v·θ. */
  scale: number;
  /** 1 / k (kind 2). */
  inverseShape: number;
}

/**
 * The gamma distribution with the given mean and coefficient of variation cv (standard
 * deviation / mean): shape k = 1/cv², scale θ = mean·cv². cv = 0 or mean = 0: the mean exactly.
 */
export function gammaParameters(mean: number, coefficientOfVariation: number): GammaParameters {
  if (!(mean > 0) || !(coefficientOfVariation > 0)) return { kind: 0, d: mean > 0 ? mean : 0, c: 0, scale: 0, inverseShape: 0 };
  const variance = coefficientOfVariation * coefficientOfVariation;
  const shape = 1 / variance;
  const boosted = shape >= 1 ? shape : shape + 1;
  const d = boosted - 1 / 3;
  return { kind: shape >= 1 ? 1 : 2, d, c: 1 / Math.sqrt(9 * d), scale: mean * variance, inverseShape: 1 / shape };
}

/**
 * Tables of Marsaglia and Tsang's ziggurat for the standard normal (128 layers, as in
 * their RNOR of 2000): most normals cost one 32-bit draw and a multiplication instead of
 * a logarithm and a square root. Computed once, with Math.exp/log/sqrt only.
 */
export const ZIGGURAT_LAYERS = 128;
const ZIGGURAT_EDGE = 3.442619855899;
export const zigguratLimits = new Float64Array(ZIGGURAT_LAYERS);
export const zigguratWidths = new Float64Array(ZIGGURAT_LAYERS);
const zigguratHeights = new Float64Array(ZIGGURAT_LAYERS);
(() => {
  const scale = 2147483648; // 2³¹: the draws are signed 32-bit integers
  const area = 9.91256303526217e-3;
  let edge = ZIGGURAT_EDGE;
  let previous = edge;
  const q = area / Math.exp(-0.5 * edge * edge);
  zigguratLimits[0] = (edge / q) * scale;
  zigguratLimits[1] = 0;
  zigguratWidths[0] = q / scale;
  zigguratWidths[ZIGGURAT_LAYERS - 1] = edge / scale;
  zigguratHeights[0] = 1;
  zigguratHeights[ZIGGURAT_LAYERS - 1] = Math.exp(-0.5 * edge * edge);
  for (let i = ZIGGURAT_LAYERS - 2; i >= 1; i--) {
    edge = Math.sqrt(-2 * Math.log(area / edge + Math.exp(-0.5 * edge * edge)));
    zigguratLimits[i + 1] = (edge / previous) * scale;
    previous = edge;
    zigguratHeights[i] = Math.exp(-0.5 * edge * edge);
    zigguratWidths[i] = edge / scale;
  }
})();

/**
 * How many raw 32-bit outputs the generator makes at a time. The simulation's walk reads
 * them straight from `RandomDraws.buffer` (cheaper than a call per draw); the sequence is
 * the generator's own, in order, so buffering changes no number.
 */
export const RAW_DRAWS_PER_REFILL = 1024;

export class RandomDraws {
  /**
   * pure-rand's xoroshiro128+ state (s01, s00, s11, s10, as its getState gives it), stepped
   * by `refill` in local variables: the same outputs as its `next()` (a test checks this)
   * without a property read and write per output.
   */
  private readonly state: Int32Array;
  /** The next raw outputs (signed 32-bit), read from `position` on; refilled when used up. */
  readonly buffer = new Int32Array(RAW_DRAWS_PER_REFILL);
  position = RAW_DRAWS_PER_REFILL;

  /** `state`: xoroshiro128+'s four 32-bit words as pure-rand orders them (s01, s00, s11, s10), not all zero. */
  constructor(state: ArrayLike<number>) {
    this.state = Int32Array.from(state);
  }

  /** The draws of block `blockIndex` of a simulation with `seed` (blockSeeds.ts). */
  static forBlock(seed: number, blockIndex: number): RandomDraws {
    return new RandomDraws(blockGeneratorState(seed, blockIndex));
  }

  /** Fills the buffer with the generator's next outputs; returns the new position, 0. */
  refill(): number {
    const buffer = this.buffer;
    const state = this.state;
    let s01 = state[0] as number;
    let s00 = state[1] as number;
    let s11 = state[2] as number;
    let s10 = state[3] as number;
    for (let i = 0; i < RAW_DRAWS_PER_REFILL; i++) {
      // pure-rand's XoroShiro128Plus.next(), step for step.
      buffer[i] = (s00 + s10) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const previous00 = s00;
      s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (s01 << 24) ^ (previous00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
    }
    state[0] = s01;
    state[1] = s00;
    state[2] = s11;
    state[3] = s10;
    this.position = 0;
    return 0;
  }

  /** The generator's next raw output, a signed 32-bit integer. */
  next(): number {
    if (this.position === RAW_DRAWS_PER_REFILL) this.refill();
    return this.buffer[this.position++] as number;
  }

  /** Uniform in (0, 1): (an unsigned 32-bit output + ½)·2⁻³². */
  uniform(): number {
    return ((this.next() >>> 0) + 0.5) * UNIT;
  }

  /** Standard normal by the ziggurat (see the tables above); the tail and the wedges are sampled exactly. */
  normal(): number {
    const draw = this.next();
    const layer = draw & (ZIGGURAT_LAYERS - 1);
    if (Math.abs(draw) < (zigguratLimits[layer] as number)) return draw * (zigguratWidths[layer] as number);
    return this.normalOutsideBoxes(draw);
  }

  /**
   * The rest of `normal()` when its first raw output `draw` fell outside its layer's box
   * (about 1 in 100): the wedge or the tail, then new tries. Public for the simulation's
   * walk, which does the common case itself.
   */
  normalOutsideBoxes(firstDraw: number): number {
    let draw = firstDraw;
    let layer = draw & (ZIGGURAT_LAYERS - 1);
    for (;;) {
      const x = draw * (zigguratWidths[layer] as number);
      if (layer === 0) {
        // The tail beyond the edge (Marsaglia's method for the normal tail).
        let tail: number;
        let y: number;
        do {
          tail = -Math.log(this.uniform()) / ZIGGURAT_EDGE;
          y = -Math.log(this.uniform());
        } while (y + y < tail * tail);
        return draw > 0 ? ZIGGURAT_EDGE + tail : -ZIGGURAT_EDGE - tail;
      }
      const below = zigguratHeights[layer] as number;
      if (below + this.uniform() * ((zigguratHeights[layer - 1] as number) - below) < Math.exp(-0.5 * x * x)) return x;
      draw = this.next();
      layer = draw & (ZIGGURAT_LAYERS - 1);
      if (Math.abs(draw) < (zigguratLimits[layer] as number)) return draw * (zigguratWidths[layer] as number);
    }
  }

  /**
   * A draw from `gammaParameters(…)` (Marsaglia and Tsang, 2000). The simulation's walk
   * (simulationWalk.ts) does these same steps inline for speed; a test keeps the two equal.
   */
  gamma(parameters: GammaParameters): number {
    if (parameters.kind === 0) return parameters.d;
    const { d, c } = parameters;
    // kind 2: U^(1/k) first, so the order of the draws is fixed.
    const boost = parameters.kind === 2 ? Math.exp(Math.log(this.uniform()) * parameters.inverseShape) : 1;
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared || Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) {
        return d * v * parameters.scale * boost;
      }
    }
  }
}
