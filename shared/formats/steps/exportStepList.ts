import Papa from 'papaparse';
import type { ProcessMap, Step } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { StateHeap } from '../../layout/routeGrid';
import { choiceWord } from './readStepCells';
import { exactPercentText, plainDecimal } from './plainDecimal';
import { exportHeader, type StepColumn } from './stepColumns';

/** The columns a step list is written with, in this order (domain.md section 10). */
const EXPORT_COLUMNS: readonly StepColumn[] = ['id', 'label', 'type', 'role', 'activity', 'value', 'processTime', 'waitTime', 'completeAccurate', 'system', 'next', 'note'];

/** One cell of the written table: text, or a number (typed in .xlsx, written in the language in CSV). */
export type ExportCell = { kind: 'text'; text: string } | { kind: 'minutes'; value: number } | { kind: 'fraction'; value: number } | { kind: 'empty' };

export interface StepTable {
  columns: readonly StepColumn[];
  header: string[];
  rows: ExportCell[][];
}

const text = (value: string): ExportCell => (value === '' ? { kind: 'empty' } : { kind: 'text', text: value });

/**
 * How `Volgende` names each step: its label where that label alone finds it again on import
 * (one step has it, it is no other step's id, it has no `;`, line break or closing
 * parenthesis at its end, and it is written as a person would type it), its id otherwise.
 */
function nextNames(steps: readonly Step[]): Map<string, string> {
  const ids = new Set(steps.map((step) => step.id));
  const labelCount = new Map<string, number>();
  const key = (label: string): string => label.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const step of steps) labelCount.set(key(step.label), (labelCount.get(key(step.label)) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const step of steps) {
    const readable =
      step.label !== '' &&
      step.label === step.label.replace(/\s+/g, ' ').trim() &&
      labelCount.get(key(step.label)) === 1 &&
      !ids.has(step.label) &&
      !/[;()]/.test(step.label) &&
      !/^'?[=+\-@]/.test(step.label);
    names.set(step.id, readable ? step.label : step.id);
  }
  return names;
}

/**
 * The steps in the order of the rows: every flow that is not rework leads to a later row and
 * a rework flow, as far as it can, to an earlier one, because the import reads a flow to an
 * earlier row as rework. Kahn's topological order of the flows that are not rework, the
 * map's own order among the steps that are free at the same time; a loop that is not marked
 * rework is entered at its first step in the map's order.
 */
export function rowOrder(map: Pick<ProcessMap, 'steps' | 'flows'>): Step[] {
  const indexOf = new Map(map.steps.map((step, index) => [step.id, index]));
  const incoming = new Array<number>(map.steps.length).fill(0);
  const outgoing: number[][] = map.steps.map(() => []);
  for (const flow of map.flows) {
    const from = indexOf.get(flow.from);
    const to = indexOf.get(flow.to);
    if (flow.rework || from === undefined || to === undefined || from === to) continue;
    outgoing[from]?.push(to);
    incoming[to] = (incoming[to] ?? 0) + 1;
  }
  // Smallest index first: the map's own order among the steps that are free.
  const ready = new StateHeap(Float64Array.from(map.steps, (_, index) => index));
  incoming.forEach((count, index) => {
    if (count === 0) ready.push(index);
  });
  const order: Step[] = [];
  const placed = new Array<boolean>(map.steps.length).fill(false);
  let firstUnplaced = 0;
  while (order.length < map.steps.length) {
    // A loop not marked rework: its first step in the map's order goes next.
    if (ready.size === 0) {
      while (placed[firstUnplaced]) firstUnplaced += 1;
      incoming[firstUnplaced] = 0;
      ready.push(firstUnplaced);
    }
    const index = ready.pop();
    if (placed[index]) continue;
    placed[index] = true;
    order.push(map.steps[index] as Step);
    for (const next of outgoing[index] ?? []) {
      incoming[next] = (incoming[next] ?? 0) - 1;
      if (incoming[next] === 0 && !placed[next]) ready.push(next);
    }
  }
  return order;
}

