import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { parseMap } from '../../shared/model/parse';
import type { Action, ProcessMap, Step } from '../../shared/model/types';

/** A fixed moment, so the plan's dates (and the snapshots) do not change from day to day. */
export const GENERATED_AT = '2026-11-26T09:00:00Z';

export function loadFixture(name: string): ProcessMap {
  const parsed = parseMap(readFileSync(join(import.meta.dirname, '../../fixtures/maps', `${name}.stroomlijn`), 'utf8'));
  if (!parsed.ok) throw new Error(`fixture ${name} does not open: ${parsed.problems[0]?.message ?? ''}`);
  return parsed.map;
}

/** The ids of the current findings about `stepId`, as a team would link them to an action. */
function findingsAbout(map: ProcessMap, stepId: string): string[] {
  return analyseMap(map)
    .findings.filter((finding) => finding.stepIds.includes(stepId))
    .slice(0, 2)
    .map((finding) => finding.id);
}

/** Pick, not Omit: Action has an index signature (loose schema), which Omit would keep alone. */
type ActionFields = Pick<Action, 'id' | 'title' | 'description' | 'ecrs' | 'owner' | 'dueDate' | 'effort' | 'status' | 'effects'>;

function action(map: ProcessMap, stepId: string, fields: ActionFields): Action {
  return { ...fields, findingIds: findingsAbout(map, stepId) };
}

/**
 * The Dutch invoices fixture with three actions written by hand (the fixtures have none):
 * two accepted with effects (scan invoices in, skip the manager's signature for small
 * invoices) and one proposed (stop the paper archive); a goal with two targets and the
 * "why?" chain of the rework finding.
 */
export function invoicesWithActions(): ProcessMap {
  const map = loadFixture('inkomende-facturen');
  const actions: Action[] = [
    action(map, 's2', {
      id: 'a1',
      title: 'Facturen automatisch laten inlezen in AFAS',
      description: 'Leveranciers sturen naar één factuuradres; AFAS leest de pdf in, niemand print nog.',
      ecrs: 'eliminate',
      owner: 'Fatima (secretariaat)',
      dueDate: '2027-01-15',
      effort: 'medium',
      status: 'accepted',
      effects: [{ type: 'remove-step', stepId: 's2' }],
    }),
    action(map, 's5', {
      id: 'a2',
      title: 'Facturen onder € 500 zonder handtekening van de manager',
      description: '',
      ecrs: 'eliminate',
      owner: 'Henk (controller)',
      dueDate: '2026-12-15',
      effort: 'low',
      status: 'accepted',
      effects: [{ type: 'set-wait-time', stepId: 's5', minutes: 240 }],
    }),
    action(map, 's9', {
      id: 'a3',
      title: 'Papieren archief afschaffen',
      description: 'Het digitale archief in AFAS is voldoende voor de fiscus.',
      ecrs: 'eliminate',
      owner: '',
      dueDate: '',
      effort: 'low',
      status: 'proposed',
      effects: [{ type: 'remove-step', stepId: 's9' }],
    }),
  ];
  return {
    ...map,
    actions,
    goal: {
      text: 'Elke factuur binnen een week betaald, zonder aanmaning.',
      targets: [
        { metric: 'leadTimeMinutes', value: 2400, dueDate: '2027-03-01' },
        { metric: 'handoffsPerCase', value: 3, dueDate: '' },
      ],
    },
    rootCauses: [
      { findingId: 'defects:rework:f12', whys: ['Facturen missen het ordernummer', 'Leveranciers weten niet dat het verplicht is', 'Het staat niet in de inkoopvoorwaarden'] },
    ],
  };
}

/** The English travel fixture with three actions: two accepted, one proposed. */
export function travelWithActions(): ProcessMap {
  const map = loadFixture('travel-request');
  const actions: Action[] = [
    action(map, 's2', {
      id: 'a1',
      title: 'Replace the Word form with a web form with required fields',
      description: 'Only the fields that still apply, checked as the traveller types.',
      ecrs: 'simplify',
      owner: 'Sarah Okafor',
      dueDate: '2026-12-01',
      effort: 'medium',
      status: 'accepted',
      effects: [
        { type: 'set-process-time', stepId: 's2', minutes: 10 },
        { type: 'set-complete-accurate', stepId: 's2', value: 0.95 },
      ],
    }),
    action(map, 's5', {
      id: 'a2',
      title: 'Pre-approve trips within the yearly travel budget',
      description: '',
      ecrs: 'eliminate',
      owner: 'Finance director',
      dueDate: '2026-12-20',
      effort: 'low',
      status: 'accepted',
      effects: [{ type: 'set-wait-time', stepId: 's5', minutes: 120 }],
    }),
    action(map, 's8', {
      id: 'a3',
      title: 'Book directly in the agency portal',
      description: 'No quote round trip for standard trips.',
      ecrs: 'combine',
      owner: 'Management assistant',
      dueDate: '2027-03-01',
      effort: 'high',
      status: 'proposed',
      effects: [{ type: 'remove-step', stepId: 's8' }],
    }),
  ];
  return { ...map, actions };
}

/**
 * A map of `count` steps in a chain over four lanes, every label very long, no actions and
 * no positions (all at 0,0, as an import might leave them): the worst case for drawing.
 */
export function longChainMap(count: number): ProcessMap {
  const lanes = ['a', 'b', 'c', 'd'].map((id, index) => ({
    id,
    name: `Afdeling ${index + 1} met een heel erg lange naam die nergens op past en maar doorgaat`,
  }));
  const longLabel = (index: number): string =>
    `Stap ${index}: ${'Controleren en opnieuw controleren van de aangeleverde gegevens '.repeat(4)}Supercalifragilisticexpialidocious${'X'.repeat(80)}`;
  const steps: Step[] = Array.from({ length: count }, (_unused, index) => ({
    id: `s${index}`,
    type: index === 0 ? 'start' : index === count - 1 ? 'end' : 'activity',
    label: longLabel(index),
    laneId: lanes[index % lanes.length]?.id ?? 'a',
    processTime: index === 0 || index === count - 1 ? 0 : 5 + (index % 7),
    waitTime: index % 3 === 0 ? 0 : 60 * (index % 5),
    completeAccurate: 1,
    valueType: 'business-required',
    activity: 'work',
    system: index % 2 === 0 ? 'Een systeem met een hele lange naam' : '',
    position: { x: 0, y: 0 },
  }));
  const flows = steps.slice(1).map((step, index) => ({
    id: `f${index}`,
    from: `s${index}`,
    to: step.id,
    rework: false,
    medium: 'other' as const,
    label: '',
  }));
  return {
    format: 'stroomlijn-map',
    schemaVersion: 2,
    meta: { title: 'Lange keten', description: '', organisation: '', author: '', language: 'nl', createdAt: '', updatedAt: '' },
    settings: { casesPerYear: 1000, hoursPerDay: 8, currency: 'EUR', defaultHourlyCost: 45, workdayStart: '09:00' },
    lanes,
    steps,
    flows,
    annotations: [],
    actions: [],
    dismissedFindings: [],
    rootCauses: [],
    future: null,
  };
}

/** The files of a zip (a .docx) by name. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The text of each paragraph of a WordprocessingML part, in order, entities decoded. */
export function docxParagraphs(xml: string): { style: string | null; text: string }[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((paragraph) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: (paragraph.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
      .map((run) => run.replace(/<[^>]+>/g, ''))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  }));
}

export function docxDocumentXml(bytes: Uint8Array): string {
  const document = unzip(bytes)['word/document.xml'];
  if (!document) throw new Error('no word/document.xml in the docx');
  return strFromU8(document);
}
