import { BpmnModdle } from 'bpmn-moddle';

/** The namespace of Stroomlijn's own data inside `extensionElements` (domain.md section 9). */
export const STROOMLIJN_BPMN_NAMESPACE = 'https://stroomlijn.app/schema/bpmn/1';

/**
 * A parsed BPMN element as bpmn-moddle gives it: `$type` ("bpmn:Task"), its attributes and
 * children as properties (references resolved to the elements they name). Read through the
 * small accessors below so nothing else depends on moddle's classes.
 */
export interface BpmnElement {
  readonly $type: string;
  readonly [property: string]: unknown;
}

interface ParseResult {
  rootElement: BpmnElement;
  warnings: { message: string }[];
}

/**
 * The moddle package of `sl:data`: one element whose body is JSON, in `extensionElements`
 * of the process (the map's own fields), of each lane, step and flow (its fields).
 */
const STROOMLIJN_PACKAGE = {
  name: 'Stroomlijn',
  uri: STROOMLIJN_BPMN_NAMESPACE,
  prefix: 'sl',
  xml: { tagAlias: 'lowerCase' },
  types: [{ name: 'Data', superClass: ['Element'], properties: [{ name: 'value', isBody: true, type: 'String' }] }],
};

export async function parseBpmnXml(xml: string): Promise<ParseResult> {
  return new BpmnModdle({ sl: STROOMLIJN_PACKAGE }).fromXML(xml);
}

export function text(element: BpmnElement, property: string): string | undefined {
  const value = element[property];
  return typeof value === 'string' ? value : undefined;
}

export function elements(element: BpmnElement | undefined, property: string): BpmnElement[] {
  const value = element?.[property];
  return Array.isArray(value) ? value.filter((item): item is BpmnElement => typeof item === 'object' && item !== null && '$type' in item) : [];
}

export function reference(element: BpmnElement, property: string): BpmnElement | undefined {
  const value = element[property];
  return typeof value === 'object' && value !== null && '$type' in value ? (value as BpmnElement) : undefined;
}

/** The JSON of the element's `sl:data`, or null (none, or not an object). */
export function stroomlijnData(element: BpmnElement): Record<string, unknown> | null {
  const extension = reference(element, 'extensionElements');
  for (const value of elements(extension, 'values')) {
    if (value.$type !== 'sl:Data') continue;
    const body = text(value, 'value');
    if (body === undefined) return null;
    try {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whitespace (line breaks in names drawn on two lines) collapsed to single spaces. */
export function collapseWhitespace(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Characters XML 1.0 cannot hold: dropped from names (the full text travels in sl:data as JSON escapes). */
export function xmlSafeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
