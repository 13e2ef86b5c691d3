import { describe, expect, it } from 'vitest';
import { blockCountOf, blockGeneratorState, casesInBlock, SIMULATION_BLOCK_CASES, splitMix64 } from './blockSeeds';

describe('blocks of cases', () => {
  it('cut a run into whole blocks of 250 and a shorter last one', () => {
    // 1 case: one block of 1; 999 = 3·250 + 249; 1,001 = 4·250 + 1; 2,500 = 10·250.
    expect(SIMULATION_BLOCK_CASES).toBe(250);
    expect([1, 999, 1001, 2500].map(blockCountOf)).toEqual([1, 4, 5, 10]);
    expect([casesInBlock(1, 0), casesInBlock(999, 3), casesInBlock(1001, 4), casesInBlock(2500, 9)]).toEqual([1, 249, 1, 250]);
  });
});

describe('block seeds', () => {
  it('use splitmix64 as its reference gives it', () => {
    // The reference outputs of splitmix64 started at 0 (Vigna's splitmix64.c).
    expect(splitMix64(0n, 3)).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn]);
  });

  it('start block k of seed S at splitmix64 from S·2³² + k, as four signed 32-bit words', () => {
    // Seed 0, block 0: the reference's first two outputs, high word then low word of each.
    expect(Array.from(blockGeneratorState(0, 0))).toEqual([0xe220a839 | 0, 0x7b1dcdaf | 0, 0x6e789e6a | 0, 0xa1b965f4 | 0]);
    // Seed 1, block 0 (start 2³²): s0 = c42c5a1aa3820138, s1 = 37ad5fdd5756bd3d.
    expect(Array.from(blockGeneratorState(1, 0))).toEqual([0xc42c5a1a | 0, 0xa3820138 | 0, 0x37ad5fdd | 0, 0x5756bd3d | 0]);
  });

  it('take the seed as an unsigned 32-bit integer and give every block its own state', () => {
    expect(Array.from(blockGeneratorState(-1, 5))).toEqual(Array.from(blockGeneratorState(4294967295, 5)));
    const states = new Set<string>();
    for (const seed of [0, 1, 2]) for (let block = 0; block < 50; block++) states.add(Array.from(blockGeneratorState(seed, block)).join(','));
    expect(states.size).toBe(150);
  });
});
