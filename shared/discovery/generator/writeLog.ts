import type { GeneratedEvent } from './generateEventLog';

/** Events per chunk of text: large enough to be fast, small enough to stream. */
const EVENTS_PER_CHUNK = 2000;

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes('\n') ? `"${value.replaceAll('"', '""')}"` : value;
}

export type CsvLayout =
  /** One row per event with a lifecycle column (pm4py names). */
  | 'lifecycle'
  /** One row per activity with a start-time column (the complete events only). */
  | 'start-column';

/** Generated events as CSV text in chunks (pm4py column names), comma- or semicolon-separated. */
export function* writeCsv(events: Iterable<GeneratedEvent>, layout: CsvLayout = 'lifecycle', delimiter = ','): Generator<string> {
  const header =
    layout === 'lifecycle'
      ? ['case:concept:name', 'concept:name', 'lifecycle:transition', 'time:timestamp', 'org:resource', 'org:role']
      : ['case:concept:name', 'concept:name', 'start_timestamp', 'time:timestamp', 'org:resource', 'org:role'];
  let chunk = `${header.join(delimiter)}\n`;
  let count = 0;
  for (const event of events) {
    if (layout === 'start-column' && event.lifecycle === 'start') continue;
    const cells =
      layout === 'lifecycle'
        ? [event.caseId, event.activity, event.lifecycle, event.timestamp, event.resource, event.role]
        : [event.caseId, event.activity, event.startTimestamp, event.timestamp, event.resource, event.role];
    chunk += `${cells.map((cell) => csvCell(cell, delimiter)).join(delimiter)}\n`;
    count += 1;
    if (count % EVENTS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

function xmlText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Generated events as XES text in chunks: one trace per case (events must come case by case). */
export function* writeXes(events: Iterable<GeneratedEvent>): Generator<string> {
  let chunk =
    '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0" xmlns="http://www.xes-standard.org/">\n' +
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>\n' +
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>\n' +
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>\n' +
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>\n';
  let currentCase: string | null = null;
  let count = 0;
  for (const event of events) {
    if (event.caseId !== currentCase) {
      if (currentCase !== null) chunk += '  </trace>\n';
      chunk += `  <trace>\n    <string key="concept:name" value="${xmlText(event.caseId)}"/>\n`;
      currentCase = event.caseId;
    }
    chunk +=
      `    <event><string key="concept:name" value="${xmlText(event.activity)}"/>` +
      `<string key="lifecycle:transition" value="${event.lifecycle}"/>` +
      `<date key="time:timestamp" value="${event.timestamp}"/>` +
      `<string key="org:resource" value="${xmlText(event.resource)}"/>` +
      `<string key="org:role" value="${xmlText(event.role)}"/></event>\n`;
    count += 1;
    if (count % EVENTS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (currentCase !== null) chunk += '  </trace>\n';
  yield `${chunk}</log>\n`;
}
