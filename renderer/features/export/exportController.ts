import type { ExportFileResult, StroomlijnBridge } from '../../../shared/ipc/contract';
import type { Comparison } from '../../../shared/improve/comparison';
import { currentStateOf } from '../../../shared/improve/futureState';
import type { Language } from '../../../shared/model/vocabulary';
import type { PlanGap } from '../../../shared/plan/planGaps';
import type { InsightService } from '../../base/analysis/insightServiceTypes';
import type { DocumentStore } from '../../base/store/documentStore';
import { printHtmlInBrowser } from './browserPrint';
import type { PlanFileFormat } from './planExport';
import { rasterizeSvg } from './rasterize';

export type ImageState = 'current' | 'future';
export type ImageFormat = 'png' | 'svg';

/** One thing the plan still lacks, with the names of the actions or findings it is about. */
export interface PlanGapItem {
  gap: PlanGap;
  /** Action titles (owners, due dates) or finding titles (causes); empty for background and goal. */
  names: string[];
}

/** What an export ended with, for the dialog to say. */
export type ExportOutcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'printDialog' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface ExportController {
  /** The map's language: the plan's default language. */
  mapLanguage(): Language;
  /** What the plan of the map as it is now would lack (the checklist before export); empty when nothing. */
  planGaps(): Promise<PlanGapItem[]>;
  exportPlan(choice: { format: PlanFileFormat; language: Language }): Promise<ExportOutcome>;
  exportImage(choice: { state: ImageState; format: ImageFormat; language: Language; title: string }): Promise<ExportOutcome>;
}

export interface ExportControllerOptions {
  documents: DocumentStore;
  bridge: StroomlijnBridge;
  /** The comparison the views already computed for this document (not computed a second time); without it, computed here. */
  insights?: InsightService;
  now?: () => Date;
}

function outcomeOf(result: ExportFileResult): ExportOutcome {
  if (result.ok) return { kind: 'saved', fileName: result.fileName };
  return result.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', message: result.message };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/**
 * File → Export plan / Export image: the exports themselves (which dialog is open is session
 * state). The plan and the pictures are made
 * by shared/plan from the map as it is now (also unsaved edits) and saved through the
 * bridge. PDF: Electron prints in main (printPlanToPdf) and saves the file; the browser
 * opens Chromium's print dialog on the plan ("Save as PDF").
 */
export function createExportController(options: ExportControllerOptions): ExportController {
  const { documents, bridge, insights } = options;
  const now = options.now ?? (() => new Date());
  const comparisonNow = async (): Promise<Comparison> => {
    if (insights) return (await insights.whenCurrent()).comparison;
    const { compareStates } = await import('../../../shared/improve/comparison');
    return compareStates(documents.getState().map);
  };

  return {
    mapLanguage: () => documents.getState().map.meta.language,

    async planGaps() {
      const { map } = documents.getState();
      const [{ current }, { listPlanGaps }] = await Promise.all([comparisonNow(), import('../../../shared/plan/planGaps')]);
      const actionTitle = new Map(map.actions.map((action) => [action.id, action.title]));
      const findingTitle = new Map(current.findings.map((finding) => [finding.id, finding.title]));
      return listPlanGaps(map, current).map((gap) => ({
        gap,
        names:
          gap.kind === 'owners' || gap.kind === 'due-dates' ? gap.actionIds.map((id) => actionTitle.get(id) ?? id)
          : gap.kind === 'causes' ? gap.findingIds.map((id) => findingTitle.get(id) ?? id)
          : [],
      }));
    },

    async exportPlan({ format, language }) {
      try {
        // The comparison the views already have (or are computing) for this document, rather
        // than comparing the states again; the map is read after waiting, in the same turn as
        // the comparison became current, so both belong to the same version of the document.
        // When the service could not compute it, the plan computes it (and names what failed).
        const comparison = insights ? await insights.whenCurrent().then((current) => current.comparison, () => undefined) : undefined;
        const { map, fileName } = documents.getState();
        // The plan code is loaded on the first export, not with the editor.
        const { buildPlanFile } = await import('./planExport');
        const file = await buildPlanFile({
          map,
          format,
          language,
          generatedAt: now().toISOString(),
          sourceFileName: fileName,
          rasterize: rasterizeSvg,
          ...(comparison ? { comparison } : {}),
        });
        if (format !== 'pdf') return outcomeOf(await bridge.exportFile(file));
        if (typeof file.content !== 'string') throw new Error('the PDF is printed from the plan HTML');
        if (bridge.kind === 'browser') {
          await printHtmlInBrowser(file.content);
          return { kind: 'printDialog' };
        }
        const printed = await bridge.printPlanToPdf({ html: file.content });
        if (!printed.ok) return { kind: 'failed', message: printed.message };
        return outcomeOf(await bridge.exportFile({ kind: 'pdf', suggestedName: file.suggestedName, content: printed.pdf }));
      } catch (error) {
        return { kind: 'failed', message: describe(error) };
      }
    },

    async exportImage({ state, format, language, title }) {
      try {
        const { map } = documents.getState();
        const comparison = await comparisonNow();
        // futureState is in the first bundle anyway (the shown state needs it); only the drawing is loaded here.
        const { renderStateImageSvg } = await import('./stateImage');
        const drawnState = state === 'current' ? currentStateOf(map) : comparison.futureState;
        const analysis = state === 'current' ? comparison.current : comparison.future;
        const heading = `${title} — ${map.meta.title}`;
        const drawn = renderStateImageSvg(drawnState, analysis, { language, hoursPerDay: map.settings.hoursPerDay, title, heading, idPrefix: `${state}-` });
        const suggestedName = `${title} - ${map.meta.title}`;
        const content = format === 'svg' ? drawn.svg : await rasterizeSvg(drawn.svg, drawn.widthPx);
        return outcomeOf(await bridge.exportFile({ kind: format, suggestedName, content }));
      } catch (error) {
        return { kind: 'failed', message: describe(error) };
      }
    },
  };
}
