import { createElkRunner } from '../../layout/elkLayout';
import { createLayeredRunner, LAYERED_LAYOUT_FROM_STEPS } from '../../layout/layeredRunner';
import { layOutState, type ElkRunner } from '../../layout/laneLayout';
import { CURRENT_SCHEMA_VERSION, FORMAT_ID, processMapSchema } from '../../model/schema';
import { createIdMaker } from '../../model/ids';
import { validateMap } from '../../model/validateMap';
import type { Flow, Lane, Step } from '../../model/types';
import type { Language } from '../../model/vocabulary';
import { renderTextMessage, type TextMessage } from '../../i18n/textMessage';
import { getTranslator } from '../../i18n/translator';
import { createCsvTableReader } from '../csvTable';
import { ReportCollector, type ImportResult } from '../importReport';
import { LogReadError, type Cell, type ChunkReader, type RecordSink } from '../logReader';
import type { MapImportOptions } from '../mapConverters';
import { createXlsxTableReader } from '../xlsxTable';
import { readNextCell, type NextTarget } from './readNextCell';
import { completeAccurateHoldsFractions, plainCellText, readStepCells, type StepCells } from './readStepCells';
import { readStepHeader, type ColumnReading, type StepColumn } from './stepColumns';

/** Working hours per day of an imported map (the map's default until the user changes it). */
const HOURS_PER_DAY = 8;
/** At most this many row problems are kept (a broken file of 10,000 rows says so without a list of 10,000). */
const MAX_ROW_PROBLEMS = 500;

/** A problem in one cell of the table: its row (as the spreadsheet numbers it) and column header. */
export interface RowProblem {
  row: number;
  column: string;
  message: TextMessage;
}

/** How the table was understood, for the app's preview and the report (domain.md section 10). */
export interface StepListPreview {
  columns: ColumnReading[];
  /** The language its numbers were read in (decimal comma in Dutch). */
  numberLanguage: Language;
  /** %C&A numbers without % were read as fractions (0,7) rather than percentages (70). */
  completeAccurateAsFractions: boolean;
  /** Rows that became steps. */
  stepRows: number;
  problems: RowProblem[];
  /** More problems than listed. */
  problemCount: number;
}

export type StepListResult = (Extract<ImportResult, { ok: true }> & { preview: StepListPreview }) | Extract<ImportResult, { ok: false }>;

interface TableRow {
  row: number;
  cells: Cell[];
}

async function readTable(bytes: Uint8Array, kind: 'csv' | 'xlsx', sheet: string | undefined): Promise<{ header: string[]; rows: TableRow[]; delimiter: string | null }> {
  let header: string[] = [];
  const rows: TableRow[] = [];
  const sink: RecordSink = {
    onRecord(record, currentHeader) {
      if (header.length === 0) header = [...currentHeader];
      if (record.location.kind === 'row') rows.push({ row: record.location.row, cells: record.cells });
    },
    onProblem() {
      // The table readers report whole-file problems by throwing; nothing comes here.
    },
  };
  const reader: ChunkReader & { delimiter?: string | null } = kind === 'csv' ? createCsvTableReader(sink) : createXlsxTableReader(sink, sheet === undefined ? {} : { sheet });
  const chunk = 1 << 20;
  for (let offset = 0; offset < bytes.length; offset += chunk) reader.push(bytes.subarray(offset, offset + chunk));
  await reader.finish();
  if (header.length === 0) {
    // A header and no rows: the reader saw the header but handed no record.
    throw new LogReadError({ code: 'noRows', params: {}, location: { kind: 'file' } });
  }
  return { header, rows, delimiter: reader.delimiter ?? null };
}

/**
 * Reads a CSV or .xlsx step list into a map (domain.md section 10), with the preview of how
 * it was understood. `runLayout` places the steps: ELK, or the layered stand-in above
 * LAYERED_LAYOUT_FROM_STEPS steps, unless given (the fuzz test, which is about reading, gives the stand-in).
 */
