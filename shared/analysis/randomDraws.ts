import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded random draws for the lead-time simulation (domain.md section 8): the same seed
 * gives the same sequence on every run and platform. The generator is pure-rand's
 * xoroshiro128+ (32-bit integer arithmetic only); a uniform is one 32-bit output, centred in
 * its cell of width 2⁻³² (never 0 or 1, so its logarithm is finite). The only floating-point
 * functions used, Math.sqrt (exactly rounded by IEEE 754) and Math.log and Math.exp (V8's
 * own fdlibm port in Node and Chromium alike), do not depend on the platform's maths library.
 */

/** 2⁻³². */
const UNIT = 1 / 4294967296;

/** Seeds 1, 2, 3… differ in few bits: mix them (murmur3's finaliser) so their sequences differ from the start. */
function mixSeed(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** xoroshiro128+'s first outputs after a small seed are still close to the seed: skip them. */
const WARM_UP_DRAWS = 16;

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
const ZIGGURAT_LAYERS = 128;
const ZIGGURAT_EDGE = 3.442619855899;
const zigguratLimits = new Float64Array(ZIGGURAT_LAYERS);
const zigguratWidths = new Float64Array(ZIGGURAT_LAYERS);
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

export class RandomDraws {
  private readonly generator: RandomGenerator;

  /** `seed` is taken as a 32-bit integer. */
  constructor(seed: number) {
    this.generator = xoroshiro128plus(mixSeed(seed));
    for (let i = 0; i < WARM_UP_DRAWS; i++) this.generator.next();
  }

  /** Uniform in (0, 1): (an unsigned 32-bit output + ½)·2⁻³². */
  uniform(): number {
    return ((this.generator.next() >>> 0) + 0.5) * UNIT;
  }

  /** Standard normal by the ziggurat (see the tables above); the tail and the wedges are sampled exactly. */
  normal(): number {
    let draw = this.generator.next();
    let layer = draw & (ZIGGURAT_LAYERS - 1);
    if (Math.abs(draw) < (zigguratLimits[layer] as number)) return draw * (zigguratWidths[layer] as number);
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
      draw = this.generator.next();
      layer = draw & (ZIGGURAT_LAYERS - 1);
      if (Math.abs(draw) < (zigguratLimits[layer] as number)) return draw * (zigguratWidths[layer] as number);
    }
  }

  /** A draw from `gammaParameters(…)` (Marsaglia and Tsang, 2000). */
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
