/** bpmn-moddle 10 ships types of its elements only; the class the parser uses. */
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: { $type: string; readonly [property: string]: unknown }; warnings: { message: string }[] }>;
  }
}
