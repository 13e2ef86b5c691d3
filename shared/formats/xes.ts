import { fileFormat } from './registry';
import { Gunzip } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  LogReadError,
  MAX_COLUMNS,
  MAX_LOG_CHARACTERS,
  MAX_ROW_CHARACTERS,
  type Cell,
  type ChunkReader,
  type LogFormatModule,
  type LogRecord,
  type RecordSink,
} from './logReader';
import { createDecoder, type TextEncodingName } from './textDecoding';
import { createXmlScanner, XmlScanError } from './xmlScanner';

/** Elements nest deeper than this only in a file made to exhaust the parser (XES needs about 5). */
export const MAX_XES_DEPTH = 64;
/**
 * Attribute elements of XES that carry a value (list and container carry children instead).
 * Compared one by one rather than looked up in a Set: the scanner hands on the same string
 * for a name each time, so a comparison that matches compares no characters.
 */
function isValueElement(name: string): boolean {
  return name === 'string' || name === 'date' || name === 'int' || name === 'float' || name === 'boolean' || name === 'id';
}
/** Trace attributes become columns with this prefix, as pm4py names them (`case:concept:name`). */
export const CASE_PREFIX = 'case:';

/** The encoding named in the XML declaration when it is a Windows-1252 relative; else UTF-8. */
function declaredEncoding(firstBytes: Uint8Array): TextEncodingName {
  let text = '';
  for (let index = 0; index < Math.min(firstBytes.length, 200); index += 1) text += String.fromCharCode(firstBytes[index] as number);
  const match = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(text);
  const name = match?.[1]?.toLowerCase() ?? 'utf-8';
  return name === 'windows-1252' || name === 'iso-8859-1' || name === 'latin1' || name === 'cp1252' || name === 'iso-8859-15' ? 'windows-1252' : 'utf-8';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A streaming XES reader (IEEE 1849), also for gzip-compressed files (.xes.gz, recognised
 * by their first bytes and unpacked with fflate as they stream). Every event becomes a
 * record whose columns are attribute keys: the event's own attributes (`concept:name`,
 * `time:timestamp`, `org:resource`…) and its trace's attributes prefixed `case:` (so the
 * case id is `case:concept:name`, as pm4py names it). Keys seen for the first time extend
 * the header. A trace's events are handed over when the trace closes (its attributes may
 * follow its events). Nested attributes (list, container, meta-attributes) are skipped.
 *
 * Safety: nothing is fetched (no external entities); a DOCTYPE that declares entities is
 * refused, and so are undeclared entities (saxes knows only the five of XML), nesting deeper
 * than MAX_XES_DEPTH, values longer than MAX_ROW_CHARACTERS and more than MAX_LOG_CHARACTERS
 * of XML.
 */
