import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDeckPptx } from '../../shared/formats/pptx/renderDeck';
import { buildPlanContent } from '../../shared/plan/content';
import type { PlanDocument } from '../../shared/plan/types';
import { GENERATED_AT, invoicesWithActions, longChainMap, unzip } from './planFixtures';

/** The smallest valid PNG (1 × 1, white): the tests read the deck's XML, not its pictures. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (character) => character.charCodeAt(0),
);
const rasterize = (): Uint8Array => TINY_PNG;
/** 13.333 × 7.5 inches in EMU (914,400 per inch). */
const SLIDE_WIDTH_EMU = 12_192_000;
const SLIDE_HEIGHT_EMU = 6_858_000;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The texts of the runs of an XML part, in order. */
function texts(xml: string): string[] {
  return (xml.match(/<a:t>([^<]*)<\/a:t>/g) ?? []).map((run) => decode(run.replace(/<[^>]+>/g, '')));
}

interface Deck {
  files: Record<string, Uint8Array>;
  slides: string[];
  notes: string[];
  titles: string[];
}

async function readDeck(plan: PlanDocument): Promise<Deck> {
  const files = unzip(await renderDeckPptx(plan, rasterize));
  const count = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const part = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
  const slides = Array.from({ length: count }, (_unused, index) => part(`ppt/slides/slide${index + 1}.xml`));
  const notes = Array.from({ length: count }, (_unused, index) => part(`ppt/notesSlides/notesSlide${index + 1}.xml`));
  const titles = slides.map((xml) => {
    const shape = (xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []).find((candidate) => /<p:ph[^>]*type="title"/.test(candidate)) ?? '';
    return texts(shape).join(' ');
  });
  return { files, slides, notes, titles };
}

