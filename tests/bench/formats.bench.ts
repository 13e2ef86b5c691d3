import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { exportBpmn } from '../../shared/formats/bpmn/exportBpmn';
import { importBpmn } from '../../shared/formats/bpmn/importBpmn';
import { generateMap } from './generateMap';

/**
 * Format benchmark (issue 15: each under 2 s on this machine): export of a 1,000-step map to
 * BPMN and .xlsx, import of a 2,000-node BPMN file written by another tool (the export of a
 * 2,000-step map without Stroomlijn's own data, so every mapping rule runs; above 300 steps
 * the layered layout stands in for ELK), and import of a 10,000-row step list. Prints
 * figures; asserts nothing.
 */
async function time<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(52)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

console.log(`formats bench (load average ${loadavg().map((value) => value.toFixed(2)).join(' ')})`);
// Warm-up: the parser's schema and the JIT, as in an app that has imported once.
await importBpmn(exportBpmn(generateMap({ stepCount: 50 })), { language: 'nl' });
const thousand = generateMap({ stepCount: 1000 });
await time('export 1,000-step map to BPMN', () => exportBpmn(thousand));
const foreign = exportBpmn(generateMap({ stepCount: 2000 })).replace(/<bpmn:extensionElements>[\s\S]*?<\/bpmn:extensionElements>\n/g, '');
const nodes = (foreign.match(/<bpmn:(task|startEvent|endEvent|exclusiveGateway|parallelGateway) /g) ?? []).length;
const result = await time(`import BPMN of ${nodes} nodes (${(foreign.length / 1024 / 1024).toFixed(1)} MB, with DI)`, () => importBpmn(foreign, { language: 'nl' }));
if (!result.ok) console.log('import failed:', result.failure);
const withoutDiagram = foreign.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>\n/, '');
await time(`import BPMN of ${nodes} nodes without DI (layered layout)`, () => importBpmn(withoutDiagram, { language: 'nl' }));

// Step lists (domain.md section 10): a 10,000-row list in, a 1,000-step map out as .xlsx and CSV.
const { importStepList } = await import('../../shared/formats/steps/importStepList');
const { exportStepListCsv, exportStepListXlsx } = await import('../../shared/formats/steps/exportStepList');
// Warm-up: exceljs is loaded on first use, as in an app that has exported once.
await exportStepListXlsx(generateMap({ stepCount: 20 }), 'nl');
await time('export 1,000-step map to .xlsx', () => exportStepListXlsx(thousand, 'nl'));
await time('export 1,000-step map to CSV', () => exportStepListCsv(thousand, 'nl'));
// Warm-up: the step-list importer once, as in an app that has imported once.
await importStepList(new TextEncoder().encode(exportStepListCsv(generateMap({ stepCount: 50 }), 'nl')), 'csv', { language: 'nl' });
const tenThousand = new TextEncoder().encode(exportStepListCsv(generateMap({ stepCount: 10000 }), 'nl'));
const list = await time(`import 10,000-row step list (CSV, ${(tenThousand.length / 1024 / 1024).toFixed(1)} MB)`, () => importStepList(tenThousand, 'csv', { language: 'nl' }));
if (!list.ok) console.log('step list import failed:', list.failure);
