import { describe, expect, it } from 'vitest';
import { analyseMap } from '../../../shared/analysis/analyseMap';
import { buildTestMap } from '../../../shared/analysis/testState';
import type { Analysis } from '../../../shared/analysis/types';
import { DiagnosticsList } from './DiagnosticsList';
import { FlowInspector } from './FlowInspector';
import { MetricsBar } from './MetricsBar';
import { renderPanel, visibleText } from '../../base/renderPanel.testSupport';
import { TimelineLadder } from './TimelineLadder';

// The worked example of domain.md section 3.
const workedExample = buildTestMap({
  language: 'nl',
  settings: { casesPerYear: 1200 },
  lanes: [{ id: 'sec', hourlyCost: 40 }, { id: 'mgr', hourlyCost: 60 }],
  steps: [
    { id: 'start', type: 'start', laneId: 'sec' },
    { id: 'A', laneId: 'sec', processTime: 10, label: 'Invoeren' },
    { id: 'B', laneId: 'mgr', processTime: 5, waitTime: 120, completeAccurate: 0.8, label: 'Beoordelen' },
    { id: 'D', type: 'decision', laneId: 'mgr', processTime: 1, label: 'Akkoord?' },
    { id: 'end', type: 'end', laneId: 'mgr' },
  ],
  flows: [['start', 'A'], ['A', 'B'], ['B', 'D'], ['D', 'A', { rework: true }], ['D', 'end', { probability: 0.75 }]],
});

function testIdText(html: string, testId: string): string {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html);
  return match?.[1] ?? '(missing)';
}

describe('MetricsBar', () => {
  it('shows the analysis figures in the UI language', () => {
    const analysis = analyseMap(workedExample);
    const nl = renderPanel(<MetricsBar />, workedExample, analysis, 'nl');
    expect(testIdText(nl, 'metric-leadTime')).toBe('3 uur');
    expect(testIdText(nl, 'metric-processTime')).toBe('21,3 minuten');
    expect(testIdText(nl, 'metric-handoffs')).toBe('1,7');
    expect(testIdText(nl, 'metric-rolledCompleteAccurate')).toBe('60%');
    expect(testIdText(nl, 'metric-annualHours')).toBe('427 uur');
    const en = renderPanel(<MetricsBar />, workedExample, analysis, 'en');
    expect(testIdText(en, 'metric-processTime')).toBe('21.3 minutes');
    expect(testIdText(en, 'metric-annualCost')).toBe('€20,267');
  });

  it('explains instead of showing numbers when there are none (a loop without exit)', () => {
    const withoutMetrics: Analysis = { ...analyseMap(workedExample), metrics: null };
    const html = renderPanel(<MetricsBar />, workedExample, withoutMetrics);
    expect(html).toContain('data-testid="metrics-unavailable"');
    expect(html).not.toContain('metric-leadTime');
    expect(visibleText(html)).toContain('lus zonder ooit een einde');
  });
});

describe('TimelineLadder', () => {
  it('draws the main path with expected wait and work per case, and the totals', () => {
    const html = renderPanel(<TimelineLadder />, workedExample, analyseMap(workedExample));
    expect(html.indexOf('timeline-segment-A')).toBeLessThan(html.indexOf('timeline-segment-B'));
    expect(html.indexOf('timeline-segment-B')).toBeLessThan(html.indexOf('timeline-segment-D'));
    expect(html).not.toContain('timeline-other');
    expect(visibleText(html)).toContain('2,7 uur'); // B waits 4/3 · 120 = 160 min
    expect(testIdText(html, 'timeline-total-leadTime')).toBe('3 uur');
    expect(testIdText(html, 'timeline-total-processTime')).toBe('21,3 minuten');
  });
});

describe('DiagnosticsList', () => {
  const analysis = analyseMap(workedExample);
  const withDiagnostics: Analysis = {
    ...analysis,
    diagnostics: [
      { level: 'warning', code: 'dead-end', message: 'Stap "X" heeft geen uitgang.', stepIds: ['A'], flowIds: [] },
      { level: 'error', code: 'loop-without-exit', message: 'De lus heeft geen uitgang.', stepIds: ['A', 'B'], flowIds: ['f4'] },
      { level: 'warning', code: 'no-end', message: 'Geen einde.', stepIds: [], flowIds: [] },
    ],
  };

  it('lists errors first, each step-related one as a button that selects its steps', () => {
    const html = renderPanel(<DiagnosticsList />, workedExample, withDiagnostics);
    const text = visibleText(html);
    expect(text.indexOf('De lus heeft geen uitgang.')).toBeLessThan(text.indexOf('Stap "X" heeft geen uitgang.'));
    expect(text).toContain('Fout');
    expect(text).toContain('Waarschuwing');
    expect(html.match(/<button/g)).toHaveLength(2); // "Geen einde." names no step: not clickable
  });

  it('renders nothing without diagnostics unless asked to say so', () => {
    expect(renderPanel(<DiagnosticsList />, workedExample, analysis)).toBe('');
    expect(visibleText(renderPanel(<DiagnosticsList showWhenEmpty />, workedExample, analysis))).toBe('Geen problemen gevonden.');
  });
});

describe('FlowInspector', () => {
  const reworkBox = (html: string): string => /<input type="checkbox"[^>]*>/.exec(html)?.[0] ?? '';

  it('offers rework on an arrow back to an earlier step', () => {
    const flow = workedExample.flows.find((candidate) => candidate.from === 'D' && candidate.to === 'A');
    if (!flow) throw new Error('the test map has no arrow D → A');
    const html = renderPanel(<FlowInspector flow={flow} state={workedExample} flowProbabilities={{}} />, workedExample, null);
    expect(reworkBox(html)).not.toContain('disabled');
    expect(visibleText(html)).toContain('Stuurt werk terug vanwege een fout.');
  });

  it('does not offer rework on an arrow into an end, and asks to untick one read from a file', () => {
    const intoEnd = workedExample.flows.find((candidate) => candidate.to === 'end');
    if (!intoEnd) throw new Error('the test map has no arrow into its end');
    const html = renderPanel(<FlowInspector flow={intoEnd} state={workedExample} flowProbabilities={{}} />, workedExample, null);
    expect(reworkBox(html)).toContain('disabled');
    expect(visibleText(html)).toContain('Kan hier niet: deze pijl gaat naar een einde en rondt de zaak af.');

    const ticked = { ...intoEnd, rework: true };
    const tickedHtml = renderPanel(<FlowInspector flow={ticked} state={workedExample} flowProbabilities={{}} />, workedExample, null, 'en');
    expect(reworkBox(tickedHtml)).not.toContain('disabled');
    expect(reworkBox(tickedHtml)).toContain('checked');
    expect(visibleText(tickedHtml)).toContain('This arrow goes to an end and finishes the case, so it sends nothing back. Untick this.');
  });
});
