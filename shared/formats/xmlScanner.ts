/**
 * A fast streaming scanner for the XML that event logs (XES) are written in: elements with
 * attributes, text between them, comments, processing instructions and CDATA sections. It
 * finds each tag with `indexOf` instead of looking at every character through a general
 * state machine (saxes), which is what made reading a 1,000,000-event XES take most of the
 * time of discovery.
 *
 * It understands only what a document needs without a DOCTYPE: the five entities of XML and
 * character references (`&#10;`, `&#x41;`); any other entity is an error, so nothing is ever
 * expanded or fetched. A DOCTYPE before the root element is "unusual": the scanner stops
 * and says so (`needsFullParser`), and the XES reader hands the text read so far to saxes,
 * which checks the DOCTYPE as before. Attribute values are normalised as XML says (a tab or
 * line break in the value becomes a space; a character reference stays what it names).
 * Line numbers are those saxes gives: the line of the `>` that ends the tag.
 */

/** The attributes of the tag being handed on; valid only during the openTag call (the lists are reused). */
export interface ScannedAttributes {
  get(this: void, name: string): string | undefined;
}

export interface XmlScanHandlers {
  /** An element opens; for `<a/>` closeTag follows at once. The line is `tagLine()`, counted only when asked. */
  openTag(name: string, attributes: ScannedAttributes): void;
  closeTag(name: string): void;
}

export class XmlScanError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface XmlScanner {
  /** The next piece of text; returns false when the document needs the full parser (see above): nothing of it was handed on. */
  write(text: string): boolean;
  /** The text has ended: checks that every element was closed. */
  close(): void;
  /** Everything written so far, while no element has been handed on (for the full parser). */
  readonly prolog: string;
  readonly line: number;
  /** During openTag: the line of the `>` that ends the tag. */
  tagLine(): number;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Space, tab, line feed, carriage return: the white space of XML. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isNameEnd(code: number): boolean {
  return isSpace(code) || code === 0x2f /* / */ || code === 0x3e /* > */;
}
const WHITESPACE = /^\s*$/;
const BROKEN_NAME = /[\s<>"'/]/;

/*
 * The two tests below run on every attribute of a log (millions): a loop over the character
 * codes instead of a regular expression, which cost more than the rest of reading the
 * attribute (7 % of reading a 1,000,000-event XES in the profile).
 */

/** True when an attribute name has a character BROKEN_NAME refuses (white space, < > " ' /). */
function isBrokenName(name: string): boolean {
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    // Beyond ASCII, \s also means other spaces: the regular expression decides.
    if (code > 0x7e) return BROKEN_NAME.test(name);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27 || code === 0x2f) return true;
  }
  return false;
}

/** True when a value has '<' (refused), '&' (a reference) or a tab or line break (turned into a space). */
function needsMoreThanSlicing(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x3d && (code === 0x3c || code === 0x26 || code === 0x09 || code === 0x0a || code === 0x0d)) return true;
  }
  return false;
}

/** The text `raw` with its entity and character references replaced; throws on an unknown entity. */
function decodeReferences(raw: string, line: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s<]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new XmlScanError(`an ampersand that starts no reference: '${match}'`, line);
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      const digitsOk = name[1] === 'x' ? /^#x[0-9a-fA-F]+$/.test(name) : /^#[0-9]+$/.test(name);
      if (!digitsOk || !Number.isFinite(code) || code === 0 || code > 0x10ffff) throw new XmlScanError(`'${match}' is no character`, line);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    if (value === undefined) throw new XmlScanError(`undefined entity '${match}'`, line);
    return value;
  });
}

