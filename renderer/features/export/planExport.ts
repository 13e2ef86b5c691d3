import type { Comparison } from '../../../shared/improve/comparison';
import type { ExportFileKind } from '../../../shared/ipc/contract';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { buildPlanContent } from '../../../shared/plan/content';
import { renderPlanHtml } from '../../../shared/plan/html';
import { renderPlanMarkdown } from '../../../shared/plan/markdown';
import { addPngFallbacks } from '../../../shared/plan/planImages';
import type { PlanDocument } from '../../../shared/plan/types';

export const PLAN_FILE_FORMATS = ['docx', 'pptx', 'pdf', 'html', 'md'] as const;
export type PlanFileFormat = (typeof PLAN_FILE_FORMATS)[number];

export interface PlanFileRequest {
  map: ProcessMap;
  format: PlanFileFormat;
  language: Language;
  /** ISO 8601; the plan's date. */
  generatedAt: string;
  /** The map's file name, named on the title page ("Made with Stroomlijn from …"). */
  sourceFileName: string | null;
  /** The insight service's comparison of `map`, so the plan does not compare the states again. */
  comparison?: Comparison;
  /** SVG → PNG (rasterize.ts); only Word needs PNG fallbacks. */
  rasterize: (svg: string, widthPx: number) => Promise<Uint8Array>;
}

/** A plan file ready for bridge.exportFile, or the HTML the PDF is printed from. */
export interface PlanFile {
  kind: ExportFileKind;
  suggestedName: string;
  content: string | Uint8Array;
}

export function buildPlanDocument(
  request: Pick<PlanFileRequest, 'map' | 'language' | 'generatedAt' | 'sourceFileName' | 'comparison'> & { overviewMaps?: boolean },
): PlanDocument {
  return buildPlanContent(request.map, {
    language: request.language,
    overviewMaps: request.overviewMaps === true,
    generatedAt: request.generatedAt,
    ...(request.comparison ? { comparison: request.comparison } : {}),
    ...(request.sourceFileName === null ? {} : { sourceFileName: request.sourceFileName }),
  });
}

/**
 * The improvement plan of the map in one format, from the shared content model (the same
 * text, numbers and drawings as the command line's): Word with SVG maps and PNG fallbacks
 * (docx is loaded only now, in its own chunk, so the editor starts without it), HTML
 * self-contained, Markdown with the maps described in words (one file, no side files),
 * and for PDF the HTML that Chromium prints.
 */
export async function buildPlanFile(request: PlanFileRequest): Promise<PlanFile> {
  const plan = buildPlanDocument({ ...request, overviewMaps: request.format === 'pptx' });
  const suggestedName = plan.fileStem;
  switch (request.format) {
    case 'html':
    case 'pdf':
      return { kind: request.format, suggestedName, content: renderPlanHtml(plan) };
    case 'md':
      return { kind: 'md', suggestedName, content: renderPlanMarkdown(plan, { imageHref: () => null }) };
    case 'docx': {
      const { renderPlanDocx } = await import('../../../shared/plan/docx');
      const withPngs = await addPngFallbacks(plan, (svg, widthPx) => request.rasterize(svg, widthPx));
      return { kind: 'docx', suggestedName, content: await renderPlanDocx(withPngs) };
    }
    case 'pptx': {
      // The deck for the meeting, from the same content model; pptxgenjs in its own chunk too.
      const { renderDeckPptx } = await import('../../../shared/formats/pptx/renderDeck');
      return { kind: 'pptx', suggestedName: plan.fileStem, content: await renderDeckPptx(plan, (svg, widthPx) => request.rasterize(svg, widthPx)) };
    }
  }
}