export async function importStepList(bytes: Uint8Array, kind: 'csv' | 'xlsx', options: MapImportOptions, runLayout?: ElkRunner): Promise<StepListResult> {
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(bytes, kind, options.sheet);
  } catch (error) {
    if (error instanceof LogReadError) return { ok: false, failure: { code: `table.${error.problem.code}`, params: error.problem.params } };
    throw error;
  }
  const header = readStepHeader(table.header);
  const t = getTranslator(options.language);
  if (header.indexOf.label === undefined) {
    return { ok: false, failure: { code: 'noStepColumn', params: { headers: table.header.join(', ') } } };
  }
  const numberLanguage: Language = header.language ?? (table.delimiter === ';' ? 'nl' : table.delimiter === ',' ? 'en' : options.language);
  const cellOf = (row: TableRow, column: StepColumn): Cell | undefined => {
    const index = header.indexOf[column];
    return index === undefined ? undefined : row.cells[index];
  };
  const asFractions = completeAccurateHoldsFractions(
    table.rows.map((row) => cellOf(row, 'completeAccurate')),
    numberLanguage,
  );
  const units: Partial<Record<'processTime' | 'waitTime' | 'leadTime', NonNullable<ColumnReading['unit']>>> = {};
  for (const column of header.columns) if (column.unit && column.column) units[column.column as 'processTime'] = column.unit;

  const problems: RowProblem[] = [];
  let problemCount = 0;
  const headerOf = (column: StepColumn): string => table.header[header.indexOf[column] ?? -1] ?? column;
  const addProblem = (row: number, column: StepColumn, message: TextMessage): void => {
    problemCount += 1;
    if (problems.length < MAX_ROW_PROBLEMS) problems.push({ row, column: headerOf(column), message });
  };

  // 1. Each row with a step name becomes a step (its cells read by readStepCells).
  const lanes: Lane[] = [];
  const laneByName = new Map<string, Lane>();
  const makeLaneId = createIdMaker(new Set());
  // A role is its name, as first written: "Team  A" in a later row is the same role, and the
  // name keeps the spaces it was typed with (nothing the user wrote is changed on the way in).
  const laneFor = (name: string): Lane => {
    const key = name.replace(/\s+/g, ' ');
    let lane = laneByName.get(key);
    if (!lane) {
      lane = { id: makeLaneId('lane'), name };
      laneByName.set(key, lane);
      lanes.push(lane);
    }
    return lane;
  };
  interface RowStep {
    row: number;
    step: Step;
    next: NextTarget[];
  }
  const rowSteps: RowStep[] = [];
  const givenIds = new Set<string>();
  for (const row of table.rows) {
    for (const id of [plainCellText(cellOf(row, 'id'))]) if (id !== '') givenIds.add(id);
  }
  const makeStepId = createIdMaker(givenIds);
  const usedIds = new Set<string>();
  let previousRole = '';
  for (const row of table.rows) {
    const cells: StepCells = {};
    for (const column of ['label', 'role', 'type', 'activity', 'value', 'processTime', 'waitTime', 'leadTime', 'completeAccurate', 'system', 'note'] as const) {
      const cell = cellOf(row, column);
      if (cell !== undefined) cells[column] = cell;
    }
    const read = readStepCells(cells, { language: numberLanguage, hoursPerDay: HOURS_PER_DAY, units, completeAccurateAsFractions: asFractions });
    const { values } = read;
    if (values.label === '' && values.type !== 'start' && values.type !== 'end') {
      addProblem(row.row, 'label', { key: 'formats:cell.noStepName', params: {} });
      continue;
    }
    for (const problem of read.problems) addProblem(row.row, problem.column, problem.message);
    let id = plainCellText(cellOf(row, 'id'));
    if (id !== '' && usedIds.has(id)) {
      addProblem(row.row, 'id', { key: 'formats:cell.repeatedId', params: { id } });
      id = '';
    }
    if (id === '') id = makeStepId('s');
    usedIds.add(id);
    // An empty role cell: the role of the row above, as people leave repeated cells empty.
    const role = values.role !== '' ? values.role : previousRole;
    previousRole = role;
    const next = readNextCell(cellOf(row, 'next'), numberLanguage);
    for (const message of next.problems) addProblem(row.row, 'next', message);
    const type = values.type ?? 'activity';
    const step: Step = {
      id,
      type,
      label: values.label !== '' ? values.label : t(`formats:unnamed.${type}`, { number: '' }).trim(),
      laneId: laneFor(role !== '' ? role : t('formats:unnamed.lane', { number: 1 })).id,
      processTime: values.processTime,
      waitTime: values.waitTime,
      completeAccurate: values.completeAccurate,
      valueType: values.valueType ?? 'business-required',
      activity: values.activity ?? 'work',
      system: values.system,
      position: { x: 0, y: 0 },
      ...(values.note !== '' ? { note: values.note } : {}),
    };
    rowSteps.push({ row: row.row, step, next: next.targets });
  }
  if (rowSteps.length === 0) return { ok: false, failure: { code: 'noSteps', params: {} } };

  // 2. One start and at least one end: from the Type column, else added.
  const report = new ReportCollector();
  const starts = rowSteps.filter((entry) => entry.step.type === 'start');
  for (const extra of starts.slice(1)) {
    addProblem(extra.row, 'type', { key: 'formats:cell.secondStart', params: {} });
    extra.step.type = 'activity';
  }
  const firstLaneId = rowSteps[0]?.step.laneId as string;
  let start = starts[0]?.step;
  const allIds = new Set(rowSteps.map((entry) => entry.step.id));
  const makeId = createIdMaker(allIds);
  if (!start) {
    start = { id: makeId('s'), type: 'start', label: t('formats:unnamed.start', { number: '' }).trim(), laneId: firstLaneId, processTime: 0, waitTime: 0, completeAccurate: 1, valueType: 'business-required', activity: 'work', system: '', position: { x: 0, y: 0 } };
    report.add('addedStartRow');
  }
  let end = rowSteps.find((entry) => entry.step.type === 'end')?.step;
  const addedEnd = end === undefined;
  if (!end) {
    const lastLane = rowSteps[rowSteps.length - 1]?.step.laneId ?? firstLaneId;
    end = { id: makeId('s'), type: 'end', label: t('formats:unnamed.end', { number: '' }).trim(), laneId: lastLane, processTime: 0, waitTime: 0, completeAccurate: 1, valueType: 'business-required', activity: 'work', system: '', position: { x: 0, y: 0 } };
    report.add('addedEndRow');
  }

  // 3. Flows: from the Volgende column, else one chain in row order.
  const flows: Flow[] = [];
  const makeFlowId = createIdMaker(new Set());
  const orderOf = new Map<string, number>();
  rowSteps.forEach((entry, index) => orderOf.set(entry.step.id, index));
  const addFlow = (from: Step, to: Step, probability: number | null): void => {
    const rework = from.type !== 'start' && (orderOf.get(to.id) ?? Infinity) <= (orderOf.get(from.id) ?? -1);
    if (rework) report.add('reworkFlows', `${from.label} → ${to.label}`);
    flows.push({ id: makeFlowId('f'), from: from.id, to: to.id, rework, medium: 'other', label: '', ...(probability !== null ? { probability } : {}) });
  };
  const middle = rowSteps.filter((entry) => entry.step.type !== 'start' && entry.step.type !== 'end');
  const firstTarget = middle[0]?.step ?? end;
  if (header.indexOf.next === undefined) {
    const chain = [start, ...middle.map((entry) => entry.step), end];
    for (let index = 0; index + 1 < chain.length; index += 1) addFlow(chain[index] as Step, chain[index + 1] as Step, null);
  } else {
    const byId = new Map(rowSteps.map((entry) => [entry.step.id, entry.step]));
    const byLabel = new Map<string, Step[]>();
    for (const entry of rowSteps) {
      const key = entry.step.label.replace(/\s+/g, ' ').trim().toLowerCase();
      byLabel.set(key, [...(byLabel.get(key) ?? []), entry.step]);
    }
    if (!rowSteps.some((entry) => entry.step === start)) addFlow(start, firstTarget, null);
    for (const entry of rowSteps) {
      const { step } = entry;
      if (step.type === 'end') {
        if (entry.next.length > 0) addProblem(entry.row, 'next', { key: 'formats:cell.endWithNext', params: {} });
        continue;
      }
      const targets: Step[] = [];
      for (const target of entry.next) {
        const found = byId.get(target.name) ?? byLabel.get(target.name.replace(/\s+/g, ' ').toLowerCase());
        const candidates = Array.isArray(found) ? found : found ? [found] : [];
        if (candidates.length === 0) {
          addProblem(entry.row, 'next', { key: 'formats:cell.unknownNext', params: { name: target.name } });
          continue;
        }
        if (candidates.length > 1) addProblem(entry.row, 'next', { key: 'formats:cell.ambiguousNext', params: { name: target.name } });
        const to = candidates[0] as Step;
        targets.push(to);
        addFlow(step, to, step.type === 'parallel' ? null : target.probability);
      }
      // A start without next steps leads to the first row; any other row to the end.
      if (targets.length === 0) addFlow(step, step === start ? firstTarget : end, null);
    }
  }
  const steps = [start, ...rowSteps.filter((entry) => entry.step !== start).map((entry) => entry.step)];
  if (addedEnd) steps.push(end);
  // The end gets its flows only from rows with an empty next cell: one that nothing reaches is left out.
  if (addedEnd && !flows.some((flow) => flow.to === end.id)) steps.pop();
  const usedLanes = lanes.filter((lane) => steps.some((step) => step.laneId === lane.id));

  const runner = runLayout ?? (steps.length > LAYERED_LAYOUT_FROM_STEPS ? createLayeredRunner() : createElkRunner());
  const positions = await layOutState({ lanes: usedLanes, steps, flows, annotations: [] }, runner);
  for (const step of steps) {
    const placed = positions[step.id];
    if (placed) step.position = { x: placed.x, y: placed.y };
  }

  // In the order of the table, row by row (a row's cells are read before its next steps are found).
  problems.sort((first, second) => first.row - second.row);
  for (const column of header.columns) if (column.column === null) report.add(column.unused === 'repeated' ? 'repeatedColumns' : 'unusedColumns', column.header);
  if (problemCount > 0) {
    for (const problem of problems) report.add('rowProblems', t('formats:report.rowProblem', { row: problem.row, column: problem.column, problem: renderTextMessage(problem.message, t) }));
  }
  const now = options.now ?? new Date().toISOString();
  const title = (options.fileName ?? '').replace(/\.[^.]+$/, '') || t('formats:unnamed.title');
  const candidate = {
    format: FORMAT_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title, language: options.language, createdAt: now, updatedAt: now },
    source: { kind: kind === 'csv' ? 'steps-csv' : 'steps-xlsx', file: options.fileName ?? '' },
    lanes: usedLanes,
    steps,
    flows,
  };
  const map = processMapSchema.safeParse(candidate);
  if (!map.success) return { ok: false, failure: { code: 'invalidResult', params: { reason: map.error.issues[0]?.message ?? '' } } };
  const invalid = validateMap(map.data, { language: options.language });
  if (invalid.length > 0) return { ok: false, failure: { code: 'invalidResult', params: { reason: invalid[0]?.message ?? '' } } };
  return {
    ok: true,
    map: map.data,
    report: { format: kind === 'csv' ? 'steps-csv' : 'steps-xlsx', counts: { lanes: usedLanes.length, steps: steps.length, flows: flows.length }, items: report.items() },
    preview: { columns: header.columns, numberLanguage, completeAccurateAsFractions: asFractions, stepRows: rowSteps.length, problems, problemCount },
  };
}
