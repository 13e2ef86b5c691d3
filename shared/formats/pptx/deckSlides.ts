import type PptxGenJS from 'pptxgenjs';
import type { PlanActionEntry, PlanDocument } from '../../plan/types';
import {
  ACCENT,
  AFTER_COLOR,
  BEFORE_COLOR,
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_WIDTH,
  FONT,
  INK,
  MARGIN,
  MUTED,
  WAIT_COLOR,
  WORK_COLOR,
  addBullets,
  addFittedText,
  addPicture,
  addSlide,
  type Box,
  type DeckFrame,
} from './deckFrame';
import { fitText, wholeWordsFontPt } from './deckText';
import type { DeckPictures } from './deckPictures';

/** The slides of the meeting deck (domain.md section 12), each from the plan's content model. */

type Translate = (key: string, options?: Record<string, unknown>) => string;

const TABLE_FONT_PT = 14;
const TABLE_ROW_INCHES = 0.62;
const ACTIONS_PER_SLIDE = 7;

/** A table whose cells are fitted to their column (two lines at most): rows never grow past the slide. */
function addFittedTable(
  frame: DeckFrame,
  slide: PptxGenJS.Slide,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  columnWidths: readonly number[],
  box: { x: number; y: number },
  align: readonly ('left' | 'right' | 'center')[] = [],
): void {
  const cell = (text: string, column: number, bold: boolean): PptxGenJS.TableCell => ({
    // A little narrower than the column: the cell's own margins and borders.
    text: fitText(text, (columnWidths[column] ?? 1) - 0.1, TABLE_FONT_PT, 2, bold),
    options: { bold, align: align[column] ?? 'left', valign: 'middle', ...(bold ? { fill: { color: 'EEF1F5' } } : {}) },
  });
  slide.addTable([header.map((text, column) => cell(text, column, true)), ...rows.map((row) => row.map((text, column) => cell(text, column, false)))], {
    x: box.x,
    y: box.y,
    // Without w and h the table's frame says 10 inches wide, past the slide's edge.
    w: columnWidths.reduce((sum, width) => sum + width, 0),
    h: (rows.length + 1) * TABLE_ROW_INCHES,
    colW: [...columnWidths],
    rowH: TABLE_ROW_INCHES,
    fontSize: TABLE_FONT_PT,
    fontFace: FONT,
    color: INK,
    border: { type: 'solid', color: 'CBD2D9', pt: 0.75 },
    margin: [0.04, 0.1, 0.04, 0.1],
    autoPage: false,
  });
}

export function titleSlide(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const slide = addSlide(frame, plan.titlePage.title, t('deck:titleNotes'), 'title');
  const facts = plan.titlePage.facts.filter((fact) => fact.value.trim() !== '' && fact.value !== '—').map((fact) => `${fact.label}: ${fact.value}`);
  addFittedText(frame, slide, t('deck:kind').toUpperCase(), { x: MARGIN, y: 2.0, w: CONTENT_WIDTH, h: 0.5 }, { fontPt: 16, bold: true, color: ACCENT });
  if (plan.titlePage.description.trim() !== '') addFittedText(frame, slide, plan.titlePage.description, { x: MARGIN, y: 4.15, w: CONTENT_WIDTH, h: 1.0 }, { fontPt: 18, color: MUTED, maxLines: 2 });
  addFittedText(frame, slide, facts.join('   ·   '), { x: MARGIN, y: 5.4, w: CONTENT_WIDTH, h: 0.9 }, { fontPt: 16, color: MUTED, maxLines: 2 });
}

