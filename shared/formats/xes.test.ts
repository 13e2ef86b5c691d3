import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LogReadError } from './logReader';
import { readAll } from './testReader';
import { xesFormat } from './xes';

/** Seconds of work on a loaded machine: a generous limit, never a timed assertion. */
const SLOW_TEST_TIMEOUT_MS = 60_000;

const XES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <global scope="event"><string key="concept:name" value="__INVALID__"/></global>
  <trace>
    <string key="concept:name" value="Z1"/>
    <event>
      <string key="concept:name" value="Registreren &amp; scannen"/>
      <date key="time:timestamp" value="2024-03-04T09:00:00.000+01:00"/>
      <string key="org:resource" value="Anna"/>
      <list key="tags"><string key="x" value="nested, not read"/></list>
    </event>
    <event>
      <string key="concept:name" value="Controleren"/>
      <date key="time:timestamp" value="2024-03-04T10:00:00.000+01:00"/>
      <string key="org:role" value="Secretariaat"/>
    </event>
    <string key="department" value="Inkoop"/>
  </trace>
  <trace><event><string key="concept:name" value="Zonder zaak"/></event></trace>
</log>`;

describe('XES reader', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('reads events with their trace attributes as case: columns, in every chunk size', async () => {
    const whole = await readAll(xesFormat, XES);
    expect(whole.header).toEqual(['case:concept:name', 'case:department', 'concept:name', 'time:timestamp', 'org:resource', 'org:role']);
    const asRecord = (cells: (string | number | null)[]) => Object.fromEntries(whole.header.map((key, index) => [key, cells[index] ?? null]));
    expect(whole.rows.map(asRecord)).toEqual([
      { 'case:concept:name': 'Z1', 'case:department': 'Inkoop', 'concept:name': 'Registreren & scannen', 'time:timestamp': '2024-03-04T09:00:00.000+01:00', 'org:resource': 'Anna', 'org:role': null },
      { 'case:concept:name': 'Z1', 'case:department': 'Inkoop', 'concept:name': 'Controleren', 'time:timestamp': '2024-03-04T10:00:00.000+01:00', 'org:resource': null, 'org:role': 'Secretariaat' },
    ]);
    expect(whole.locations[1]).toEqual({ kind: 'event', event: 2, trace: 1, line: 12 });
    // The trace without a name is named as a problem; its event is not read.
    expect(whole.problems).toEqual([{ code: 'traceWithoutName', params: { events: 1 }, location: { kind: 'trace', trace: 2, line: 19 } }]);
    for (const size of [1, 7, 64]) expect((await readAll(xesFormat, new TextEncoder().encode(XES), size)).rows).toEqual(whole.rows);
  });

  it('puts each value in its own column when events give their keys in another order, or fewer or more of them', async () => {
    // The reader reuses the columns of the previous event's keys while they repeat in order.
    const events = [
      '<string key="a" value="1"/><string key="b" value="2"/>',
      '<string key="b" value="3"/><string key="a" value="4"/>',
      '<string key="a" value="5"/>',
      '<string key="a" value="6"/><string key="c" value="7"/><string key="b" value="8"/>',
    ];
    const xes = `<log><trace><string key="concept:name" value="Z"/>${events.map((event) => `<event>${event}</event>`).join('')}</trace></log>`;
    const { header, rows } = await readAll(xesFormat, xes);
    expect(header).toEqual(['case:concept:name', 'a', 'b', 'c']);
    expect(rows.map((cells) => [cells[1] ?? null, cells[2] ?? null, cells[3] ?? null])).toEqual([
      ['1', '2', null],
      ['4', '3', null],
      ['5', null, null],
      ['6', '8', '7'],
    ]);
  });

  it('reads .xes.gz, recognised by its first bytes', async () => {
    const zipped = gzipSync(new TextEncoder().encode(XES));
    expect((await readAll(xesFormat, zipped, 100)).rows).toHaveLength(2);
  });

  it('refuses entities in a DOCTYPE, undeclared entities, deep nesting, non-XES and broken XML', async () => {
    const problem = async (text: string): Promise<{ code: string }> => {
      const error = await readAll(xesFormat, text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(LogReadError);
      return (error as LogReadError).problem;
    };
    expect(await problem('<?xml version="1.0"?><!DOCTYPE log [<!ENTITY lol "lol">]><log>&lol;</log>')).toMatchObject({ code: 'xmlEntities' });
    expect(await problem('<!DOCTYPE log SYSTEM "file:///etc/passwd"><log>&xxe;</log>')).toMatchObject({ code: 'notXml' });
    expect(await problem(`<log>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</log>`)).toMatchObject({ code: 'xmlTooDeep' });
    expect(await problem('<html><body/></html>')).toMatchObject({ code: 'notXes' });
    expect(await problem('<log><trace></log>')).toMatchObject({ code: 'notXml' });
    expect(await problem('')).toMatchObject({ code: 'noXmlElement' });
    expect(await problem('\u001f\u008b not really gzip')).toBeDefined();
    const badGzip = new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4, 5]);
    const error = await readAll(xesFormat, badGzip).catch((caught: unknown) => caught);
    expect((error as LogReadError).problem.code).toMatch(/notGzip|notXes/);
  });
});
