/**
 * The simulation's cases in fixed blocks, each with its own random generator (domain.md
 * section 8). Block k holds cases k·SIMULATION_BLOCK_CASES … (k + 1)·SIMULATION_BLOCK_CASES − 1
 * and draws from xoroshiro128+ started in a state derived from (run seed, k) alone. Neither
 * the blocks nor their seeds depend on how many threads run them or in which order, so one
 * thread and many give the same lead times, and every platform the same numbers (integer
 * arithmetic on BigInt only).
 */

/**
 * Cases per block. Small enough that two threads finish within a block's time of each other
 * (10,000 cases are 40 blocks, about 25 ms each on the 1,000-step bench map), large enough
 * that starting a generator (two splitmix64 steps, a few microseconds) and handing a block to
 * a thread cost nothing next to walking it.
 */
export const SIMULATION_BLOCK_CASES = 250;

/** Number of blocks of a run of `caseCount` cases (the last one may be shorter). */
export function blockCountOf(caseCount: number): number {
  return Math.ceil(caseCount / SIMULATION_BLOCK_CASES);
}

/** Cases in block `blockIndex` of a run of `caseCount` cases. */
export function casesInBlock(caseCount: number, blockIndex: number): number {
  return Math.min(SIMULATION_BLOCK_CASES, caseCount - blockIndex * SIMULATION_BLOCK_CASES);
}

const MASK_64 = (1n << 64n) - 1n;
/** splitmix64's increment, 2⁶⁴ divided by the golden ratio (Steele, Lea and Flood, 2014). */
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** splitmix64's output function: a bijection of 64-bit integers that mixes every bit into every other. */
function mix64(value: bigint): bigint {
  let z = value;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}

/** The first `count` outputs of splitmix64 started at `state` (its reference: state 0 gives e220a8397b1dcdaf, 6e789e6aa1b965f4…). */
export function splitMix64(state: bigint, count: number): bigint[] {
  const outputs: bigint[] = [];
  let current = state & MASK_64;
  for (let i = 0; i < count; i++) {
    current = (current + GOLDEN_GAMMA) & MASK_64;
    outputs.push(mix64(current));
  }
  return outputs;
}

/**
 * The xoroshiro128+ state of block `blockIndex` of a run with `seed` (taken as an unsigned
 * 32-bit integer): splitmix64 started at seed·2³² + blockIndex gives s0 and s1, the way
 * xoroshiro's authors advise seeding it. Returned as pure-rand's four signed 32-bit words
 * (s0 high, s0 low, s1 high, s1 low). Never all zero: mix64 is a bijection, so its two
 * outputs for two different inputs cannot both be 0.
 */
export function blockGeneratorState(seed: number, blockIndex: number): Int32Array {
  const start = (BigInt(seed >>> 0) << 32n) | BigInt(blockIndex >>> 0);
  const [s0 = 0n, s1 = 0n] = splitMix64(start, 2);
  return Int32Array.from([s0 >> 32n, s0, s1 >> 32n, s1], (word) => Number(BigInt.asIntN(32, word)));
}
