import { describe, expect, it, vi } from 'vitest';
import { analyseMap } from '../../../shared/analysis/analyseMap';
import type { ExportFileRequest, PrintPlanToPdfRequest } from '../../../shared/ipc/contract';
import { createFakeBridge } from '../../../tests/helpers/fakeBridge';
import { GENERATED_AT, invoicesWithActions } from '../../../tests/unit/planFixtures';
import { computeInsights } from '../../../shared/improve/insights';
import type { InsightService } from '../../base/analysis/insightServiceTypes';
import { createDocumentStore } from '../../base/store/documentStore';
import { createExportController } from './exportController';

function setup(kind: 'electron' | 'browser' = 'electron', pdf: Uint8Array | null = new Uint8Array([0x25, 0x50, 0x44, 0x46])) {
  const exportFile = vi.fn((request: ExportFileRequest) => Promise.resolve({ ok: true as const, fileName: `${request.suggestedName}.${request.kind}` }));
  const printPlanToPdf = vi.fn((_request: PrintPlanToPdfRequest) =>
    Promise.resolve(pdf === null ? { ok: false as const, reason: 'failed' as const, message: 'ETIMEDOUT' } : { ok: true as const, pdf }),
  );
  const bridge = { ...createFakeBridge({ exportFile, printPlanToPdf }), kind };
  const map = invoicesWithActions();
  const documents = createDocumentStore(map);
  const controller = createExportController({ documents, bridge, now: () => new Date(GENERATED_AT) });
  return { controller, exportFile, printPlanToPdf, map };
}

describe('the export controller', () => {
  it("offers the map's language as the plan's language", () => {
    expect(setup().controller.mapLanguage()).toBe('nl');
  });

  it('names what the plan still lacks, with the titles of the actions and findings concerned', async () => {
    const { controller, map } = setup();
    const items = await controller.planGaps();
    const planned = map.actions.filter((action) => action.status !== 'rejected');
    const owners = items.find((item) => item.gap.kind === 'owners');
    // Every planned action without an owner is named by its title, in the map's order.
    expect(owners?.names).toEqual(planned.filter((action) => action.owner.trim() === '').map((action) => action.title));
    // Findings are named by their titles, not their ids.
    const causes = items.find((item) => item.gap.kind === 'causes');
    const findings = analyseMap(map).findings;
    const causeIds = causes?.gap.kind === 'causes' ? causes.gap.findingIds : [];
    expect(causeIds.length).toBeGreaterThan(0);
    expect(causes?.names).toEqual(causeIds.map((id) => findings.find((finding) => finding.id === id)?.title));
  });

  it('saves Markdown and HTML plans in the chosen language through the bridge', async () => {
    const { controller, exportFile } = setup();
    expect(await controller.exportPlan({ format: 'md', language: 'en' })).toMatchObject({ kind: 'saved' });
    const markdown = exportFile.mock.calls[0]?.[0];
    expect(markdown?.kind).toBe('md');
    expect(markdown?.suggestedName).toMatch(/^improvement-plan-/);
    expect(String(markdown?.content)).toContain('## Management summary');

    await controller.exportPlan({ format: 'html', language: 'nl' });
    const html = exportFile.mock.calls[1]?.[0];
    expect(html?.kind).toBe('html');
    expect(String(html?.content)).toMatch(/^<!DOCTYPE html>/i);
    expect(String(html?.content)).toContain('Managementsamenvatting');
  });

  it('in Electron prints the plan HTML to PDF in main and saves the PDF bytes', async () => {
    const { controller, exportFile, printPlanToPdf } = setup('electron');
    expect(await controller.exportPlan({ format: 'pdf', language: 'nl' })).toMatchObject({ kind: 'saved' });
    expect(printPlanToPdf.mock.calls[0]?.[0].html).toContain('Managementsamenvatting');
    expect(exportFile.mock.calls[0]?.[0]).toMatchObject({ kind: 'pdf', content: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
  });

  it('reports a failed print and saves nothing', async () => {
    const { controller, exportFile } = setup('electron', null);
    expect(await controller.exportPlan({ format: 'pdf', language: 'nl' })).toEqual({ kind: 'failed', message: 'ETIMEDOUT' });
    expect(exportFile).not.toHaveBeenCalled();
  });

  it('exports the future state as one SVG of the whole map with its timeline, different from the current one', async () => {
    const { controller, exportFile, map } = setup();
    await controller.exportImage({ state: 'current', format: 'svg', language: 'nl', title: 'Huidige situatie' });
    await controller.exportImage({ state: 'future', format: 'svg', language: 'nl', title: 'Gewenste situatie' });
    const [current, future] = exportFile.mock.calls.map(([request]) => request);
    expect(current?.suggestedName).toBe(`Huidige situatie - ${map.meta.title}`);
    expect(future?.kind).toBe('svg');
    const currentSvg = String(current?.content);
    const futureSvg = String(future?.content);
    expect(currentSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // One map drawing (never cut into pages) and one timeline, nested.
    expect(currentSvg.match(/<svg /g)?.length).toBe(3);
    expect(currentSvg).toContain('Doorlooptijd');
    expect(futureSvg).not.toBe(currentSvg);
  });

  it("builds the plan from the insight service's comparison instead of comparing the states again", async () => {
    const map = invoicesWithActions();
    const insights = computeInsights(map, { withSuggestionSavings: false });
    // A title only the service's comparison has shows that the plan used it.
    const first = insights.comparison.current.findings[0];
    if (!first) throw new Error('the fixture has findings');
    first.title = 'Titel uit de vergelijking van de dienst';
    const whenCurrent = vi.fn(() => Promise.resolve(insights));
    const service = { whenCurrent } as unknown as InsightService;
    const exportFile = vi.fn((request: ExportFileRequest) => Promise.resolve({ ok: true as const, fileName: request.suggestedName }));
    const controller = createExportController({ documents: createDocumentStore(map), bridge: createFakeBridge({ exportFile }), insights: service, now: () => new Date(GENERATED_AT) });
    await controller.exportPlan({ format: 'md', language: 'nl' });
    expect(whenCurrent).toHaveBeenCalledTimes(1);
    expect(String(exportFile.mock.calls[0]?.[0].content)).toContain('Titel uit de vergelijking van de dienst');
    // In another language the findings are worded anew, so the plan compares in that language.
    await controller.exportPlan({ format: 'md', language: 'en' });
    expect(String(exportFile.mock.calls[1]?.[0].content)).not.toContain('Titel uit de vergelijking van de dienst');
  });
});
