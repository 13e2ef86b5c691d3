import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FEATURES = readdirSync(join(root, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The project's own ESLint configuration, run on probe files that do not exist: only the
 * import rule (the type-aware rules would need the files in a TypeScript project).
 */
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function restrictedImports(probePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { probe } from '${source}';\nexport const used = probe;\n`, { filePath: join(root, probePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('renderer layers (eslint.config.js)', () => {
  it('has the features the layout promises', () => {
    expect(FEATURES).toEqual(expect.arrayContaining(['canvas', 'export', 'improve', 'panels']));
  });

  it('rejects a feature that imports another feature or the shell', async () => {
    for (const feature of FEATURES) {
      for (const other of FEATURES.filter((candidate) => candidate !== feature)) {
        expect(await restrictedImports(`renderer/features/${feature}/probe.ts`, `../${other}/anything`), `${feature} → ${other}`).toHaveLength(1);
        expect(await restrictedImports(`renderer/features/${feature}/nested/probe.ts`, `../../${other}/anything`), `${feature}/nested → ${other}`).toHaveLength(1);
      }
      expect(await restrictedImports(`renderer/features/${feature}/probe.ts`, '../../shell/App')).toHaveLength(1);
    }
  });

  it('rejects base importing a feature or the shell', async () => {
    expect(await restrictedImports('renderer/base/store/probe.ts', '../../features/canvas/FlowCanvas')).toHaveLength(1);
    expect(await restrictedImports('renderer/base/probe.ts', '../shell/App')).toHaveLength(1);
  });

  it('lets a feature use its own folders, base/ and shared/, and the shell use everything', async () => {
    expect(await restrictedImports('renderer/features/canvas/lanes/probe.ts', '../nodes/nodeTypes')).toEqual([]);
    expect(await restrictedImports('renderer/features/canvas/lanes/probe.ts', '../../../base/hooks')).toEqual([]);
    expect(await restrictedImports('renderer/features/improve/probe.ts', '../../../shared/improve/futureState')).toEqual([]);
    expect(await restrictedImports('renderer/shell/probe.ts', '../features/improve/future/StateView')).toEqual([]);
    expect(await restrictedImports('renderer/shell/probe.ts', '../base/hooks')).toEqual([]);
  });
});
