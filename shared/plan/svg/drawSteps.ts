import type { Step } from '../../model/types';
import type { ValueType } from '../../model/vocabulary';
import { PILL_HEIGHT_PX, type StepBox } from './mapLayout';
import { estimateTextWidthPx, svgTextLines, truncateToWidth, wrapText } from './svgText';

/** Colours of the canvas (renderer/features/canvas/canvas.css), so print and screen look alike. */
export const VALUE_COLORS: Record<ValueType, { stroke: string; tint: string }> = {
  'value-adding': { stroke: '#2f8a4c', tint: '#e3f3e8' },
  'business-required': { stroke: '#b7791f', tint: '#fcf1d8' },
  'non-value-adding': { stroke: '#c53030', tint: '#fbe4e4' },
};
export const INK = '#1f2933';
export const MUTED_INK = '#52606d';
const BOX_STROKE = '#7b8794';
const INVENTORY_FILL = '#fff3c4';
const INVENTORY_STROKE = '#a86b12';
const INVENTORY_INK = '#6b4410';

const LABEL_FONT_PX = 13;
const LABEL_LINE_PX = 15;
const DATA_FONT_PX = 11.5;
const DATA_ROW_PX = 15;
const HEADER_HEIGHT_PX = 38;

/** The texts a step shows, already formatted in the drawing's language. */
export interface StepTexts {
  processTime: string;
  waitTime: string | null;
  completeAccurate: string;
  labels: { processTime: string; waitTime: string; completeAccurate: string; system: string };
}

