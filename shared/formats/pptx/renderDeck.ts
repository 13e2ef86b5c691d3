import PptxGenJS from 'pptxgenjs';
import { getTranslator } from '../../i18n/translator';
import { exportableCopy } from '../../plan/exportText';
import type { PlanDocument } from '../../plan/types';
import { defineMaster, langTag, type DeckFrame } from './deckFrame';
import { deckPictures, type Rasterize } from './deckPictures';
import {
  actionTableSlides,
  beforeAfterSlide,
  distributionSlide,
  findingsSlide,
  nextStepsSlide,
  pickSlide,
  processSlide,
  timeSlide,
  titleSlide,
} from './deckSlides';

export type { Rasterize } from './deckPictures';

/**
 * The meeting deck (domain.md section 12) as a PowerPoint file, made with pptxgenjs from
 * the plan's content model, so every figure is the plan's: title; the process today (whole
 * map and key figures); where the time goes (native chart and the longest waits); the most
 * costly findings; the PICK chart; the actions with owners and dates; before and after
 * (future map and native, editable bar charts); the lead-time distribution; next steps.
 * 16:9, in the plan's language, speaker notes on every slide, one master with the
 * organisation's name. Build `plan` with `overviewMaps: true` for the map pictures.
 * Returns the bytes of the .pptx file.
 */
export async function renderDeckPptx(source: PlanDocument, rasterize: Rasterize): Promise<Uint8Array> {
  // Every text through exportableText (characters XML cannot hold); pptxgenjs escapes markup.
  const plan = exportableCopy(source);
  const t = getTranslator(plan.language) as (key: string, options?: Record<string, unknown>) => string;
  const pictures = await deckPictures(plan, rasterize);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${t('deck:kind')}: ${plan.titlePage.title}`;
  pptx.subject = plan.titlePage.description;
  pptx.company = plan.meeting.organisation;
  pptx.author = 'Stroomlijn';
  const frame: DeckFrame = { pptx, language: plan.language, lang: langTag(plan.language) };
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  defineMaster(pptx, [plan.meeting.organisation, plan.titlePage.title].filter((part) => part !== '').join(' · '));

  titleSlide(frame, plan, t);
  processSlide(frame, plan, pictures, t);
  timeSlide(frame, plan, t);
  findingsSlide(frame, plan, t);
  pickSlide(frame, plan, t);
  actionTableSlides(frame, plan, t);
  beforeAfterSlide(frame, plan, pictures, t);
  distributionSlide(frame, plan, pictures, t);
  nextStepsSlide(frame, plan, t);

  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  return bytes as Uint8Array;
}
