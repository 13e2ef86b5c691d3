// `npm run fuzz`: the fuzz and fault harnesses of `npm test`, ten times larger, and the
// 100,000-step save-and-open round trip that `npm test` checks on a small map. Prints the
// counts each harness reports (files tried, refused, opened, crashes) and fails like npm test.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    'tests/unit/openFuzz.test.ts',
    'tests/unit/exportFuzz.test.ts',
    'shared/formats/steps/stepListFuzz.test.ts',
    'shared/formats/bpmn/bpmnFuzz.test.ts',
    'tests/unit/saveReopen.property.test.ts',
    'electron/main/saveEveryCallFaults.test.ts',
    'tests/unit/largeMapRoundTrip.test.ts',
    '--testTimeout=1200000',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, STROOMLIJN_FUZZ_RUNS_PER_FIXTURE: '2000', STROOMLIJN_FUZZ_PROPERTY_RUNS: '2000', STROOMLIJN_FUZZ_RUNS: '2400', STROOMLIJN_LARGE_MAPS: '1' },
  },
);
process.exit(result.status ?? 1);
