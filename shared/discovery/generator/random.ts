/** A seeded pseudo-random source (mulberry32): the same seed gives the same numbers everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A gamma-distributed draw with the given mean and coefficient of variation (shape 1/c²,
 * scale mean·c², as domain.md section 8), by Marsaglia and Tsang; c = 0 gives the mean.
 */
export function drawGamma(random: () => number, mean: number, coefficientOfVariation: number): number {
  if (mean <= 0) return 0;
  if (coefficientOfVariation <= 0) return mean;
  const shape = 1 / (coefficientOfVariation * coefficientOfVariation);
  const scale = mean / shape;
  const boost = shape < 1 ? random() ** (1 / shape) : 1;
  const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale * boost;
  }
}
