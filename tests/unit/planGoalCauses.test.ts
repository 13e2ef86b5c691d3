import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../shared/analysis/analyseMap';
import { buildPlanContent } from '../../shared/plan/content';
import { renderPlanHtml } from '../../shared/plan/html';
import { renderPlanMarkdown } from '../../shared/plan/markdown';
import type { PlanDocument, PlanSection } from '../../shared/plan/types';
import { renderPlanDocx } from '../../shared/plan/docx';
import { docxDocumentXml, docxParagraphs, GENERATED_AT, invoicesWithActions, travelWithActions } from './planFixtures';

/** The text of a Word plan, a paragraph per line. */
function docxText(bytes: Uint8Array): string {
  return docxParagraphs(docxDocumentXml(bytes)).map((paragraph) => paragraph.text).join('\n');
}

function section(document: PlanDocument, id: string): PlanSection | undefined {
  return document.sections.find((candidate) => candidate.id === id);
}

/** The text of a section's blocks, runs joined, one line per block or list item. */
function sectionText(found: PlanSection | undefined): string {
  return (found?.blocks ?? [])
    .flatMap((block) => {
      if (block.kind === 'heading') return [block.text];
      if (block.kind === 'paragraph') return [block.runs.map((run) => run.text).join('')];
      if (block.kind === 'list') return block.items.map((item) => item.map((run) => run.text).join(''));
      return [];
    })
    .join('\n');
}

describe('the plan’s goal and causes', () => {
  // invoicesWithActions has a goal with two targets and the "why?" chain of its rework finding.
  const map = invoicesWithActions();
  const document = buildPlanContent(map, { generatedAt: GENERATED_AT });

  it('states the goal as targets: from today’s figure to the target by a date, with what the accepted actions reach', () => {
    // Lead time now 82710/17 min = 10.1 working days; target 2400 min = 5 working days by 1 March 2027.
    // Handoffs now 80/17 = 4.7 per case, target 3; the accepted actions change no handoffs.
    const text = sectionText(section(document, 'goal'));
    expect(section(document, 'goal')?.title).toBe('Doel');
    expect(text).toContain('Elke factuur binnen een week betaald, zonder aanmaning.');
    expect(text).toContain('Doorlooptijd van 10,1 naar 5 werkdagen vóór 1 maart 2027');
    expect(text).toContain('Overdrachten per zaak van 4,7 naar 3');
    expect(text).toMatch(/met de aangenomen acties: \d+,\d werkdagen/);
    // Follow-up measures against the team's own targets.
    expect(sectionText(section(document, 'follow-up'))).toContain('Doorlooptijd: nu 10,1 werkdagen, doel 5 werkdagen.');
  });

  it('prints the "why?" chain of each finding with the last answer as its root cause', () => {
    const causes = section(document, 'causes');
    expect(causes?.title).toBe('Oorzaken');
    const text = sectionText(causes);
    const finding = analyseMap(map).findings.find((candidate) => candidate.id === 'defects:rework:f12');
    expect(text).toContain(finding?.title ?? 'missing');
    expect(text).toContain('Waarom? Facturen missen het ordernummer');
    expect(text).toContain('Waarom? Leveranciers weten niet dat het verplicht is');
    expect(text).toContain('Grondoorzaak: Het staat niet in de inkoopvoorwaarden');
    // In the A3 order: goal after the current state, causes after the findings, before the actions.
    const ids = document.sections.map((candidate) => candidate.id);
    expect(ids.indexOf('goal')).toBe(ids.indexOf('current-state') + 1);
    expect(ids.indexOf('causes')).toBe(ids.indexOf('findings') + 1);
  });

  it('carries both into every format', async () => {
    for (const text of [renderPlanMarkdown(document), renderPlanHtml(document), docxText(await renderPlanDocx(document))]) {
      expect(text).toContain('Oorzaken');
      expect(text).toContain('Grondoorzaak');
      expect(text).toContain('vóór 1 maart 2027');
    }
  });

  it('leaves both sections out when the map has neither, instead of printing a placeholder', () => {
    const plain = buildPlanContent(travelWithActions(), { generatedAt: GENERATED_AT });
    expect(section(plain, 'goal')).toBeUndefined();
    expect(section(plain, 'causes')).toBeUndefined();
  });
});
