import { describe, expect, it } from 'vitest';
import { findingIdForSequence, findingIdForSet } from './findingId';

describe('finding ids', () => {
  it('sorts and de-duplicates the ids of a set', () => {
    expect(findingIdForSet('extra-processing', 'many-checks', ['s5', 's2', 's5'])).toBe('extra-processing:many-checks:s2+s5');
  });

  it('keeps the order of a sequence', () => {
    expect(findingIdForSequence('handoff', 'lane-pair', ['sec', 'mgr'])).toBe('handoff:lane-pair:sec>mgr');
    expect(findingIdForSequence('handoff', 'lane-pair', ['mgr', 'sec'])).toBe('handoff:lane-pair:mgr>sec');
  });

  it('cannot be confused by separators inside ids', () => {
    // Without encoding, ['a+b'] and ['a', 'b'] would both give '…:a+b'.
    expect(findingIdForSet('waiting', 'long-wait', ['a+b'])).not.toBe(findingIdForSet('waiting', 'long-wait', ['a', 'b']));
    expect(findingIdForSequence('handoff', 'lane-pair', ['a>b', 'c'])).not.toBe(findingIdForSequence('handoff', 'lane-pair', ['a', 'b>c']));
    expect(findingIdForSet('waiting', 'long-wait', ['x:y'])).toBe('waiting:long-wait:x%3Ay');
  });
});
