import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileNames';

describe('safeFileName', () => {
  it('keeps an ordinary Dutch title', () => {
    expect(safeFileName('Inkomende facturen — één keer per week')).toBe('Inkomende facturen — één keer per week');
  });
  it('replaces characters Windows refuses and collapses spaces', () => {
    expect(safeFileName('Q1/Q2: "inkoop" <concept>?')).toBe('Q1 Q2 inkoop concept');
  });
  it('drops control characters and trailing dots', () => {
    expect(safeFileName('map\u0000\u0007 name...')).toBe('map name');
  });
  it('never lets a title climb out of the folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
  });
  it('returns null when nothing usable is left', () => {
    expect(safeFileName(' ... ')).toBeNull();
    expect(safeFileName('///')).toBeNull();
  });
  it('suffixes Windows device names', () => {
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('lpt1.txt')).toBe('lpt1.txt_');
  });
  it('cuts long names without splitting a surrogate pair', () => {
    const name = safeFileName('😀'.repeat(200));
    expect(name).not.toBeNull();
    expect(Array.from(name ?? '')).toHaveLength(120);
    expect(name).toBe('😀'.repeat(120));
  });
});