function drawActivity(box: StepBox, texts: StepTexts): string {
  const { step, x, y, width, height } = box;
  const colors = VALUE_COLORS[step.valueType];
  // Two lines at the normal size; a label that does not fit gets three smaller lines first.
  let labelFontPx = LABEL_FONT_PX;
  let labelLinePx = LABEL_LINE_PX;
  let labelLines = wrapText(step.label, width - 12, LABEL_FONT_PX, 2, true);
  if (labelLines[1]?.endsWith('…')) {
    labelFontPx = 11;
    labelLinePx = 11.5;
    labelLines = wrapText(step.label, width - 12, labelFontPx, 3, true);
  }
  const labelTop = y + HEADER_HEIGHT_PX / 2 - ((labelLines.length - 1) * labelLinePx) / 2 + labelFontPx * 0.36;
  const rows: [string, string][] = [
    [texts.labels.processTime, texts.processTime],
    [texts.labels.waitTime, texts.waitTime ?? '–'],
    [texts.labels.completeAccurate, texts.completeAccurate],
  ];
  const labelColumnPx = Math.max(...rows.map(([label]) => estimateTextWidthPx(label, DATA_FONT_PX, true))) + 10;
  const valueWidthPx = width - labelColumnPx - 10;
  const rowBaseline = (index: number): number => y + HEADER_HEIGHT_PX + 14 + index * DATA_ROW_PX;
  const dataRows = rows
    .map(([label, value], index) =>
      svgTextLines([label], x + 6, rowBaseline(index), { fontSizePx: DATA_FONT_PX, lineHeightPx: DATA_ROW_PX, anchor: 'start', bold: true, fill: MUTED_INK }) +
      svgTextLines([truncateToWidth(value, valueWidthPx, DATA_FONT_PX)], x + 6 + labelColumnPx, rowBaseline(index), {
        fontSizePx: DATA_FONT_PX,
        lineHeightPx: DATA_ROW_PX,
        anchor: 'start',
        fill: INK,
      }),
    )
    .join('');
  // The system gets the full width, behind a small screen icon (as on the canvas).
  const system = step.system.trim();
  const systemRow =
    system === ''
      ? ''
      : `<g fill="none" stroke="${MUTED_INK}" stroke-width="1.2"><rect x="${x + 6}" y="${rowBaseline(3) - 9}" width="12" height="8" rx="1"/><path d="M${x + 9} ${rowBaseline(3) + 1}h6M${x + 12} ${rowBaseline(3) - 1}v2"/></g>` +
        svgTextLines([truncateToWidth(system, width - 30, DATA_FONT_PX)], x + 22, rowBaseline(3), { fontSizePx: DATA_FONT_PX, lineHeightPx: DATA_ROW_PX, anchor: 'start', fill: INK });
  return (
    `<g class="step step-activity">` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="#ffffff" stroke="${BOX_STROKE}" stroke-width="1.2"/>` +
    `<path d="M${x} ${y + HEADER_HEIGHT_PX}V${y + 4}a4 4 0 0 1 4 -4H${x + width - 4}a4 4 0 0 1 4 4V${y + HEADER_HEIGHT_PX}Z" fill="${colors.tint}"/>` +
    `<rect x="${x}" y="${y}" width="5" height="${HEADER_HEIGHT_PX}" fill="${colors.stroke}"/>` +
    `<line x1="${x}" y1="${y + HEADER_HEIGHT_PX}" x2="${x + width}" y2="${y + HEADER_HEIGHT_PX}" stroke="${BOX_STROKE}" stroke-width="1"/>` +
    svgTextLines(labelLines, x + width / 2 + 2, labelTop, { fontSizePx: labelFontPx, lineHeightPx: labelLinePx, bold: true, fill: INK }) +
    dataRows +
    systemRow +
    `</g>`
  );
}

function drawDecision(box: StepBox): string {
  const { step, x, y, width, height } = box;
  const colors = VALUE_COLORS[step.valueType];
  const centreX = x + width / 2;
  const centreY = y + height / 2;
  const lines = wrapText(step.label, width * 0.62, 11.5, 3, true);
  const top = centreY - ((lines.length - 1) * 13) / 2 + 4;
  return (
    `<g class="step step-decision">` +
    `<polygon points="${centreX},${y} ${x + width},${centreY} ${centreX},${y + height} ${x},${centreY}" fill="${colors.tint}" stroke="${colors.stroke}" stroke-width="1.4"/>` +
    svgTextLines(lines, centreX, top, { fontSizePx: 11.5, lineHeightPx: 13, bold: true, fill: INK }) +
    `</g>`
  );
}

/**
 * A parallel gateway (domain.md section 7): the decision's diamond with a plus, as in BPMN;
 * its name, usually short ("Alles klaar"), under the diamond.
 */
function drawParallel(box: StepBox): string {
  const { step, x, y, width, height } = box;
  const colors = VALUE_COLORS[step.valueType];
  const centreX = x + width / 2;
  const centreY = y + height / 2;
  const arm = Math.min(width, height) * 0.2;
  const lines = wrapText(step.label, width + 40, 10.5, 2, true);
  return (
    `<g class="step step-parallel">` +
    `<polygon points="${centreX},${y} ${x + width},${centreY} ${centreX},${y + height} ${x},${centreY}" fill="${colors.tint}" stroke="${colors.stroke}" stroke-width="1.4"/>` +
    `<path d="M${centreX - arm} ${centreY}H${centreX + arm}M${centreX} ${centreY - arm}V${centreY + arm}" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>` +
    svgTextLines(lines, centreX, y + height + 12, { fontSizePx: 10.5, lineHeightPx: 12, bold: true, fill: INK, halo: true }) +
    `</g>`
  );
}

function drawTerminal(box: StepBox, laneColor: string): string {
  const { step, x, y, width, height } = box;
  const top = y + (height - PILL_HEIGHT_PX) / 2;
  const lines = wrapText(step.label, width - 20, 12, 2, true);
  const baseline = y + height / 2 + (lines.length === 1 ? 4 : -3);
  const fill = step.type === 'start' ? '#eef4ff' : '#f1f3f5';
  return (
    `<g class="step step-${step.type}">` +
    `<rect x="${x}" y="${top}" width="${width}" height="${PILL_HEIGHT_PX}" rx="${PILL_HEIGHT_PX / 2}" fill="${fill}" stroke="${laneColor}" stroke-width="1.8"/>` +
    svgTextLines(lines, x + width / 2, baseline, { fontSizePx: 12, lineHeightPx: 14, bold: true, fill: INK }) +
    `</g>`
  );
}

/**
 * The classic inventory triangle ("I") in the gap before a step, just above the flow
 * line that enters it, with the wait time under the line.
 */
function drawInventory(box: StepBox, waitTimeText: string): string {
  const centreX = box.x - 38;
  const lineY = box.y + box.height / 2;
  const bottom = lineY - 4;
  const top = bottom - 24;
  return (
    `<g class="inventory">` +
    `<polygon points="${centreX},${top} ${centreX + 13},${bottom} ${centreX - 13},${bottom}" fill="${INVENTORY_FILL}" stroke="${INVENTORY_STROKE}" stroke-width="1.5" stroke-linejoin="round"/>` +
    svgTextLines(['I'], centreX, bottom - 4, { fontSizePx: 11, lineHeightPx: 12, bold: true, fill: INVENTORY_INK }) +
    svgTextLines(wrapText(waitTimeText, 76, 10.5, 2, true), centreX, lineY + 15, { fontSizePx: 10.5, lineHeightPx: 12, bold: true, fill: INVENTORY_INK }) +
    `</g>`
  );
}

/** One step with its inventory triangle (when it has a wait time). */
export function drawStep(box: StepBox, texts: StepTexts, laneColor: string): string {
  const inventory = texts.waitTime !== null ? drawInventory(box, texts.waitTime) : '';
  const step: Step = box.step;
  if (step.type === 'activity') return inventory + drawActivity(box, texts);
  if (step.type === 'decision') return inventory + drawDecision(box);
  if (step.type === 'parallel') return inventory + drawParallel(box);
  return inventory + drawTerminal(box, laneColor);
}
