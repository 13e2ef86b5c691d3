import { describe, expect, it } from 'vitest';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanMarkdown } from '../../shared/plan/markdown';
import type { PlanDocument } from '../../shared/plan/types';
import { GENERATED_AT, invoicesWithActions, travelWithActions } from './planFixtures';

/** The cells of the action table, by column header. */
function actionColumn(document: PlanDocument, header: string): string[] {
  const table = document.sections.find((section) => section.id === 'actions')?.blocks.find((block) => block.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('no action table');
  const column = table.columns.findIndex((candidate) => candidate.header === header);
  return table.rows.map((row) => row[column] ?? '');
}

describe('the plan never prints a placeholder', () => {
  it('leaves out a missing description, organisation and author instead of "nog geen beschrijving" or "—"', () => {
    const base = invoicesWithActions();
    const map = { ...base, meta: { ...base.meta, description: '', organisation: '', author: '' } };
    const document = buildPlanContent(map, { generatedAt: GENERATED_AT });
    const markdown = renderPlanMarkdown(document);
    expect(markdown).not.toContain('De kaart heeft nog geen beschrijving');
    expect(document.titlePage.facts.map((fact) => fact.label)).toEqual(['Proces', 'Datum']);
    expect(document.titlePage.facts.map((fact) => fact.value)).not.toContain('—');
  });

  it('says honestly that an owner or a date has not been chosen yet', () => {
    // Action a3 of the Dutch fixture has no owner and no date.
    const dutch = buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT });
    expect(actionColumn(dutch, 'Eigenaar')).toEqual(['Fatima (secretariaat)', 'Henk (controller)', 'nog niet gekozen']);
    expect(actionColumn(dutch, 'Deadline')).toEqual(['15 januari 2027', '15 december 2026', 'nog niet gepland']);
    const base = travelWithActions();
    const english = buildPlanContent({ ...base, actions: base.actions.map((action) => ({ ...action, owner: '', dueDate: '', findingIds: [] })) }, { generatedAt: GENERATED_AT });
    expect(actionColumn(english, 'Owner')).toEqual(['not chosen yet', 'not chosen yet', 'not chosen yet']);
    expect(actionColumn(english, 'Due')).toEqual(['not planned yet', 'not planned yet', 'not planned yet']);
    expect(actionColumn(english, 'Why (findings)')).toEqual(['no finding linked', 'no finding linked', 'no finding linked']);
    for (const document of [dutch, english]) {
      for (const section of document.sections) {
        for (const block of section.blocks) {
          if (block.kind === 'table') for (const row of block.rows) expect(row, section.id).not.toContain('—');
        }
      }
    }
  });
});

describe('the plan says what its hours are', () => {
  it('calls the hours of a wait the waiting time of cases, not work, and says it once', () => {
    const markdown = renderPlanMarkdown(buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT }));
    // The wait before the manager signs: 20/17 visits × 3 working days × 2,400 cases = 67,765 hours a year.
    const line = markdown.split('\n').find((candidate) => candidate.startsWith('- **Lange wachttijd')) ?? '';
    expect(line).toContain('liggen zaken hierdoor samen ongeveer 67.765 uur stil (wachttijd, geen werktijd)');
    expect(line.split('67.765').length - 1).toBe(1);
    expect(markdown).not.toMatch(/uur (per jaar )?vertraging/);
    const english = renderPlanMarkdown(buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT, language: 'en' }));
    expect(english).toContain('cases together lie idle for about 67,765 hours because of this (waiting time, not working time)');
  });
});

describe('a plan without accepted actions', () => {
  it('states today’s figures instead of "from 10,1 to 10,1 working days" and a saving of nothing', async () => {
    const { loadFixture } = await import('./planFixtures');
    const markdown = renderPlanMarkdown(buildPlanContent(loadFixture('inkomende-facturen'), { generatedAt: GENERATED_AT }));
    // LT 82710/17 min = 10.1 working days; handoffs 80/17 = 4.7; right first time 0.587 = 59%.
    expect(markdown).toContain('Nu is de doorlooptijd 10,1 werkdagen, wordt een zaak 4,7 keer overgedragen en is 59% van de zaken in één keer goed.');
    expect(markdown).not.toContain('van 10,1 werkdagen naar 10,1 werkdagen');
    expect(markdown).not.toContain('Totale besparing per jaar');
    // With actions the change and the saving are there.
    expect(renderPlanMarkdown(buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT }))).toContain('Totale besparing per jaar');
  });
});
