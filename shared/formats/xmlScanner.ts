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
 *
 * Speed (a 1,000,000-event XES has some 7 million tags; per tag every nanosecond counts):
 * - names of elements and attributes are matched against the names seen before, in place
 *   (`startsWith`), so a name is a string made once, not once per tag, and comparing it
 *   with 'event' or 'key' later compares the same string;
 * - the characters that make a value need more than slicing ('<', '&', tab, line breaks)
 *   are found with `indexOf` over the buffer, each looked up again only once passed,
 *   instead of a test of every character of every value;
 * - the text is scanned in the decoder's own (flat) strings: the unfinished token of the
 *   previous chunk is finished in a small joined head, and scanning goes on in the new
 *   chunk itself (V8's `indexOf` on a string joined with `+` costs about three times as much).
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

/**
 * The tag XES writes for nearly every attribute, `<string key="…" value="…"/>` (and date,
 * int, float, boolean, id): one space before each attribute, double quotes, values that
 * need nothing but slicing. One regular expression (compiled to machine code by the engine)
 * reads it whole, some four times faster than reading it step by step; any other tag, even
 * a slightly different one, is read by openTag, which reads this one to the same result
 * (a unit test compares the two).
 */
const VALUE_TAG = /<(?:string|date|int|float|boolean|id) key="[^"&<\t\n\r]*" value="[^"&<\t\n\r]*"\/>/y;

/** The name of a VALUE_TAG from its first two characters (the same string each time, see KnownNames). */
function valueTagName(first: number, second: number): string {
  switch (first) {
    case 0x73 /* s */:
      return 'string';
    case 0x64 /* d */:
      return 'date';
    case 0x66 /* f */:
      return 'float';
    case 0x62 /* b */:
      return 'boolean';
    default:
      return second === 0x6e /* n */ ? 'int' : 'id';
  }
}

/** Names remembered for matching in place (XES uses about twenty; a file with more reads the rest char by char). */
const MAX_KNOWN_NAMES = 64;
/** A chunk longer than this has the unfinished token of the previous one finished in its first this-many characters. */
export const JOIN_HEAD_CHARACTERS = 64 * 1024;

/** Names seen before, by their first character (codes below 128; others are not remembered). */
class KnownNames {
  private readonly byFirst: (string[] | undefined)[] = [];
  private count = 0;
  candidates(firstCode: number): string[] | undefined {
    return firstCode < 128 ? this.byFirst[firstCode] : undefined;
  }
  remember(name: string): void {
    const first = name.charCodeAt(0);
    if (this.count >= MAX_KNOWN_NAMES || !(first < 128)) return;
    this.count += 1;
    const list = this.byFirst[first];
    if (list === undefined) this.byFirst[first] = [name];
    else list.push(name);
  }
}

/**
 * `joinHeadCharacters`: see JOIN_HEAD_CHARACTERS (tests make it small, to cross the path
 * between the joined head and the chunk with small logs).
 */
export function createXmlScanner(handlers: XmlScanHandlers, options: { joinHeadCharacters?: number } = {}): XmlScanner {
  const joinHead = options.joinHeadCharacters ?? JOIN_HEAD_CHARACTERS;
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
  const elementNames = new KnownNames();
  const attributeNames_ = new KnownNames();
  /** The name read by readElementName. */
  let scannedName = '';
  /*
   * Index in `buffer` of the next '<', '&', tab, line feed and carriage return at or after a
   * point already passed (-1: none up to the end of the buffer). Looked up again only once
   * passed (see `nextAt`): searching from every value to the end of the buffer would make a
   * chunk without any '&' cost its length per value.
   */
  let nextLt = -1;
  let nextAmpersand = -1;
  let nextTab = -1;
  let nextLineFeed = -1;
  let nextReturn = -1;
  /** The next `character` at or after `from`, given `known`, its next one at or after some earlier point. */
  const nextAt = (known: number, character: string, from: number): number => (known !== -1 && known < from ? buffer.indexOf(character, from) : known);

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
    nextAmpersand = nextAt(nextAmpersand, '&', start);
    if (nextAmpersand !== -1 && nextAmpersand < end) decodeReferences(buffer.slice(start, end), lineAt(start));
  };

  /** True when `[from, to)` of the buffer has '<' (refused), '&' (a reference) or a tab or line break (turned into a space). */
  const needsMoreThanSlicingAt = (from: number, to: number): boolean => {
    nextLt = nextAt(nextLt, '<', from);
    nextAmpersand = nextAt(nextAmpersand, '&', from);
    nextTab = nextAt(nextTab, '\t', from);
    nextLineFeed = nextAt(nextLineFeed, '\n', from);
    nextReturn = nextAt(nextReturn, '\r', from);
    return (
      (nextLt !== -1 && nextLt < to) ||
      (nextAmpersand !== -1 && nextAmpersand < to) ||
      (nextTab !== -1 && nextTab < to) ||
      (nextLineFeed !== -1 && nextLineFeed < to) ||
      (nextReturn !== -1 && nextReturn < to)
    );
  };

  /** Reads the element name at `from` into `scannedName`; returns its end, or -1 when the buffer ends first. */
  const readElementName = (from: number): number => {
    const candidates = elementNames.candidates(buffer.charCodeAt(from));
    if (candidates !== undefined) {
      for (let index = 0; index < candidates.length; index += 1) {
        const candidate = candidates[index] as string;
        const after = from + candidate.length;
        if (after < buffer.length && isNameEnd(buffer.charCodeAt(after)) && buffer.startsWith(candidate, from)) {
          scannedName = candidate;
          return after;
        }
      }
    }
    let index = from;
    while (index < buffer.length && !isNameEnd(buffer.charCodeAt(index))) index += 1;
    if (index >= buffer.length) return -1;
    scannedName = buffer.slice(from, index);
    if (scannedName !== '') elementNames.remember(scannedName);
    return index;
  };

  /** The attribute name from `from` to the '=' at `equals` (white space before it allowed), checked. */
  const readAttributeName = (from: number, equals: number, name: string): string => {
    const candidates = attributeNames_.candidates(buffer.charCodeAt(from));
    if (candidates !== undefined) {
      for (let index = 0; index < candidates.length; index += 1) {
        const candidate = candidates[index] as string;
        if (from + candidate.length === equals && buffer.startsWith(candidate, from)) return candidate;
      }
    }
    const attribute = buffer.slice(from, equals).trim();
    if (attribute === '' || isBrokenName(attribute)) fail(`a broken attribute in <${name}>`, from);
    attributeNames_.remember(attribute);
    return attribute;
  };

  /** Hands on the open tag from `start` to `end` (after its '>') with the attributes read. */
  const handOn = (name: string, start: number, end: number, selfClosing: boolean): number => {
    tagEnd = end - 1;
    if (rootClosed) fail(`a second root element <${name}>`, start);
    rootSeen = true;
    prolog = '';
    handlers.openTag(name, attributes);
    if (selfClosing) {
      handlers.closeTag(name);
      if (open.length === 0) rootClosed = true;
    } else open.push(name);
    return end;
  };

  const valueTagPattern = new RegExp(VALUE_TAG);
  /** Reads the tag at `start` when it is a VALUE_TAG; returns the index after it, or -1 when it is not one (or not complete yet). */
  const valueTag = (start: number): number => {
    valueTagPattern.lastIndex = start;
    // `test`, not `exec`: no array of captures; the two values are sliced here, from where the pattern says they are.
    if (!valueTagPattern.test(buffer)) return -1;
    const end = valueTagPattern.lastIndex;
    const name = valueTagName(buffer.charCodeAt(start + 1), buffer.charCodeAt(start + 2));
    const keyStart = start + name.length + 7; // after `<name key="`
    const keyEnd = buffer.indexOf('"', keyStart);
    attributeNames[0] = 'key';
    attributeValues[0] = buffer.slice(keyStart, keyEnd);
    attributeNames[1] = 'value';
    attributeValues[1] = buffer.slice(keyEnd + 9, end - 3); // between `" value="` and `"/>`
    attributeCount = 2;
    return handOn(name, start, end, true);
  };

  /** Reads the open tag at `start` (`<name …>`); returns the index after it, or -1 when it is not complete yet. */
  const openTag = (start: number): number => {
    let index = readElementName(start + 1);
    if (index < 0) return -1;
    const name = scannedName;
    if (name === '') fail("a '<' that starts no element", start);
    attributeCount = 0;
    for (;;) {
      while (index < buffer.length && isSpace(buffer.charCodeAt(index))) index += 1;
      if (index >= buffer.length) return -1;
      const char = buffer.charCodeAt(index);
      if (char === 0x3e /* > */ || char === 0x2f /* / */) {
        const selfClosing = char === 0x2f;
        if (selfClosing) {
          if (index + 1 >= buffer.length) return -1;
          if (buffer.charCodeAt(index + 1) !== 0x3e) fail(`'/' inside the tag <${name}>`, index);
        }
        return handOn(name, start, selfClosing ? index + 2 : index + 1, selfClosing);
      }
      const equals = buffer.indexOf('=', index);
      if (equals < 0) return -1;
      const attribute = readAttributeName(index, equals, name);
      let quoteAt = equals + 1;
      while (quoteAt < buffer.length && isSpace(buffer.charCodeAt(quoteAt))) quoteAt += 1;
      if (quoteAt >= buffer.length) return -1;
      const quote = buffer[quoteAt];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} in <${name}> has no quotes`, quoteAt);
      const valueEnd = buffer.indexOf(quote as string, quoteAt + 1);
      if (valueEnd < 0) return -1;
      let value = buffer.slice(quoteAt + 1, valueEnd);
      // One test for the rare cases: '<' (refused), references, and white space XML turns into spaces.
      if (needsMoreThanSlicingAt(quoteAt + 1, valueEnd)) {
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
  const scanTokens = (from: number): number => {
    let position = from;
    // The buffer has changed: every next-character index is looked up again (-2 is passed at once).
    nextLt = -2;
    nextAmpersand = -2;
    nextTab = -2;
    nextLineFeed = -2;
    nextReturn = -2;
    for (;;) {
      nextLt = nextAt(nextLt, '<', position);
      const lt = nextLt;
      if (lt < 0) break;
      text(position, lt);
      position = lt;
      const next = buffer[lt + 1];
      if (next === undefined) break;
      let end = -1;
      if (next === '/') {
        const gt = buffer.indexOf('>', lt);
        if (gt < 0) break;
        const expected = open.pop();
        // Mostly the name of the element that is open: then no new string is made for it.
        const name = expected !== undefined && gt === lt + 2 + expected.length && buffer.startsWith(expected, lt + 2) ? expected : buffer.slice(lt + 2, gt).trim();
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
        end = valueTag(lt);
        if (end < 0) end = openTag(lt);
        if (end < 0) break;
      }
      position = end;
    }
    return position;
  };

  /** Handles every complete token in the buffer from `from`; returns false for a DOCTYPE before the root. */
  const scan = (from: number): boolean => {
    const position = scanTokens(from);
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
      if (buffer.length === 0 || chunk.length <= joinHead) {
        buffer += chunk;
        return scan(0);
      }
      // The unfinished token of the last chunk is finished in a joined head (see the top).
      const carried = buffer.length;
      buffer += chunk.slice(0, joinHead);
      const position = scanTokens(0);
      if (position < 0) return false;
      lineAt(position);
      if (position < carried) {
        // A token longer than the head (a long comment or value): everything joined after all.
        buffer = buffer.slice(position) + chunk.slice(joinHead);
        countedTo -= position;
        return scan(0);
      }
      buffer = chunk;
      countedTo -= carried;
      return scan(position - carried);
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
