/**
 * The one place that decides which characters of user text an exported plan may hold.
 * Every exporter runs user text through it: the SVG drawings
 * (escapeXml), HTML (escapeHtml), Markdown (escapeMarkdown) and Word (renderPlanDocx,
 * including the document properties in docProps/core.xml and the footers).
 *
 * - Dropped: C0 control characters except tab, line feed and carriage return, DEL and the
 *   C1 controls (U+007F–U+009F), U+FFFE and U+FFFF. XML 1.0 cannot hold the C0 ones nor
 *   U+FFFE/U+FFFF at all (Word refuses such a .docx), and none of them means anything in a
 *   plan.
 * - Dropped: the explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069). They can make a label read differently from what it says (a file name
 *   "gnp.exe" shown backwards); right-to-left text itself still reads right, since the
 *   Unicode bidi algorithm does not need them.
 * - Replaced by U+FFFD: a lone surrogate (half of a UTF-16 pair), which no UTF-8 file and
 *   no XML document can hold; the mark shows the reader that a character was lost.
 */
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function exportableText(text: string): string {
  return text.replace(DROPPED, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A deep copy of `value` with every string through exportableText; bytes (pictures) and
 * other values untouched. The Word and PowerPoint writers clean their whole document once.
 */
export function exportableCopy<T>(value: T): T {
  const clean = (item: unknown): unknown => {
    if (typeof item === 'string') return exportableText(item);
    if (item instanceof Uint8Array) return item;
    if (Array.isArray(item)) return item.map(clean);
    if (typeof item === 'object' && item !== null) return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, clean(entry)]));
    return item;
  };
  return clean(value) as T;
}
