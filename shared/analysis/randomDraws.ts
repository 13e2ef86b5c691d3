import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Seeded random draws for the lead-time simulation (domain.md section 8): the same seed
 * gives the same sequence on every run and platform. The generator is pure-rand's
 * xoroshiro128+ (32-bit integer arithmetic only), uniforms are its 53-bit doubles, and the
 * only floating-point functions used (Math.log, Math.sqrt, Math.exp) are computed the same
 * way by every JavaScript engine that follows IEEE 754 for sqrt and V8's own fdlibm port
 * for log and exp (Node and Chromium alike), so no platform maths library is involved.
 */
export interface RandomDraws {
  /** Uniform in [0, 1), a multiple of 2⁻⁵³. */
  uniform(): number;
  /** Standard normal (Marsaglia's polar method; the second value of each pair is kept for the next call). */
  normal(): number;
  /**
   * A gamma-distributed value with the given mean and coefficient of variation c (standard
   * deviation / mean): shape k = 1/c², scale θ = mean·c², by Marsaglia and Tsang's method
   * (k < 1: a draw with shape k + 1 times U^(1/k)). c = 0 or mean = 0 gives the mean exactly,
   * without using a random number.
   */
  gamma(mean: number, coefficientOfVariation: number): number;
}

/** Seeds 1, 2, 3… differ in few bits: mix them (murmur3's finaliser) so their sequences differ from the start. */
function mixSeed(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** xoroshiro128+'s first outputs after a small seed are still close to the seed: skip them. */
const WARM_UP_DRAWS = 16;

/** Draws from one seeded generator. `seed` is taken as a 32-bit integer. */
export function createRandomDraws(seed: number): RandomDraws {
  const generator = xoroshiro128plus(mixSeed(seed));
  for (let i = 0; i < WARM_UP_DRAWS; i++) generator.next();
  const uniform = (): number => uniformFloat64(generator);
  let spareNormal = 0;
  let hasSpare = false;

  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spareNormal;
    }
    for (;;) {
      const u = 2 * uniform() - 1;
      const v = 2 * uniform() - 1;
      const s = u * u + v * v;
      if (s === 0 || s >= 1) continue;
      const factor = Math.sqrt((-2 * Math.log(s)) / s);
      spareNormal = v * factor;
      hasSpare = true;
      return u * factor;
    }
  };

  /** Marsaglia–Tsang for shape ≥ 1, scale 1. */
  const standardGamma = (shape: number): number => {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      // 1 − U lies in (0, 1], so its logarithm is finite.
      const u = 1 - uniform();
      const xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared) return d * v;
      if (Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) return d * v;
    }
  };

  return {
    uniform,
    normal,
    gamma: (mean, coefficientOfVariation) => {
      if (!(mean > 0) || !(coefficientOfVariation > 0)) return mean > 0 ? mean : 0;
      const variance = coefficientOfVariation * coefficientOfVariation;
      const shape = 1 / variance;
      const scale = mean * variance;
      if (shape >= 1) return standardGamma(shape) * scale;
      const boost = Math.exp(Math.log(1 - uniform()) / shape);
      return standardGamma(shape + 1) * boost * scale;
    },
  };
}