/** The map's current state as the step-list table (one row per step, in `rowOrder`). */
export function stepTable(map: ProcessMap, language: Language): StepTable {
  const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
  const names = nextNames(map.steps);
  const outgoing = new Map<string, string[]>();
  for (const flow of map.flows) {
    const name = names.get(flow.to) ?? flow.to;
    const written = flow.probability === undefined ? name : `${name} (${exactPercentText(flow.probability, language)})`;
    outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), written]);
  }
  const rows = rowOrder(map).map((step) =>
    EXPORT_COLUMNS.map((column): ExportCell => {
      switch (column) {
        case 'id':
          return text(step.id);
        case 'label':
          return text(step.label);
        case 'type':
          return text(choiceWord('stepType', step.type, language));
        case 'role':
          return text(laneName.get(step.laneId) ?? '');
        case 'activity':
          return text(choiceWord('activity', step.activity, language));
        case 'value':
          return text(choiceWord('valueType', step.valueType, language));
        case 'processTime':
          return { kind: 'minutes', value: step.processTime };
        case 'waitTime':
          return { kind: 'minutes', value: step.waitTime };
        case 'completeAccurate':
          return step.completeAccurate === 1 ? { kind: 'empty' } : { kind: 'fraction', value: step.completeAccurate };
        case 'system':
          return text(step.system);
        case 'next':
          return text((outgoing.get(step.id) ?? []).join('; '));
        case 'note':
          return text(step.note ?? '');
        default:
          return { kind: 'empty' };
      }
    }),
  );
  return { columns: EXPORT_COLUMNS, header: EXPORT_COLUMNS.map((column) => exportHeader(column, language)), rows };
}

function csvCell(cell: ExportCell, language: Language): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'minutes':
      return plainDecimal(cell.value, language);
    case 'fraction':
      return exactPercentText(cell.value, language);
    case 'empty':
      return '';
  }
}

/**
 * The step list as CSV: `;` and decimal commas for Dutch (as Dutch Excel writes it), `,` and
 * decimal points for English; UTF-8 with a byte-order mark so Excel reads the accents; a
 * text that Excel would take for a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`,
 * which the import removes again.
 */
export function exportStepListCsv(map: ProcessMap, language: Language): string {
  const table = stepTable(map, language);
  const body = Papa.unparse(
    { fields: table.header, data: table.rows.map((row) => row.map((cell) => csvCell(cell, language))) },
    { delimiter: language === 'nl' ? ';' : ',', newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ },
  );
  return `\uFEFF${body}\r\n`;
}

/** Column widths in characters: the longest text of a column between 8 and 50. */
function columnWidths(table: StepTable, language: Language): number[] {
  return table.header.map((header, index) => {
    let longest = header.length;
    for (const row of table.rows) {
      const cell = row[index];
      if (cell) longest = Math.max(longest, Math.min(60, csvCell(cell, language).length));
    }
    return Math.max(8, Math.min(50, longest + 2));
  });
}

/**
 * The step list as an .xlsx workbook: one sheet, a bold header row that stays in view when
 * scrolling, a filter on it, typed cells (minutes as numbers, %C&A as a percentage), and
 * column widths that fit the content.
 */
export async function exportStepListXlsx(map: ProcessMap, language: Language): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const table = stepTable(map, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Stroomlijn';
  const sheet = workbook.addWorksheet(language === 'nl' ? 'Stappen' : 'Steps', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(table, language);
  sheet.columns = table.header.map((header, index) => ({ header, key: String(index), width: widths[index] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (cell.kind === 'text' ? cell.text : cell.kind === 'empty' ? null : cell.value)));
  }
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    if (column === 'completeAccurate') sheetColumn.numFmt = '0%';
    else if (column === 'processTime' || column === 'waitTime') sheetColumn.numFmt = '#,##0.##';
    else if (column === 'label' || column === 'note' || column === 'next') sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });
  // The header keeps its own look; numFmt of a column would otherwise also apply to it.
  sheet.getRow(1).alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export { EXPORT_COLUMNS };