export function createXmlScanner(handlers: XmlScanHandlers): XmlScanner {
  let buffer = '';
  /** Newlines before `countedTo` in `buffer` are counted in `line`. */
  let countedTo = 0;
  let line = 1;
  const open: string[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let prolog = '';
  // The attributes of the current tag, in lists reused from tag to tag (a log has millions of tags).
  const attributeNames: string[] = [];
  const attributeValues: string[] = [];
  let attributeCount = 0;
  const attributes: ScannedAttributes = {
    get(name) {
      for (let index = 0; index < attributeCount; index += 1) if (attributeNames[index] === name) return attributeValues[index];
      return undefined;
    },
  };
  let tagEnd = 0;
  /** Index in `buffer` of its next '&' at or after the text being checked; -1 when there is none. */
  let nextAmpersand = -1;

  const lineAt = (index: number): number => {
    let newline = buffer.indexOf('\n', countedTo);
    while (newline !== -1 && newline < index) {
      line += 1;
      newline = buffer.indexOf('\n', newline + 1);
    }
    countedTo = Math.max(countedTo, index);
    return line;
  };

  const fail = (message: string, index: number): never => {
    throw new XmlScanError(message, lineAt(index));
  };

  /** Text between tags: only whitespace outside the root; inside it only its references are checked. */
  const text = (start: number, end: number): void => {
    if (start >= end) return;
    if (!rootSeen || rootClosed) {
      if (!WHITESPACE.test(buffer.slice(start, end).replace(/^\uFEFF/, ''))) fail(rootSeen ? 'text after the root element' : 'text before the root element', start);
      return;
    }
    // The next '&' of the buffer, looked up again only once passed: searching from every text
    // to the end of the buffer would make a chunk without any '&' cost its length per text.
    if (nextAmpersand !== -1 && nextAmpersand < start) nextAmpersand = buffer.indexOf('&', start);
    if (nextAmpersand !== -1 && nextAmpersand < end) decodeReferences(buffer.slice(start, end), lineAt(start));
  };

  /** Reads the open tag at `start` (`<name …>`); returns the index after it, or -1 when it is not complete yet. */
  const openTag = (start: number): number => {
    let index = start + 1;
    while (index < buffer.length && !isNameEnd(buffer.charCodeAt(index))) index += 1;
    if (index >= buffer.length) return -1;
    const name = buffer.slice(start + 1, index);
    if (name === '') fail("a '<' that starts no element", start);
    attributeCount = 0;
    for (;;) {
      while (index < buffer.length && isSpace(buffer.charCodeAt(index))) index += 1;
      if (index >= buffer.length) return -1;
      const char = buffer[index];
      if (char === '>' || char === '/') {
        if (char === '/') {
          if (index + 1 >= buffer.length) return -1;
          if (buffer[index + 1] !== '>') fail(`'/' inside the tag <${name}>`, index);
        }
        const end = char === '/' ? index + 2 : index + 1;
        tagEnd = end - 1;
        if (rootClosed) fail(`a second root element <${name}>`, start);
        rootSeen = true;
        prolog = '';
        handlers.openTag(name, attributes);
        if (char === '/') {
          handlers.closeTag(name);
          if (open.length === 0) rootClosed = true;
        } else open.push(name);
        return end;
      }
      const equals = buffer.indexOf('=', index);
      if (equals < 0) return -1;
      const attribute = buffer.slice(index, equals).trim();
      if (attribute === '' || isBrokenName(attribute)) fail(`a broken attribute in <${name}>`, index);
      let quoteAt = equals + 1;
      while (quoteAt < buffer.length && isSpace(buffer.charCodeAt(quoteAt))) quoteAt += 1;
      if (quoteAt >= buffer.length) return -1;
      const quote = buffer[quoteAt];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} in <${name}> has no quotes`, quoteAt);
      const valueEnd = buffer.indexOf(quote as string, quoteAt + 1);
      if (valueEnd < 0) return -1;
      let value = buffer.slice(quoteAt + 1, valueEnd);
      // One test for the rare cases: '<' (refused), references, and white space XML turns into spaces.
      if (needsMoreThanSlicing(value)) {
        if (value.includes('<')) fail(`'<' in the value of ${attribute} in <${name}>`, quoteAt);
        value = decodeReferences(value.replace(/\r\n|[\t\n\r]/g, ' '), lineAt(quoteAt));
      }
      if (attributes.get(attribute) !== undefined) fail(`the attribute ${attribute} twice in <${name}>`, index);
      attributeNames[attributeCount] = attribute;
      attributeValues[attributeCount] = value;
      attributeCount += 1;
      index = valueEnd + 1;
      if (index < buffer.length && !isNameEnd(buffer.charCodeAt(index))) fail(`no space between the attributes of <${name}>`, index);
    }
  };

  /**
   * Handles every complete token in the buffer; returns where the unfinished rest starts, or
   * -1 for a DOCTYPE before the root. Nothing but `return` follows the loop: the engine
   * optimizes this function while its loop runs (on-stack replacement), before any code
   * after the loop has run, and a call there without type feedback threw the optimized code
   * away at the end of every chunk (`node --trace-deopt`: once per megabyte of the file).
   */
  const scanTokens = (): number => {
    let position = 0;
    nextAmpersand = buffer.indexOf('&');
    for (;;) {
      const lt = buffer.indexOf('<', position);
      if (lt < 0) break;
      text(position, lt);
      position = lt;
      const next = buffer[lt + 1];
      if (next === undefined) break;
      let end = -1;
      if (next === '/') {
        const gt = buffer.indexOf('>', lt);
        if (gt < 0) break;
        const name = buffer.slice(lt + 2, gt).trim();
        const expected = open.pop();
        if (expected === undefined) fail(`a closing tag </${name}> without an open element`, lt);
        if (name !== expected) fail(`the closing tag </${name}> does not match <${expected ?? ''}>`, lt);
        handlers.closeTag(name);
        if (open.length === 0) rootClosed = true;
        end = gt + 1;
      } else if (next === '?') {
        const close = buffer.indexOf('?>', lt + 2);
        if (close < 0) break;
        end = close + 2;
      } else if (next === '!') {
        if (buffer.length - lt < 9) break;
        if (buffer.startsWith('<!--', lt)) {
          const close = buffer.indexOf('-->', lt + 4);
          if (close < 0) break;
          end = close + 3;
        } else if (buffer.startsWith('<![CDATA[', lt)) {
          if (open.length === 0) fail('a CDATA section outside the root element', lt);
          const close = buffer.indexOf(']]>', lt + 9);
          if (close < 0) break;
          end = close + 3;
        } else if (buffer.startsWith('<!DOCTYPE', lt) && !rootSeen) {
          return -1;
        } else {
          fail(`an unexpected '${buffer.slice(lt, lt + 9)}'`, lt);
        }
      } else {
        end = openTag(lt);
        if (end < 0) break;
      }
      position = end;
    }
    return position;
  };

  /** Handles every complete token in the buffer; returns false for a DOCTYPE before the root. */
  const scan = (): boolean => {
    const position = scanTokens();
    if (position < 0) return false;
    // Keep the unfinished rest (a tag cut by the chunk, or text up to the next tag).
    lineAt(position);
    buffer = buffer.slice(position);
    countedTo -= position;
    return true;
  };

  return {
    write(chunk) {
      if (!rootSeen) prolog += chunk;
      buffer += chunk;
      return scan();
    },
    close() {
      if (!WHITESPACE.test(buffer)) fail(open.length > 0 || buffer.trimStart().startsWith('<') ? 'the document ends inside a tag' : 'text after the root element', 0);
      if (open.length > 0) fail(`the document ends before </${open[open.length - 1] ?? ''}>`, buffer.length);
    },
    get prolog() {
      return prolog;
    },
    get line() {
      return line;
    },
    tagLine: () => lineAt(tagEnd),
  };
}
