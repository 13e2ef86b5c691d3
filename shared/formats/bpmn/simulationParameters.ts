import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * Times and chances from the simulation parameters a BPMN file may carry (domain.md
 * section 9): BPSim (`bpsim:ElementParameters` with ProcessingTime, WaitTime and
 * Probability, in the scenario's `baseTimeUnit`) and QBP of Apromore/BIMP
 * (`qbp:element` with a `durationDistribution` whose mean is in seconds, and
 * `qbp:sequenceFlow` with an `executionProbability`). Means of distributions and plain
 * values are read; everything else is left alone. Keyed by BPMN element id; minutes.
 */
export interface SimulationParameters {
  processMinutes: Map<string, number>;
  waitMinutes: Map<string, number>;
  probabilities: Map<string, number>;
}

const MINUTES_PER_UNIT: Record<string, number> = { ms: 1 / 60000, s: 1 / 60, min: 1, hour: 60, day: 1440, year: 525600 };

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function numberAttribute(tag: SaxesTagPlain, name: string): number | null {
  const raw = tag.attributes[name];
  if (typeof raw !== 'string') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The parameters of `xml` (already checked by xmlSafety and parsed once by moddle); empty maps when it has none. */
export function readSimulationParameters(xml: string): SimulationParameters {
  const found: SimulationParameters = { processMinutes: new Map(), waitMinutes: new Map(), probabilities: new Map() };
  if (!/bpsim|qbp/i.test(xml)) return found;
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  let baseMinutes = MINUTES_PER_UNIT.ms as number;
  let element: string | null = null;
  let parameter: 'process' | 'wait' | 'probability' | null = null;
  let qbpElement: string | null = null;
  const bpsimRaw: { kind: 'process' | 'wait'; element: string; value: number }[] = [];
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'ScenarioParameters') {
      const unit = tag.attributes.baseTimeUnit;
      if (typeof unit === 'string' && MINUTES_PER_UNIT[unit] !== undefined) baseMinutes = MINUTES_PER_UNIT[unit];
    } else if (name === 'ElementParameters') {
      element = typeof tag.attributes.elementRef === 'string' ? tag.attributes.elementRef : null;
    } else if (element !== null && name === 'ProcessingTime') parameter = 'process';
    else if (element !== null && name === 'WaitTime') parameter = 'wait';
    else if (element !== null && name === 'Probability') parameter = 'probability';
    else if (element !== null && parameter !== null) {
      // The first value inside a parameter: a constant's value, or a distribution's mean.
      const value = numberAttribute(tag, 'mean') ?? numberAttribute(tag, 'value');
      if (value !== null) {
        if (parameter === 'probability') {
          if (value <= 1) found.probabilities.set(element, value);
        } else bpsimRaw.push({ kind: parameter, element, value });
        parameter = null;
      }
    } else if (tag.name === 'qbp:element') {
      qbpElement = typeof tag.attributes.elementId === 'string' ? tag.attributes.elementId : null;
    } else if (tag.name === 'qbp:durationDistribution' && qbpElement !== null) {
      const mean = numberAttribute(tag, 'mean');
      // QBP means are in seconds whatever timeUnit the tool shows.
      if (mean !== null) found.processMinutes.set(qbpElement, mean / 60);
    } else if (tag.name === 'qbp:sequenceFlow') {
      const flow = tag.attributes.elementId;
      const chance = numberAttribute(tag, 'executionProbability');
      if (typeof flow === 'string' && chance !== null && chance <= 1) found.probabilities.set(flow, chance);
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'ElementParameters') element = null;
    else if (name === 'ProcessingTime' || name === 'WaitTime' || name === 'Probability') parameter = null;
    else if (tag.name === 'qbp:element') qbpElement = null;
  });
  try {
    parser.write(xml).close();
  } catch {
    // moddle read the file; parameters that cannot be read are simply not there.
    return found;
  }
  for (const raw of bpsimRaw) (raw.kind === 'process' ? found.processMinutes : found.waitMinutes).set(raw.element, raw.value * baseMinutes);
  return found;
}
