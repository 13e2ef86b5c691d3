import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LogReadError } from './logReader';
import { readAll } from './testReader';
import { createXlsxTableReader, xlsxFormat } from './xlsxTable';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 60_000;

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('.xlsx table reader', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('reads the first sheet: text, date cells as wall-clock text, numbers (serial dates) as numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.addRow([]);
      sheet.addRow(['Zaak', 'Activiteit', 'Tijdstip', 'Serieel']);
      sheet.addRow(['Z1', { richText: [{ text: 'Regis' }, { text: 'treren' }] }, new Date(Date.UTC(2024, 2, 4, 9, 30)), 45355.5]);
      sheet.addRow([42, 'Controleren', { formula: 'A1', result: 'x' }, null]);
      workbook.addWorksheet('Tweede').addRows([['Anders'], ['waarde']]);
    });
    const { header, rows, locations } = await readAll(xlsxFormat, bytes, 1000);
    expect(header).toEqual(['Zaak', 'Activiteit', 'Tijdstip', 'Serieel']);
    expect(rows).toEqual([
      ['Z1', 'Registreren', '2024-03-04T09:30:00', 45355.5],
      [42, 'Controleren', 'x'],
    ]);
    // Rows as Excel numbers them: the header is on row 2 here.
    expect(locations).toEqual([
      { kind: 'row', row: 3 },
      { kind: 'row', row: 4 },
    ]);
    const second = await readAll((sink) => createXlsxTableReader(sink, { sheet: 'Tweede' }), bytes);
    expect(second.header).toEqual(['Anders']);
    expect(second.rows).toEqual([['waarde']]);
  });

  it('names a missing sheet and refuses what is not a workbook', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Log').addRow(['a']));
    const missing = await readAll((sink) => createXlsxTableReader(sink, { sheet: 'Nee' }), bytes).catch((caught: unknown) => caught);
    expect((missing as LogReadError).problem).toMatchObject({ code: 'sheetNotFound', params: { sheet: 'Nee', sheets: 'Log' } });
    const notXlsx = await readAll(xlsxFormat, new TextEncoder().encode('Zaak,Activiteit\n')).catch((caught: unknown) => caught);
    expect(notXlsx).toBeInstanceOf(LogReadError);
    expect((notXlsx as LogReadError).problem.code).toBe('notXlsx');
  });
});
