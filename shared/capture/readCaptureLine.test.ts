import { describe, expect, it } from 'vitest';
import { readCaptureLine, type CaptureReading } from './readCaptureLine';

const nl = (text: string): CaptureReading => readCaptureLine(text, 'nl', { hoursPerDay: 8 });
const en = (text: string): CaptureReading => readCaptureLine(text, 'en', { hoursPerDay: 8 });
const line = (role: string | null, label: string, processTimeMinutes: number | null, waitTimeMinutes: number | null): CaptureReading => ({
  kind: 'line',
  line: { role, label, processTimeMinutes, waitTimeMinutes },
});

describe('readCaptureLine', () => {
  it('reads role, step, work and wait as the issue writes them', () => {
    // 2 dagen = 2 × 8 h × 60 = 960 min
    expect(nl('Secretariaat: factuur controleren, 10 min, wacht 2 dagen')).toEqual(line('Secretariaat', 'factuur controleren', 10, 960));
    expect(en('Secretariat: check invoice, 10 min, wait 2 days')).toEqual(line('Secretariat', 'check invoice', 10, 960));
  });

  it('reads a line without role, without times, or with only a wait', () => {
    expect(nl('factuur boeken, 5 min')).toEqual(line(null, 'factuur boeken', 5, null));
    expect(nl('Manager: akkoord geven')).toEqual(line('Manager', 'akkoord geven', null, null));
    expect(nl('akkoord geven')).toEqual(line(null, 'akkoord geven', null, null));
    // 1 week = 5 working days × 8 h × 60 = 2400 min
    expect(nl('Manager: tekenen, wacht 1 week')).toEqual(line('Manager', 'tekenen', null, 2400));
  });

  it('keeps a decimal comma inside a duration and splits on the other commas', () => {
    // 1,5 uur = 90 min; 0,5 dag = 4 h = 240 min
    expect(nl('Rol: stap, 1,5 uur, wacht 0,5 dag')).toEqual(line('Rol', 'stap', 90, 240));
    expect(nl('Rol: stap,10 min;wacht 2 uur')).toEqual(line('Rol', 'stap', 10, 120));
    // English reads 1.5 hours as 90 min
    expect(en('Role: step, 1.5 hours')).toEqual(line('Role', 'step', 90, null));
  });

  it('accepts work and wait words in both languages, with or without a colon, in any order', () => {
    // wachttijd: 3 uur = 180 min; werk 1:30 = 90 min
    expect(nl('Rol: stap, wachttijd: 3 uur, werk 1:30')).toEqual(line('Rol', 'stap', 90, 180));
    expect(nl('Rol: stap, wait 30 min, work 1 hour')).toEqual(line('Rol', 'stap', 60, 30));
  });

  it('takes a colon after a comma as part of a time, not as a role', () => {
    expect(nl('stap, 1:30')).toEqual(line(null, 'stap', 90, null));
    expect(nl('10:30 overleg')).toEqual(line(null, '10:30 overleg', null, null));
  });

  it('strips list markers of a pasted list and tidies spaces', () => {
    expect(nl('- Balie:   post   openen , 2 min')).toEqual(line('Balie', 'post openen', 2, null));
    expect(nl('3. Balie: post openen')).toEqual(line('Balie', 'post openen', null, null));
    expect(nl('Rol: stap, 10 min,')).toEqual(line('Rol', 'stap', 10, null));
  });

  it('reads an empty line as empty', () => {
    expect(nl('   ')).toEqual({ kind: 'empty' });
    expect(nl('- ')).toEqual({ kind: 'empty' });
  });

  it('says which part cannot be read and why', () => {
    expect(nl(': stap')).toEqual({ kind: 'invalid', problem: { code: 'empty-role' } });
    expect(nl('Rol:')).toEqual({ kind: 'invalid', problem: { code: 'no-step' } });
    expect(nl(', 10 min')).toEqual({ kind: 'invalid', problem: { code: 'no-step' } });
    expect(nl('Rol: stap, met de hand')).toEqual({
      kind: 'invalid',
      problem: { code: 'bad-time', part: 'work', text: 'met de hand', problem: { code: 'not-a-duration', text: 'met de hand' } },
    });
    expect(nl('Rol: stap, wacht 2 maanden')).toEqual({
      kind: 'invalid',
      problem: { code: 'bad-time', part: 'wait', text: 'wacht 2 maanden', problem: { code: 'unknown-unit', text: '2 maanden', unit: 'maanden' } },
    });
    expect(nl('Rol: stap, wacht')).toMatchObject({ kind: 'invalid', problem: { code: 'bad-time', part: 'wait', text: 'wacht' } });
    expect(nl('Rol: stap, 10 min, 20 min')).toEqual({ kind: 'invalid', problem: { code: 'twice', part: 'work', text: '20 min' } });
    expect(nl('Rol: stap, wacht 1 dag, wacht 2 dagen')).toEqual({ kind: 'invalid', problem: { code: 'twice', part: 'wait', text: 'wacht 2 dagen' } });
  });

  it('passes the number reader’s reason on: 1.80 is no Dutch number', () => {
    const reading = nl('Rol: stap, 1.80 uur');
    expect(reading).toMatchObject({ kind: 'invalid', problem: { code: 'bad-time', part: 'work', problem: { code: 'number' } } });
  });

  it('does not take a word that only starts like a wait word for a wait', () => {
    expect(nl('Rol: stap, wachtkamer')).toMatchObject({ kind: 'invalid', problem: { code: 'bad-time', part: 'work', text: 'wachtkamer' } });
  });
});