describe('the meeting deck of the invoices map with three actions', async () => {
  const plan = buildPlanContent(invoicesWithActions(), { generatedAt: GENERATED_AT, overviewMaps: true });
  const deck = await readDeck(plan);

  it('has the slides of domain.md section 12 in order, with their titles, 16:9', () => {
    expect(deck.titles).toEqual([
      'Inkomende facturen verwerken',
      'Het proces nu',
      'Waar de tijd blijft',
      'De duurste bevindingen',
      'Welke acties eerst: opbrengst en moeite',
      'Acties, eigenaren en datums',
      'Voor en na',
      'Hoe lang duurt het echt?',
      'Volgende stappen en opvolging',
    ]);
    const presentation = strFromU8(deck.files['ppt/presentation.xml'] ?? new Uint8Array());
    expect(presentation).toContain(`<p:sldSz cx="${SLIDE_WIDTH_EMU}" cy="${SLIDE_HEIGHT_EMU}"`);
  });

  it('shows the plan\u2019s own figures: the key figures, the findings\u2019 hours, the owners and dates', () => {
    const figures = plan.meeting.figures;
    if (!figures) throw new Error('the invoices map has figures');
    // The summary table of the plan and the deck's tiles are the same strings.
    const summary = plan.sections.find((section) => section.id === 'summary')?.blocks.find((block) => block.kind === 'keyFigures');
    if (summary?.kind !== 'keyFigures') throw new Error('no key figures in the plan');
    expect(summary.rows[0]?.before).toBe(figures.now.leadTime);
    const processSlide = texts(deck.slides[1] ?? '');
    // A tile may wrap its value onto two lines; the words are the plan's.
    const tiles = processSlide.join(' ');
    for (const value of [figures.now.leadTime, figures.now.processTime, figures.now.handoffs, figures.now.rightFirstTime, figures.now.annualCost]) expect(tiles).toContain(value);
    const findingsSlide = texts(deck.slides[3] ?? '').join('\n');
    for (const finding of plan.meeting.topFindings) expect(findingsSlide).toContain(finding.hours);
    const actionsSlide = texts(deck.slides[5] ?? '').join(' ');
    expect(actionsSlide).toContain('Fatima (secretariaat)');
    expect(actionsSlide).toContain('15 januari 2027');
    expect(actionsSlide).toContain('Henk (controller)');
  });

  it('has a native bar chart of lead time before and after with the plan\u2019s numbers', () => {
    const figures = plan.meeting.figures;
    if (!figures) throw new Error('the invoices map has figures');
    const charts = Object.keys(deck.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map((name) => strFromU8(deck.files[name] ?? new Uint8Array()));
    const leadTimeChart = charts.find((xml) => xml.includes('<c:barChart>') && xml.includes('Doorlooptijd (werkdagen)'));
    if (!leadTimeChart) throw new Error('no lead-time bar chart');
    const series = leadTimeChart.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
    expect(series).toHaveLength(2);
    const seriesName = (xml: string): string => /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(xml)?.[1] ?? '';
    const seriesValue = (xml: string): number => Number(/<c:val>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(xml)?.[1]);
    expect(series.map(seriesName)).toEqual(['Voor', 'Na']);
    expect(series.map(seriesValue)).toEqual([figures.leadTimeDays.before, figures.leadTimeDays.after]);
    // The charted numbers are the plan's rounded figures: "10,1 werkdagen" is 10.1.
    expect(summaryNumber(figures.rows[0]?.before ?? '')).toBe(figures.leadTimeDays.before);
    expect(summaryNumber(figures.rows[0]?.after ?? '')).toBe(figures.leadTimeDays.after);
    expect(figures.leadTimeDays.after).toBeLessThan(figures.leadTimeDays.before);
    // The waiting-vs-work doughnut is a chart too.
    expect(charts.some((xml) => xml.includes('<c:doughnutChart>'))).toBe(true);
  });

  it('has speaker notes on every slide', () => {
    deck.notes.forEach((xml, index) => {
      const said = texts(xml).join(' ').replace(/^\d+\s*/, '').trim();
      expect(said.length, `notes of slide ${index + 1}`).toBeGreaterThan(40);
    });
    expect(texts(deck.notes[3] ?? '').join(' ')).toContain(plan.meeting.topFindings[0]?.explanation.slice(0, 40) ?? 'missing');
  });
});

/** "10,1 werkdagen" → 10.1. */
function summaryNumber(text: string): number {
  return Number(/[\d.]+(?:,\d+)?/.exec(text)?.[0].replace(/\./g, '').replace(',', '.'));
}

describe('the meeting deck of a 200-step map with very long labels', async () => {
  const map = longChainMap(200);
  const hostile = '<script>alert("x")</script> & ]]> \u202Egnp.exe';
  const hostileMap = {
    ...map,
    meta: { ...map.meta, organisation: hostile },
    steps: map.steps.map((step, index) => (index === 5 ? { ...step, label: hostile, waitTime: 100_000 } : step)),
  };
  const plan = buildPlanContent(hostileMap, { generatedAt: GENERATED_AT, overviewMaps: true });
  const deck = await readDeck(plan);

  it('keeps every shape on the slide and every text cut to its box', () => {
    for (const xml of deck.slides) {
      for (const match of xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
        const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x + width).toBeLessThanOrEqual(SLIDE_WIDTH_EMU);
        expect(y + height).toBeLessThanOrEqual(SLIDE_HEIGHT_EMU);
      }
      // No run holds a whole 400-character label: each is wrapped and cut with an ellipsis.
      for (const text of texts(xml)) expect(text.length).toBeLessThan(160);
    }
    const waits = texts(deck.slides[2] ?? '');
    expect(waits.some((text) => text.endsWith('…'))).toBe(true);
  });

  it('keeps hostile labels as text', () => {
    const all = deck.slides.join('');
    expect(all).not.toContain('<script>');
    expect(all).toContain('&lt;script&gt;');
    expect(all).not.toContain('\u202E');
    const master = Object.keys(deck.files)
      .filter((name) => name.startsWith('ppt/slideLayouts/') || name.startsWith('ppt/slideMasters/'))
      .map((name) => strFromU8(deck.files[name] ?? new Uint8Array()))
      .join('');
    expect(master).not.toContain('<script>');
  });
});
