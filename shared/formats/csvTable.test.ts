import { describe, expect, it } from 'vitest';
import { csvFormat, detectDelimiter } from './csvTable';
import { LogReadError } from './logReader';
import { readAll } from './testReader';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 60_000;

const encoder = new TextEncoder();

describe('CSV table reader', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('reads comma, semicolon and tab tables, with the header as row 1', async () => {
    for (const delimiter of [',', ';', '\t']) {
      const text = ['Zaak', 'Activiteit', 'Tijdstip'].join(delimiter) + '\n' + ['Z1', 'Registreren', '01-03-2024 09:00'].join(delimiter) + '\n';
      const { header, rows, locations } = await readAll(csvFormat, text);
      expect(header).toEqual(['Zaak', 'Activiteit', 'Tijdstip']);
      expect(rows).toEqual([['Z1', 'Registreren', '01-03-2024 09:00']]);
      expect(locations).toEqual([{ kind: 'row', row: 2 }]);
    }
    expect(detectDelimiter('a;b,c;d\n1,2,3')).toBe(';');
  });

  it('gives the same records for every chunk size, with quotes, quoted line breaks and CRLF split anywhere', async () => {
    const text = 'case,activity,note\r\n"Z,1",Registreren,"zei ""ja""\r\nen ging"\r\n\r\nZ2,Controleren,\r\nZ3,Één €,"x"\r\n';
    const bytes = encoder.encode(text);
    const whole = await readAll(csvFormat, bytes, bytes.length);
    expect(whole.rows).toEqual([
      ['Z,1', 'Registreren', 'zei "ja"\r\nen ging'],
      ['Z2', 'Controleren', ''],
      ['Z3', 'Één €', 'x'],
    ]);
    // Row numbers count every record of the file: the blank line is row 3.
    expect(whole.locations).toEqual([
      { kind: 'row', row: 2 },
      { kind: 'row', row: 4 },
      { kind: 'row', row: 5 },
    ]);
    for (let size = 1; size <= 12; size += 1) expect((await readAll(csvFormat, bytes, size)).rows, `chunk ${size}`).toEqual(whole.rows);
  });

  it('reads UTF-8 with a byte-order mark and Windows-1252 (Dutch Excel)', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Zaak;Activiteit\nZ1;Café\n')]);
    expect((await readAll(csvFormat, withBom)).header).toEqual(['Zaak', 'Activiteit']);
    expect((await readAll(csvFormat, withBom)).rows).toEqual([['Z1', 'Café']]);
    // "Café €5" in Windows-1252: é = 0xE9, € = 0x80.
    const windows1252 = new Uint8Array([...encoder.encode('Zaak;Activiteit\nZ1;Caf'), 0xe9, 0x20, 0x80, 0x35, 0x0a]);
    expect((await readAll(csvFormat, windows1252, 3)).rows).toEqual([['Z1', 'Café €5']]);
  });

  it('names empty and repeated headers and skips blank rows', async () => {
    const { header, rows } = await readAll(csvFormat, '\n\nDatum,,Datum\n,,\n1,2,3\n');
    expect(header).toEqual(['Datum', '#2', 'Datum (2)']);
    expect(rows).toEqual([['1', '2', '3']]);
  });

  it('refuses a quote that is never closed, naming its row, and an empty file', async () => {
    const text = `a,b\n1,"${'x'.repeat(1024 * 1024 + 10)}\n`;
    const error = await readAll(csvFormat, text, 1 << 16).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LogReadError);
    expect((error as LogReadError).problem).toMatchObject({ code: 'rowTooLong', location: { kind: 'row', row: 2 } });
    const empty = await readAll(csvFormat, '\n \n').catch((caught: unknown) => caught);
    expect((empty as LogReadError).problem.code).toBe('emptyTable');
  });
});
