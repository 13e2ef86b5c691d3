import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { exportBpmn } from '../../shared/formats/bpmn/exportBpmn';
import { importBpmn } from '../../shared/formats/bpmn/importBpmn';
import { generateMap } from './generateMap';

/**
 * Format benchmark (issue 15: each under 2 s on this machine): export of a 1,000-step map to
 * BPMN, and import of a 2,000-node BPMN file written by another tool (the export of a
 * 2,000-step map without Stroomlijn's own data, so every mapping rule runs). Prints figures;
 * asserts nothing.
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
await time(`import BPMN of ${nodes} nodes without DI (ELK layout)`, () => importBpmn(withoutDiagram, { language: 'nl' }));