export function createXesReader(sink: RecordSink, options: { onlyFullParser?: boolean; joinHeadCharacters?: number } = {}): ChunkReader {
  const header: string[] = [];
  const columnOf = new Map<string, number>();
  const stack: string[] = [];
  let traceNumber = 0;
  let traceLine = 0;
  let eventNumber = 0;
  const traceKeys: string[] = [];
  const traceValues: string[] = [];
  // The events of the open trace, flat (a log has millions of events; no object per event):
  // event i has the attributes eventKeyEnd[i - 1] … eventKeyEnd[i] − 1 of eventKeys/eventValues.
  const eventKeys: string[] = [];
  const eventValues: string[] = [];
  const eventKeyEnd: number[] = [];
  const eventNumbers: number[] = [];
  const eventLines: number[] = [];
  let inEvent = false;
  const eventColumns: number[] = [];
  const previousKeys: string[] = [];
  const previousColumns: number[] = [];
  let sawRoot = false;

  let gunzip: Gunzip | null = null;
  let decoder: ReturnType<typeof createDecoder> | null = null;
  let started = false;
  let compressedBytes = 0;
  let xmlBytes = 0;
  // After a failure every further push repeats it (the parser's state is no longer usable).
  let failure: Error | null = null;
  // An error thrown by the sink (e.g. a preview that has read enough) passes through unchanged.
  let sinkError: unknown = null;
  const deliver = (record: LogRecord): void => {
    try {
      sink.onRecord(record, header);
    } catch (error) {
      sinkError = error;
      throw error;
    }
  };

  const fail = (code: string, params: Record<string, string | number> = {}): never => {
    throw new LogReadError({ code, params, location: { kind: 'file' } });
  };

  const column = (key: string): number => {
    let index = columnOf.get(key);
    if (index === undefined) {
      if (header.length >= MAX_COLUMNS) fail('tooManyColumns', { count: header.length + 1, limit: MAX_COLUMNS });
      index = header.length;
      header.push(key);
      columnOf.set(key, index);
    }
    return index;
  };

  const clearTrace = (): void => {
    traceKeys.length = 0;
    traceValues.length = 0;
    eventKeys.length = 0;
    eventValues.length = 0;
    eventKeyEnd.length = 0;
    eventNumbers.length = 0;
    eventLines.length = 0;
  };

  // One record lent to the sink for every event (RecordSink: a sink copies a location it keeps).
  const location = { kind: 'event' as const, event: 0, trace: 0, line: 0 };
  const record: LogRecord = { location, cells: [] };

  const emitTrace = (): void => {
    const caseIndex = traceKeys.indexOf('concept:name');
    if (caseIndex < 0 && eventNumbers.length > 0) {
      sink.onProblem({ code: 'traceWithoutName', params: { events: eventNumbers.length }, location: { kind: 'trace', trace: traceNumber, line: traceLine } });
      return;
    }
    const traceColumns = traceKeys.map((key) => column(CASE_PREFIX + key));
    let first = 0;
    for (let event = 0; event < eventNumbers.length; event += 1) {
      const end = eventKeyEnd[event] as number;
      // Columns of the event's own keys before the record is made: a new key widens the header.
      for (let index = first; index < end; index += 1) {
        // Events mostly repeat the keys of the event before, in the same order: comparing the
        // key with that one is cheaper than looking it up (each key is a new string).
        const key = eventKeys[index] as string;
        const position = index - first;
        if (key !== previousKeys[position]) {
          previousKeys[position] = key;
          previousColumns[position] = column(key);
        }
        eventColumns[position] = previousColumns[position] as number;
      }
      const width = header.length;
      const cells: Cell[] = new Array<Cell>(width);
      for (let index = 0; index < width; index += 1) cells[index] = null;
      for (let index = 0; index < traceColumns.length; index += 1) cells[traceColumns[index] as number] = traceValues[index] ?? null;
      for (let index = first; index < end; index += 1) cells[eventColumns[index - first] as number] = eventValues[index] ?? null;
      location.event = eventNumbers[event] as number;
      location.trace = traceNumber;
      location.line = eventLines[event] as number;
      record.cells = cells;
      deliver(record);
      first = end;
    }
  };

  /** An element opens; `lineOf` counts its line only when a record or a message needs it. */
  const onOpen = (name: string, attribute: (name: string) => string | undefined, lineOf: () => number): void => {
    const parent = stack.length === 0 ? undefined : stack[stack.length - 1];
    if (stack.push(name) > MAX_XES_DEPTH) fail('xmlTooDeep', { limit: MAX_XES_DEPTH, line: lineOf() });
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'log') fail('notXes', { element: name });
      return;
    }
    if (name === 'trace' && parent === 'log') {
      traceNumber += 1;
      traceLine = lineOf();
      clearTrace();
    } else if (name === 'event' && parent === 'trace') {
      eventNumber += 1;
      if (inEvent) {
        // An event inside an event (through a nested trace): the inner one replaces the outer, as it always has.
        eventNumbers.pop();
        eventLines.pop();
        const kept = eventKeyEnd.length === 0 ? 0 : (eventKeyEnd[eventKeyEnd.length - 1] as number);
        eventKeys.length = kept;
        eventValues.length = kept;
      }
      inEvent = true;
      eventNumbers.push(eventNumber);
      eventLines.push(lineOf());
    } else if ((parent === 'event' || parent === 'trace') && isValueElement(name)) {
      const key = attribute('key');
      const value = attribute('value');
      if (typeof key !== 'string' || typeof value !== 'string') return;
      if (value.length > MAX_ROW_CHARACTERS) fail('valueTooLong', { limit: MAX_ROW_CHARACTERS, line: lineOf() });
      if (parent === 'event' && inEvent) {
        eventKeys.push(key);
        eventValues.push(value);
      } else if (parent === 'trace') {
        traceKeys.push(key);
        traceValues.push(value);
      }
    }
  };
  const onClose = (name: string): void => {
    stack.pop();
    if (name === 'event' && inEvent && stack[stack.length - 1] === 'trace') {
      eventKeyEnd.push(eventKeys.length);
      inEvent = false;
    } else if (name === 'trace' && stack[stack.length - 1] === 'log') {
      emitTrace();
      clearTrace();
    }
  };

  // The fast scanner reads the usual file; a file with a DOCTYPE goes to saxes, which checks it (see xmlScanner.ts).
  const scanner = createXmlScanner(
    {
      openTag: (name, attributes) => onOpen(name, attributes.get, scannerLine),
      closeTag: onClose,
    },
    { joinHeadCharacters: options.joinHeadCharacters },
  );
  const scannerLine = (): number => scanner.tagLine();
  const fullParser = (): SaxesParser<{ position: true; xmlns: false }> => {
    const created = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
    created.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) fail('xmlEntities', { line: created.line });
    });
    created.on('opentag', (tag: SaxesTagPlain) => {
      const line = created.line;
      onOpen(
        tag.name,
        (attribute) => tag.attributes[attribute],
        () => line,
      );
    });
    created.on('closetag', (tag) => onClose(tag.name));
    return created;
  };

  // onlyFullParser: saxes for the whole file, as before the scanner (the property test and the bench compare both).
  let parser: SaxesParser<{ position: true; xmlns: false }> | null = options.onlyFullParser === true ? fullParser() : null;
  const currentLine = (): number => parser?.line ?? scanner.line;
  const writeXml = (text: string): void => {
    if (text === '') return;
    try {
      if (parser) parser.write(text);
      else if (!scanner.write(text)) {
        parser = fullParser();
        parser.write(scanner.prolog);
      }
    } catch (error) {
      if (error instanceof LogReadError || (sinkError !== null && error === sinkError)) throw error;
      const detail = error instanceof XmlScanError ? `${error.line}: ${error.message}` : error instanceof Error ? error.message : String(error);
      fail('notXml', { detail, line: currentLine() });
    }
  };

  const takeXmlBytes = (bytes: Uint8Array, final: boolean): void => {
    xmlBytes += bytes.length;
    if (xmlBytes > MAX_LOG_CHARACTERS) fail('fileTooLarge', { limitMegabytes: MAX_LOG_CHARACTERS / 1024 / 1024 });
    decoder ??= createDecoder(declaredEncoding(bytes));
    writeXml(decoder.decode(bytes, { stream: !final }));
  };

  const guard = <Result>(work: () => Result): Result => {
    if (failure) throw failure;
    try {
      return work();
    } catch (error) {
      failure =
        error instanceof LogReadError || (error instanceof Error && error === sinkError)
          ? error
          : new LogReadError({ code: 'notXml', params: { detail: String(error), line: currentLine() }, location: { kind: 'file' } });
      throw failure;
    }
  };

  return {
    get bytesRead() {
      return compressedBytes;
    },
    push(chunk) {
      guard(() => {
        if (typeof chunk === 'string') {
          compressedBytes += chunk.length;
          xmlBytes += chunk.length;
          if (xmlBytes > MAX_LOG_CHARACTERS) fail('fileTooLarge', { limitMegabytes: MAX_LOG_CHARACTERS / 1024 / 1024 });
          writeXml(chunk);
          return;
        }
        compressedBytes += chunk.length;
        if (!started) {
          started = true;
          if (isGzip(chunk)) gunzip = new Gunzip((data, final) => takeXmlBytes(data, final));
        }
        if (gunzip) {
          try {
            gunzip.push(chunk, false);
          } catch (error) {
            if (error instanceof LogReadError || (sinkError !== null && error === sinkError)) throw error;
            fail('notGzip');
          }
        } else takeXmlBytes(chunk, false);
      });
    },
    finish() {
      guard(() => {
        if (gunzip) {
          try {
            gunzip.push(new Uint8Array(0), true);
          } catch (error) {
            if (error instanceof LogReadError || (sinkError !== null && error === sinkError)) throw error;
            fail('notGzip');
          }
        } else if (decoder) writeXml(decoder.decode(new Uint8Array(0), { stream: false }));
        if (!sawRoot) fail('noXmlElement');
        try {
          if (parser) parser.close();
          else scanner.close();
        } catch (error) {
          if (error instanceof LogReadError || (sinkError !== null && error === sinkError)) throw error;
          const detail = error instanceof XmlScanError ? `${error.line}: ${error.message}` : error instanceof Error ? error.message : String(error);
          fail('notXml', { detail, line: currentLine() });
        }
      });
      return Promise.resolve();
    },
  };
}

export const xesFormat: LogFormatModule = {
  id: 'xes',
  extensions: fileFormat('log-xes').extensions,
  createReader: (sink) => createXesReader(sink),
};
