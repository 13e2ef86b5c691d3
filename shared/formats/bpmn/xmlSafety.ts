import { MAX_MAP_FILE_BYTES } from '../../ipc/channels';

/** The same bound as a map file (domain.md 1.1): larger files are refused before parsing. */
export const MAX_BPMN_CHARACTERS = MAX_MAP_FILE_BYTES;
/** Elements nested deeper than this are refused (a map file allows 64 levels of JSON; BPMN files are far shallower). */
export const MAX_XML_DEPTH = 64;

export type XmlRefusal = { code: 'tooLarge'; limitMegabytes: number } | { code: 'entities' } | { code: 'tooDeep'; limit: number } | { code: 'notXml' };

/**
 * Checks XML text before any parser sees it: refuses a document type declaration that
 * declares entities (billion laughs, external entities: the BPMN parser would not expand
 * them, but nothing legitimate needs them), text over the size limit and nesting over the
 * depth limit. A cheap scan over tags, comments, CDATA and processing instructions.
 */
export function checkXmlSafety(text: string): XmlRefusal | null {
  if (text.length > MAX_BPMN_CHARACTERS) return { code: 'tooLarge', limitMegabytes: MAX_BPMN_CHARACTERS / 1024 / 1024 };
  if (!/^\s*</.test(text.replace(/^\uFEFF/, ''))) return { code: 'notXml' };
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('<', index);
    if (open < 0) break;
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      index = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      index = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith('<!', open)) {
      // A DOCTYPE (or any other declaration): refused when it declares entities.
      const declaration = /^<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i.exec(text.slice(open, open + 1_000_000));
      const body = declaration ? declaration[0] : text.slice(open, open + 1000);
      if (/<!ENTITY/i.test(body) || /\bSYSTEM\b|\bPUBLIC\b/.test(body)) return { code: 'entities' };
      index = open + (declaration ? declaration[0].length : 2);
      continue;
    }
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    if (text[open + 1] === '?') {
      index = close + 1;
      continue;
    }
    if (text[open + 1] === '/') depth -= 1;
    else if (text[close - 1] !== '/') {
      depth += 1;
      if (depth > MAX_XML_DEPTH) return { code: 'tooDeep', limit: MAX_XML_DEPTH };
    }
    index = close + 1;
  }
  return null;
}
