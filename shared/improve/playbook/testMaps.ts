import { buildTestMap } from '../../analysis/testState';
import type { ProcessMap } from '../../model/types';

/**
 * Test support: a map built so that every finding category occurs and every countermeasure
 * of the playbook has something to act on (an application for a grant, in Dutch):
 * - transport, inventory and non-value-adding: a1 takes requests out of the post tray in rounds;
 * - defects: a2 (Excel) and a4 (check) and a9 (e-mail to the applicant) below 90% %C&A, and
 *   rework from the applicant (a10) back to a2, reached through decision d1;
 * - motion: searching (a3, also non-value-adding), a switch from Excel to SharePoint (a2 → a3), a tag on a11;
 * - waiting, extra processing, handoff: the team leader's approval a5 (3 days' wait, paper in,
 *   after the check a4, which makes two checks), typed twice in Excel and AFAS (a6);
 * - non-utilized talent: the team leader (€80) types into AFAS (a6) and is tagged at a5;
 * - overproduction: a copy for the archive (a8), tagged, made in rounds after a7.
 */
export function buildKitchenSinkMap(): ProcessMap {
  return buildTestMap({
    language: 'nl',
    settings: { casesPerYear: 1200, defaultHourlyCost: 45 },
    lanes: [
      { id: 'klant', name: 'Aanvrager' },
      { id: 'sec', name: 'Secretariaat', hourlyCost: 40 },
      { id: 'tl', name: 'Teamleider', hourlyCost: 80 },
      { id: 'fin', name: 'Financiën', hourlyCost: 55 },
    ],
    steps: [
      { id: 'start', type: 'start', label: 'Aanvraag komt binnen', laneId: 'klant' },
      {
        id: 'a1',
        label: 'Aanvraag uit de postbak halen',
        laneId: 'sec',
        processTime: 4,
        waitTime: 240,
        batchInterval: 960,
        activity: 'transport',
        valueType: 'non-value-adding',
        system: 'Papier',
        position: { x: 200, y: 230 },
      },
      { id: 'a2', label: 'Aanvraag registreren in Excel', laneId: 'sec', processTime: 6, completeAccurate: 0.8, activity: 'data-entry', system: 'Excel', position: { x: 400, y: 230 } },
      { id: 'a3', label: 'Dossier zoeken', laneId: 'sec', processTime: 10, activity: 'search', valueType: 'non-value-adding', system: 'SharePoint', position: { x: 600, y: 230 } },
      { id: 'a4', label: 'Aanvraag controleren', laneId: 'sec', processTime: 5, waitTime: 60, completeAccurate: 0.85, activity: 'check', system: 'SharePoint', position: { x: 800, y: 230 } },
      {
        id: 'a5',
        label: 'Teamleider keurt goed',
        laneId: 'tl',
        processTime: 3,
        waitTime: 1440,
        activity: 'approval',
        wastes: ['non-utilized-talent'],
        position: { x: 1000, y: 410 },
      },
      { id: 'd1', type: 'decision', label: 'Akkoord?', laneId: 'tl', processTime: 1, position: { x: 1200, y: 410 } },
      { id: 'a6', label: 'Gegevens invoeren in AFAS', laneId: 'tl', processTime: 8, waitTime: 480, activity: 'data-entry', system: 'AFAS', position: { x: 1400, y: 410 } },
      { id: 'a7', label: 'Betaling klaarzetten', laneId: 'fin', processTime: 2, waitTime: 1200, batchInterval: 2400, valueType: 'value-adding', system: 'AFAS', position: { x: 1600, y: 590 } },
      { id: 'a8', label: 'Kopie maken voor het archief', laneId: 'fin', processTime: 3, waitTime: 480, batchInterval: 960, wastes: ['overproduction'], position: { x: 1800, y: 590 } },
      { id: 'a9', label: 'Aanvrager mailen om aanvulling', laneId: 'sec', processTime: 5, completeAccurate: 0.7, activity: 'communication', system: 'Outlook', position: { x: 1400, y: 230 } },
      { id: 'a10', label: 'Aanvulling sturen', laneId: 'klant', processTime: 10, waitTime: 2400, position: { x: 1400, y: 50 } },
      { id: 'a11', label: 'Rondlopen met de map', laneId: 'sec', processTime: 4, wastes: ['motion'], position: { x: 2000, y: 230 } },
      { id: 'end', type: 'end', label: 'Subsidie uitbetaald', laneId: 'sec', position: { x: 2200, y: 230 } },
    ],
    flows: [
      ['start', 'a1', { medium: 'email' }],
      ['a1', 'a2', { medium: 'paper' }],
      ['a2', 'a3'],
      ['a3', 'a4'],
      ['a4', 'a5', { medium: 'paper' }],
      ['a5', 'd1'],
      ['d1', 'a6', { probability: 0.9, label: 'ja' }],
      ['d1', 'a9', { probability: 0.1, label: 'nee' }],
      ['a9', 'a10', { medium: 'email' }],
      ['a10', 'a2', { rework: true, medium: 'email' }],
      ['a6', 'a7', { medium: 'system' }],
      ['a7', 'a8'],
      ['a8', 'a11', { medium: 'paper' }],
      ['a11', 'end'],
    ],
  });
}
