import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../formats/timestamps';
import type { CaseLog } from './instances';
import { readTestLog } from './testLog';

function sequence(log: CaseLog, caseIndex = 0): string[] {
  const names: string[] = [];
  for (let i = log.caseStart[caseIndex] as number; i < (log.caseStart[caseIndex + 1] as number); i += 1) {
    const start = formatTimestamp(log.startMs[i] as number, log.startOffset[i] as number).slice(11, 16);
    const end = formatTimestamp(log.endMs[i] as number, log.endOffset[i] as number).slice(11, 16);
    names.push(`${log.activityNames[log.activity[i] as number]} ${start}-${end}`);
  }
  return names;
}

describe('instances (domain.md section 11, point 1)', () => {
  it('pairs a complete with the oldest open start of the same activity; a lone complete is an instant; other lifecycles and unclosed starts are left out', async () => {
    const log = await readTestLog(
      [
        'case,activity,lifecycle,timestamp',
        'A,Register,start,2024-03-04 09:00',
        'A,Register,start,2024-03-04 09:10',
        'A,Register,complete,2024-03-04 09:30',
        'A,Check,complete,2024-03-04 10:00',
        'A,Register,complete,2024-03-04 10:30',
        'A,Check,schedule,2024-03-04 11:00',
        'A,Pay,START,2024-03-04 11:00',
      ].join('\n'),
    );
    // The 09:30 complete closes the oldest start (09:00); the 10:30 one closes 09:10.
    expect(sequence(log)).toEqual(['Register 09:00-09:30', 'Register 09:10-10:30', 'Check 10:00-10:00']);
    expect(log.unclosedStarts).toBe(1);
    expect(log.ignoredLifecycles).toEqual({ schedule: 1 });
    expect(log.hasStartTimes).toBe(true);
    // 2 + 2 + 1 events make the three instances.
    expect([...log.events]).toEqual([2, 2, 1]);
  });

  it('pairs in time order even when the file lists a complete before its start', async () => {
    const log = await readTestLog(['case,activity,lifecycle,timestamp', 'A,Check,complete,2024-03-04 11:00', 'A,Check,start,2024-03-04 10:00'].join('\n'));
    expect(sequence(log)).toEqual(['Check 10:00-11:00']);
  });

  it('orders instances by start, then complete, then file position', async () => {
    const log = await readTestLog(
      [
        'case,activity,start,timestamp',
        'A,X,2024-03-04 10:00,2024-03-04 10:00',
        'A,Y,2024-03-04 10:00,2024-03-04 10:00',
        'A,W,2024-03-04 09:00,2024-03-04 09:00',
        'A,Long,2024-03-04 11:00,2024-03-04 12:00',
        'A,Short,2024-03-04 11:00,2024-03-04 11:30',
        'A,Instant,,2024-03-04 08:00',
      ].join('\n'),
      'csv',
      { start: 'start' },
    );
    // Instant first (08:00), W (09:00), X before Y (same start and end: file order), then
    // Short before Long (same start, earlier complete).
    expect(sequence(log)).toEqual(['Instant 08:00-08:00', 'W 09:00-09:00', 'X 10:00-10:00', 'Y 10:00-10:00', 'Short 11:00-11:30', 'Long 11:00-12:00']);
    expect(log.hasStartTimes).toBe(true);
  });

  it('keeps cases in the order of their first event and names every unreadable row', async () => {
    const log = await readTestLog(
      ['case;activity;timestamp', 'B;X;01-03-2024 09:00', 'A;X;01-03-2024 09:00', ';X;01-03-2024 09:00', 'A;Y;gisteren', 'A;;01-03-2024 10:00'].join('\r\n'),
    );
    expect(log.caseNames).toEqual(['B', 'A']);
    expect(log.problemCount).toBe(3);
    expect(log.problems.map((problem) => [problem.code, problem.location])).toEqual([
      ['missingCase', { kind: 'row', row: 4 }],
      ['badTimestamp', { kind: 'row', row: 5 }],
      ['missingActivity', { kind: 'row', row: 6 }],
    ]);
  });

  it('reads names without the whitespace around them (spaces, tabs, no-break spaces), and keeps a timestamp with a line break after it unreadable', async () => {
    const log = await readTestLog(
      ['case;activity;timestamp', ' A ;X;01-03-2024 09:00', 'A\u00a0;\tX;01-03-2024 10:00', '\u3000A;Y\u2029;01-03-2024 11:00', '"A";Z;"01-03-2024 12:00\n"'].join('\n'),
    );
    expect(log.caseNames).toEqual(['A']);
    expect(log.activityNames).toEqual(['X', 'Y']);
    expect(log.problems.map((problem) => [problem.code, problem.location])).toEqual([['badTimestamp', { kind: 'row', row: 5 }]]);
  });
});