/** The process on one slide: the whole current map, and the figures that matter beside it. */
export function processSlide(frame: DeckFrame, plan: PlanDocument, pictures: DeckPictures, t: Translate): void {
  const { meeting } = plan;
  const figures = meeting.figures;
  const notes = figures
    ? t('deck:process.notes', { title: plan.titlePage.title, cases: meeting.cases, steps: meeting.steps, lanes: meeting.lanes, leadTime: figures.now.leadTime, processTime: figures.now.processTime })
    : t('deck:process.noFigures');
  const slide = addSlide(frame, t('deck:process.title'), notes);
  const picture = pictures.currentMap;
  // A wide map (most are) takes the full width with the figures in a row below it; a tall one has them beside it.
  const wide = !picture || picture.widthPx / Math.max(1, picture.heightPx) > 1.9;
  const tilesBox: Box = wide ? { x: MARGIN, y: CONTENT_BOTTOM - 1.3, w: CONTENT_WIDTH, h: 1.3 } : { x: MARGIN + 8.7, y: CONTENT_TOP, w: CONTENT_WIDTH - 8.7, h: CONTENT_BOTTOM - CONTENT_TOP };
  const pictureBox: Box = wide ? { x: MARGIN, y: CONTENT_TOP, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - CONTENT_TOP - 1.5 } : { x: MARGIN, y: CONTENT_TOP, w: 8.4, h: CONTENT_BOTTOM - CONTENT_TOP };
  if (picture) addPicture(slide, picture.png, picture.widthPx, picture.heightPx, pictureBox, picture.alt);
  if (!figures) {
    addFittedText(frame, slide, t('deck:process.noFigures'), tilesBox, { fontPt: 16, color: MUTED });
    return;
  }
  const tiles: [string, string][] = [
    [t('deck:process.leadTime'), figures.now.leadTime],
    [t('deck:process.processTime'), figures.now.processTime],
    [t('deck:process.handoffs'), figures.now.handoffs],
    [t('deck:process.rightFirstTime'), figures.now.rightFirstTime],
    [t('deck:process.annualCost'), figures.now.annualCost],
  ];
  const tileW = wide ? tilesBox.w / tiles.length : tilesBox.w;
  const tileH = wide ? tilesBox.h : tilesBox.h / tiles.length;
  tiles.forEach(([label, value], index) => {
    const x = wide ? tilesBox.x + index * tileW : tilesBox.x;
    const y = wide ? tilesBox.y : tilesBox.y + index * tileH;
    slide.addShape('rect', { x, y: y + 0.05, w: 0.08, h: Math.min(1, tileH - 0.15), fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
    addFittedText(frame, slide, label, { x: x + 0.15, y, w: tileW - 0.25, h: 0.4 }, { fontPt: 14, color: MUTED, maxLines: 1 });
    // A figure stays whole: a long amount gets smaller type rather than a break inside the number.
    const valueFontPt = wholeWordsFontPt(value, tileW - 0.2, [18, 16, 14, 12], 2, true);
    addFittedText(frame, slide, value, { x: x + 0.15, y: y + 0.36, w: tileW - 0.2, h: 0.85 }, { fontPt: valueFontPt, bold: true, maxLines: 2 });
  });
}

/** Waiting against working for one case (a native doughnut chart) and the longest waits. */
export function timeSlide(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const { time, longestWaits } = plan.meeting;
  const notes = time ? t('deck:time.notes', { lead: time.leadText, wait: time.waitText, share: time.waitShareText, process: time.processText }) : t('deck:process.noFigures');
  const slide = addSlide(frame, t('deck:time.title'), notes);
  if (time) {
    slide.addChart(
      'doughnut',
      [{ name: t('deck:time.chartTitle'), labels: [t('deck:time.waiting'), t('deck:time.working')], values: [time.waitHours, time.processHours] }],
      {
        x: MARGIN,
        y: CONTENT_TOP,
        w: 5.2,
        h: CONTENT_BOTTOM - CONTENT_TOP,
        chartColors: [WAIT_COLOR, WORK_COLOR],
        holeSize: 55,
        showTitle: true,
        title: t('deck:time.chartTitle'),
        titleFontSize: 16,
        titleFontFace: FONT,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 14,
        legendFontFace: FONT,
        showPercent: true,
        showValue: false,
        dataLabelFontSize: 14,
        dataLabelColor: 'FFFFFF',
      },
    );
  }
  const tableX = MARGIN + 5.6;
  addFittedText(frame, slide, t('deck:time.longestWaits'), { x: tableX, y: CONTENT_TOP, w: CONTENT_WIDTH - 5.6, h: 0.5 }, { fontPt: 18, bold: true, maxLines: 1 });
  if (longestWaits.length === 0) {
    addFittedText(frame, slide, t('deck:time.noWaits'), { x: tableX, y: CONTENT_TOP + 0.6, w: CONTENT_WIDTH - 5.6, h: 0.5 }, { fontPt: 16, color: MUTED });
    return;
  }
  addFittedTable(
    frame,
    slide,
    [t('deck:time.step'), t('deck:time.role'), t('deck:time.wait')],
    longestWaits.map((wait) => [wait.step, wait.role, wait.wait]),
    [3.3, 1.9, 1.47],
    { x: tableX, y: CONTENT_TOP + 0.6 },
    ['left', 'left', 'right'],
  );
}

export function findingsSlide(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const { topFindings } = plan.meeting;
  const notes = [t('deck:findings.notesIntro'), ...topFindings.map((finding, index) => `${index + 1}. ${finding.title}: ${finding.explanation} (${finding.hours}, ${finding.cost})`)].join('\n\n');
  const slide = addSlide(frame, t('deck:findings.title'), topFindings.length === 0 ? t('deck:findings.none') : notes);
  if (topFindings.length === 0) {
    addFittedText(frame, slide, t('deck:findings.none'), { x: MARGIN, y: CONTENT_TOP, w: CONTENT_WIDTH, h: 1 }, { fontPt: 20, color: MUTED });
    return;
  }
  addFittedTable(
    frame,
    slide,
    ['#', t('deck:findings.finding'), t('deck:findings.hours'), t('deck:findings.cost')],
    topFindings.map((finding, index) => [String(index + 1), finding.title, finding.hours, finding.cost]),
    [0.6, 7.8, 1.9, 1.93],
    { x: MARGIN, y: CONTENT_TOP },
    ['right', 'left', 'right', 'right'],
  );
}

const PICK_COLORS: Record<NonNullable<PlanActionEntry['quadrant']>, string> = { implement: '2F9E44', possible: '2F6FDE', challenge: 'E8590C', kill: '9AA5B1' };

/** The PICK chart drawn with shapes (editable, text stays text): effort across, payoff up; each action a numbered dot. */
export function pickSlide(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const charted = plan.meeting.actions.filter((action) => action.status !== 'rejected' && action.quadrant !== null);
  const slide = addSlide(frame, t('deck:actions.pickTitle'), t('deck:actions.pickNotes'));
  if (charted.length === 0) {
    addFittedText(frame, slide, t('deck:actions.none'), { x: MARGIN, y: CONTENT_TOP, w: CONTENT_WIDTH, h: 1 }, { fontPt: 20, color: MUTED });
    return;
  }
  const chart: Box = { x: MARGIN + 0.5, y: CONTENT_TOP, w: 5.6, h: CONTENT_BOTTOM - CONTENT_TOP - 0.5 };
  const halfW = chart.w / 2;
  const halfH = chart.h / 2;
  const quadrants: [NonNullable<PlanActionEntry['quadrant']>, number, number][] = [
    ['implement', 0, 0],
    ['challenge', 1, 0],
    ['possible', 0, 1],
    ['kill', 1, 1],
  ];
  for (const [quadrant, column, row] of quadrants) {
    const x = chart.x + column * halfW;
    const y = chart.y + row * halfH;
    slide.addShape('rect', { x, y, w: halfW, h: halfH, fill: { color: PICK_COLORS[quadrant], transparency: 88 }, line: { color: 'CBD2D9', width: 0.75 } });
    addFittedText(frame, slide, t(`plan:quadrant.${quadrant}`), { x: x + 0.05, y: y + 0.05, w: halfW - 0.1, h: 0.45 }, { fontPt: 14, bold: true, color: MUTED, maxLines: 1 });
  }
  addFittedText(frame, slide, `${t('deck:actions.effortAxis')}: ${t('deck:actions.low')} → ${t('deck:actions.high')}`, { x: chart.x, y: chart.y + chart.h + 0.05, w: chart.w, h: 0.4 }, { fontPt: 14, color: MUTED, align: 'center', maxLines: 1 });
  slide.addText(fitText(`${t('deck:actions.payoffAxis')}: ${t('deck:actions.low')} → ${t('deck:actions.high')}`, chart.h, 14, 1), {
    x: chart.x - 0.45 - chart.h / 2 + 0.2,
    y: chart.y + chart.h / 2 - 0.2,
    w: chart.h,
    h: 0.4,
    rotate: 270,
    fontSize: 14,
    fontFace: FONT,
    color: MUTED,
    align: 'center',
    lang: frame.lang,
  });
  // Dots of the same place are set side by side; low effort left, medium and high right (medium counts as high, pick.ts).
  const dot = 0.42;
  const placed = new Map<string, number>();
  charted.forEach((action) => {
    const high = action.quadrant === 'implement' || action.quadrant === 'challenge';
    const right = action.quadrant === 'challenge' || action.quadrant === 'kill';
    const xBase = chart.x + (right ? (action.effort === 'high' ? 1.5 : 1.1) * halfW : 0.45 * halfW);
    // Within its own quadrant (the quadrant is the plan's): higher up the larger its payoff.
    const share = Math.min(1, Math.max(0, action.payoffShare));
    const quadrantTop = high ? chart.y : chart.y + halfH;
    const yCentre = quadrantTop + halfH * (0.8 - 0.45 * share);
    const key = `${Math.round(xBase * 4)}:${Math.round(yCentre * 4)}`;
    const count = placed.get(key) ?? 0;
    placed.set(key, count + 1);
    const x = Math.min(chart.x + chart.w - dot, xBase + (count % 4) * (dot + 0.05) - dot / 2);
    const y = Math.min(chart.y + chart.h - dot, Math.max(chart.y + 0.45, yCentre + Math.floor(count / 4) * (dot + 0.05) - dot / 2));
    slide.addText(action.number, {
      shape: 'ellipse',
      x,
      y,
      w: dot,
      h: dot,
      fill: { color: PICK_COLORS[action.quadrant ?? 'kill'] },
      color: 'FFFFFF',
      bold: true,
      fontSize: 12,
      fontFace: FONT,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  });
  const legendX = chart.x + chart.w + 0.4;
  addBullets(
    frame,
    slide,
    charted.map((action) => `${action.number}. ${action.title}`),
    { x: legendX, y: CONTENT_TOP, w: MARGIN + CONTENT_WIDTH - legendX, h: CONTENT_BOTTOM - CONTENT_TOP },
    16,
    2,
  );
}

/** The actions with owners and due dates, a few per slide so the type stays large. */
export function actionTableSlides(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const { actions } = plan.meeting;
  if (actions.length === 0) return;
  const pages = Math.ceil(actions.length / ACTIONS_PER_SLIDE);
  for (let page = 0; page < pages; page += 1) {
    const title = pages === 1 ? t('deck:actions.tableTitle') : t('deck:actions.tableTitleContinued', { index: page + 1, count: pages });
    const shown = actions.slice(page * ACTIONS_PER_SLIDE, (page + 1) * ACTIONS_PER_SLIDE);
    const notes = [t('deck:actions.tableNotes'), ...shown.map((action) => `${action.number}. ${action.title}: ${action.owner}, ${action.dueDate} (${action.effortText}, ${action.quadrantText}, ${action.statusText})`)].join('\n\n');
    const slide = addSlide(frame, title, notes);
    addFittedTable(
      frame,
      slide,
      [t('deck:actions.number'), t('deck:actions.action'), t('deck:actions.owner'), t('deck:actions.dueDate'), t('deck:actions.pick'), t('deck:actions.status')],
      shown.map((action) => [action.number, action.title, action.owner, action.dueDate, action.quadrantText, action.statusText]),
      [0.7, 4.3, 2.2, 1.8, 1.6, 1.63],
      { x: MARGIN, y: CONTENT_TOP },
      ['right', 'left', 'left', 'left', 'left', 'left'],
    );
  }
}

/** Before and after: the future map and two native, editable bar charts of the plan's figures. */
export function beforeAfterSlide(frame: DeckFrame, plan: PlanDocument, pictures: DeckPictures, t: Translate): void {
  const figures = plan.meeting.figures;
  const rows = figures?.rows.map((row) => `${row.label}: ${row.before} → ${row.after} (${row.change})`) ?? [];
  const applied = plan.meeting.actions.some((action) => action.status === 'accepted' || action.status === 'done');
  const notes = [t('deck:future.notes'), ...(applied ? [] : [t('deck:future.noActions')]), ...rows].join('\n\n');
  const slide = addSlide(frame, t('deck:future.title'), notes);
  const pictureBox: Box = { x: MARGIN, y: CONTENT_TOP, w: 7.4, h: CONTENT_BOTTOM - CONTENT_TOP };
  if (pictures.futureMap) addPicture(slide, pictures.futureMap.png, pictures.futureMap.widthPx, pictures.futureMap.heightPx, pictureBox, pictures.futureMap.alt);
  if (!figures) return;
  const seriesNames = [t('plan:figures.before'), t('plan:figures.after')];
  const chartX = MARGIN + 7.7;
  const chartW = CONTENT_WIDTH - 7.7;
  const chartH = (CONTENT_BOTTOM - CONTENT_TOP - 0.2) / 2;
  const charts: [string, { before: number; after: number }, string][] = [
    [t('deck:future.chartLeadTime'), figures.leadTimeDays, '#,##0.0'],
    [t('deck:future.chartHours'), figures.annualHours, '#,##0'],
  ];
  charts.forEach(([title, pair, formatCode], index) => {
    slide.addChart(
      'bar',
      seriesNames.map((name, series) => ({ name, labels: [title], values: [series === 0 ? pair.before : pair.after] })),
      {
        x: chartX,
        y: CONTENT_TOP + index * (chartH + 0.2),
        w: chartW,
        h: chartH,
        barDir: 'col',
        barGrouping: 'clustered',
        chartColors: [BEFORE_COLOR, AFTER_COLOR],
        showTitle: true,
        title: fitText(title, chartW, 16, 1),
        titleFontSize: 16,
        titleFontFace: FONT,
        showLegend: true,
        legendPos: 'b',
        legendFontSize: 13,
        legendFontFace: FONT,
        showValue: true,
        dataLabelFormatCode: formatCode,
        dataLabelFontSize: 14,
        dataLabelFontFace: FONT,
        valAxisHidden: true,
        valGridLine: { style: 'none' },
        catAxisHidden: true,
        valAxisMinVal: 0,
      },
    );
  });
}

/** The lead-time distribution: the plan's histogram and its sentences. */
export function distributionSlide(frame: DeckFrame, plan: PlanDocument, pictures: DeckPictures, t: Translate): void {
  const section = plan.sections.find((candidate) => candidate.id === 'distribution');
  const list = section?.blocks.find((block) => block.kind === 'list');
  const sentences = list?.kind === 'list' ? list.items.map((item) => item.map((run) => run.text).join('')) : [];
  const notesParagraphs = (section?.blocks ?? []).flatMap((block) => (block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : []));
  const slide = addSlide(frame, section?.title ?? t('deck:distribution.title'), [t('deck:distribution.notesIntro'), ...notesParagraphs].join('\n\n'));
  if (pictures.distribution) {
    addPicture(slide, pictures.distribution.png, pictures.distribution.widthPx, pictures.distribution.heightPx, { x: MARGIN, y: CONTENT_TOP, w: 7.6, h: CONTENT_BOTTOM - CONTENT_TOP }, pictures.distribution.alt);
  }
  const textX = MARGIN + 7.9;
  if (sentences.length > 0) addBullets(frame, slide, sentences, { x: textX, y: CONTENT_TOP, w: MARGIN + CONTENT_WIDTH - textX, h: CONTENT_BOTTOM - CONTENT_TOP }, 18, 4);
  else if (notesParagraphs[0]) addFittedText(frame, slide, notesParagraphs[0], { x: MARGIN, y: CONTENT_TOP, w: CONTENT_WIDTH, h: 1 }, { fontPt: 18, color: MUTED });
}

export function nextStepsSlide(frame: DeckFrame, plan: PlanDocument, t: Translate): void {
  const { measure, when } = plan.meeting.followUp;
  const slide = addSlide(frame, t('deck:next.title'), t('deck:next.notes'));
  const columnW = (CONTENT_WIDTH - 0.4) / 2;
  const columns: [string, string[], number][] = [
    [t('deck:next.measure'), measure, MARGIN],
    [t('deck:next.when'), when, MARGIN + columnW + 0.4],
  ];
  for (const [heading, items, x] of columns) {
    addFittedText(frame, slide, heading, { x, y: CONTENT_TOP, w: columnW, h: 0.55 }, { fontPt: 20, bold: true, color: ACCENT, maxLines: 1 });
    addBullets(frame, slide, items, { x, y: CONTENT_TOP + 0.65, w: columnW, h: CONTENT_BOTTOM - CONTENT_TOP - 0.65 }, 18, 3);
  }
}
