import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTranslator } from '../../i18n/translator';
import { renderTextMessage } from '../../i18n/textMessage';
import type { ProcessMap } from '../../model/types';
import { importReportLines } from '../reportText';
import { importStepList, type StepListResult } from './importStepList';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/steplists');
const NOW = '2026-12-07T10:00:00.000Z';

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function imported(data: Uint8Array, kind: 'csv' | 'xlsx' = 'csv', language: 'nl' | 'en' = 'nl'): Promise<Extract<StepListResult, { ok: true }>> {
  const result = await importStepList(data, kind, { language, now: NOW, fileName: 'lijst.csv' });
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result;
}

function step(map: ProcessMap, label: string) {
  const found = map.steps.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no step ${label}`);
  return found;
}

/** Flows as "from → to (probability, rework)" by label, for readable expectations. */
function flowLines(map: ProcessMap): string[] {
  const label = new Map(map.steps.map((candidate) => [candidate.id, candidate.label]));
  return map.flows.map((flow) => `${label.get(flow.from)} → ${label.get(flow.to)}${flow.probability === undefined ? '' : ` ${flow.probability}`}${flow.rework ? ' rework' : ''}`);
}

describe('step list import (domain.md section 10)', () => {
  it('reads the Dutch sample: semicolons, units in cells, Volgende with chances, a loop back as rework', async () => {
    const { map, report, preview } = await imported(new Uint8Array(readFileSync(join(FIXTURES, 'inkomende-post.csv'))));
    expect(preview.numberLanguage).toBe('nl');
    expect(preview.problems).toEqual([]);
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Secretariaat', 'Behandelaar']);
    // "1,5 min" with a decimal comma; "4 uur" = 240; "1 werkdag" = 8 h = 480; "3 werkdagen" = 1440.
    expect(step(map, 'Scannen')).toMatchObject({ processTime: 1.5, waitTime: 240, completeAccurate: 0.95, system: 'Scanner' });
    expect(step(map, 'Registreren in zaaksysteem')).toMatchObject({ processTime: 3, waitTime: 480, completeAccurate: 0.9 });
    expect(step(map, 'Behandelen')).toMatchObject({ processTime: 20, waitTime: 1440, completeAccurate: 1 });
    expect(step(map, 'Post openen en sorteren').note).toBe('Elke ochtend om 9 uur');
    expect(flowLines(map)).toEqual([
      'Start → Post openen en sorteren',
      'Post openen en sorteren → Scannen',
      'Scannen → Registreren in zaaksysteem',
      'Registreren in zaaksysteem → Doorsturen naar behandelaar',
      'Doorsturen naar behandelaar → Behandelen 0.85',
      'Doorsturen naar behandelaar → Terug naar secretariaat 0.15',
      'Terug naar secretariaat → Registreren in zaaksysteem rework',
      'Behandelen → Einde',
    ]);
    const lines = importReportLines(report, getTranslator('nl'));
    expect(lines[0]).toBe('2 rollen, 8 stappen en 8 pijlen ingelezen.');
    expect(lines).toContain('Pijlen terug in het proces, gemarkeerd als herstelwerk: Terug naar secretariaat → Registreren in zaaksysteem');
  });

  it('reads the English .xlsx sample: units in the headers, fractions for %C&A, one chain without Next', async () => {
    const { map, preview } = await imported(new Uint8Array(readFileSync(join(FIXTURES, 'travel-request-en.xlsx'))), 'xlsx', 'en');
    expect(preview.completeAccurateAsFractions).toBe(true);
    expect(preview.columns.find((column) => column.header === 'Wait time (days)')).toMatchObject({ column: 'waitTime', unit: 'workingDays' });
    // Wait time (days) 2.5 → 2.5 × 8 h × 60 = 1200 minutes; %C&A 0.95 is a fraction.
    expect(step(map, 'Approve')).toMatchObject({ processTime: 3, waitTime: 1200, completeAccurate: 1 });
    expect(step(map, 'Book travel')).toMatchObject({ processTime: 25, waitTime: 240, completeAccurate: 0.95 });
    expect(flowLines(map)).toEqual(['Start → Receive travel request', 'Receive travel request → Check budget', 'Check budget → Approve', 'Approve → Book travel', 'Book travel → End']);
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Employee', 'Secretary', 'Manager']);
  });

  it('reads tabs, ids, lead time instead of wait time, Type and chances by label', async () => {
    const { map, preview } = await imported(new Uint8Array(readFileSync(join(FIXTURES, 'travel-tab-lead-time.tsv'))), 'csv', 'nl');
    // English headers: numbers are read the English way whatever the app's language.
    expect(preview.numberLanguage).toBe('en');
    expect(preview.problems).toEqual([]);
    // wait = lead − process: 2 days (960) − 10 = 950; 1 hour (60) − 5 = 55; 30 − 20 = 10.
    expect(step(map, 'Request')).toMatchObject({ id: '1', processTime: 10, waitTime: 950, completeAccurate: 0.9 });
    expect(step(map, 'Approve?')).toMatchObject({ id: '2', type: 'decision', waitTime: 55 });
    expect(step(map, 'Book')).toMatchObject({ waitTime: 10 });
    expect(step(map, 'Rejected')).toMatchObject({ id: 'x', type: 'end' });
    expect(flowLines(map)).toEqual(['Start → Request', 'Request → Approve?', 'Approve? → Book 0.7', 'Approve? → Rejected 0.3', 'Book → Booked']);
  });

  it('reads Windows-1252, a unit in the header, percentages; a bad cell names row and column and the rest is read', async () => {
    const { map, preview, report } = await imported(new Uint8Array(readFileSync(join(FIXTURES, 'aanvragen-cp1252.csv'))));
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Secretariaat', 'Financiën', 'Directie']);
    // Wachttijd (dagen): 0,5 × 480 = 240 and 1 × 480 = 480; 1:30 = 90 minutes; 80 (no % sign, above 1) = 80 %.
    expect(step(map, 'Aanvraag ontvangen')).toMatchObject({ waitTime: 240, processTime: 5, completeAccurate: 0.8 });
    expect(step(map, 'Controleren')).toMatchObject({ waitTime: 480, processTime: 90, completeAccurate: 1 });
    expect(step(map, 'Goedkeuren')).toMatchObject({ waitTime: 0, processTime: 10, completeAccurate: 0.95 });
    expect(flowLines(map)).toContain('Controleren → Aanvraag ontvangen 0.2 rework');
    const nl = getTranslator('nl');
    const en = getTranslator('en');
    expect(preview.problems.map((problem) => nl('formats:report.rowProblem', { row: problem.row, column: problem.column, problem: renderTextMessage(problem.message, nl) }))).toEqual([
      'rij 4, kolom Wachttijd (dagen): ‘twee dagen’ is geen duur. Schrijf bijvoorbeeld 10 min, 1,5 uur, 2 dagen of 1:30.',
    ]);
    const [problem] = preview.problems;
    expect(en('formats:report.rowProblem', { row: problem?.row, column: problem?.column, problem: renderTextMessage(problem!.message, en) })).toBe(
      'row 4, column Wachttijd (dagen): ‘twee dagen’ is not a duration. Write e.g. 10 min, 1.5 hours, 2 days or 1:30.',
    );
    expect(importReportLines(report, nl).join('\n')).toContain('Rijen met een probleem (de rest is ingelezen): rij 4, kolom Wachttijd (dagen)');
  });

  it('names every row problem: lead below process, unknown next step, chances above 100 %, an unknown value, a row without name', async () => {
    const csv = [
      'Stap;Bewerkingstijd;Doorlooptijd;Volgende;Waarde',
      'A;30;20;"B (80%); C (40%)";',
      'B;5;;Onbekend;waardetoevoegend',
      ';5;;;',
      'C;5;;;heel belangrijk',
    ].join('\n');
    const { map, preview } = await imported(bytes(csv));
    const nl = getTranslator('nl');
    const lines = preview.problems.map((problem) => `${problem.row}|${problem.column}|${renderTextMessage(problem.message, nl)}`);
    expect(lines).toEqual([
      '2|Doorlooptijd|de doorlooptijd (20) is korter dan de bewerkingstijd (30)',
      '2|Volgende|de kansen tellen op tot 120%, meer dan 100%; ze zijn weggelaten',
      '3|Volgende|‘Onbekend’ is geen stap of id in deze lijst',
      '4|Stap|de rij heeft geen naam voor de stap en is overgeslagen',
      expect.stringMatching(/^5\|Waarde\|‘heel belangrijk’ is hier geen bekende waarde/),
    ]);
    // The rest of the table is still read: A, B and C, B (whose next step is unknown) goes to the end.
    expect(map.steps.map((candidate) => candidate.label)).toEqual(['Start', 'A', 'B', 'C', 'Einde']);
    expect(step(map, 'B').valueType).toBe('value-adding');
    expect(flowLines(map)).toContain('B → Einde');
  });

  it('reads %C&A: fractions when every bare number lies in 0..1, percentages otherwise; empty is not measured, 0 is 0 %', async () => {
    const fractions = await imported(bytes('Stap;%C&A\nA;0,7\nB;\nC;0\nD;1\n'));
    expect(fractions.map.steps.slice(1, 5).map((candidate) => candidate.completeAccurate)).toEqual([0.7, 1, 0, 1]);
    const percentages = await imported(bytes('Stap;%C&A\nA;70\nB;0,5\nC;95%\n'));
    // 70 and 0,5 are percentages (one bare number is above 1): 0.7, 0.005; 95% = 0.95.
    expect(percentages.map.steps.slice(1, 4).map((candidate) => candidate.completeAccurate)).toEqual([0.7, 0.005, 0.95]);
  });

  it('keeps a role name as it was typed, spaces inside it too, and counts a differently spaced name as the same role', async () => {
    const { map } = await imported(bytes('Stap;Rol\nOntvangen;Team  Noord\nControleren;Team Noord\nAfhandelen;Team Zuid\n'));
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Team  Noord', 'Team Zuid']);
    expect(map.steps.filter((candidate) => candidate.laneId === map.lanes[0]?.id).map((candidate) => candidate.label)).toEqual(
      expect.arrayContaining(['Ontvangen', 'Controleren']),
    );
  });

  it('refuses a table without a step column, naming the columns it has', async () => {
    const result = await importStepList(bytes('Naam van de taak;Tijd\nA;5\n'), 'csv', { language: 'nl' });
    expect(result).toEqual({ ok: false, failure: { code: 'noStepColumn', params: { headers: 'Naam van de taak, Tijd' } } });
    expect(getTranslator('nl')('formats:error.noStepColumn', { headers: 'Naam van de taak, Tijd' })).toContain('geen kolom Stap');
  });

  it('refuses a file that is not a workbook, and an empty file, with one message', async () => {
    expect(await importStepList(bytes('hello'), 'xlsx', { language: 'en' })).toEqual({ ok: false, failure: { code: 'table.notXlsx', params: {} } });
    expect(await importStepList(bytes(''), 'csv', { language: 'en' })).toMatchObject({ ok: false, failure: { code: 'table.emptyTable' } });
    expect(await importStepList(bytes('Step;Role\n'), 'csv', { language: 'en' })).toMatchObject({ ok: false, failure: { code: 'table.noRows' } });
  });
});
