import { describe, expect, it } from 'vitest';
import { appEn, appNl } from '../i18n/locales/app';
import { historyLabelKeyOf } from './commandLabels';

/** Every command type of shared/commands/types.ts (kept in step by the store test's dispatches and this list). */
const COMMAND_TYPES = [
  'map/set-meta',
  'map/set-settings',
  'lane/add',
  'lane/update',
  'lane/move',
  'lane/delete',
  'step/add',
  'step/update',
  'step/move',
  'flow/add',
  'flow/update',
  'annotation/add',
  'annotation/update',
  'annotation/move',
  'elements/delete',
  'elements/paste',
  'layout/apply',
  'action/add',
  'action/update',
  'action/delete',
  'future/rebuild',
  'future/clear',
  'findings/dismiss',
  'findings/restore',
] as const;

describe('history labels', () => {
  it('names every command in both languages', () => {
    for (const type of COMMAND_TYPES) {
      const key = historyLabelKeyOf({ type }).replace('app:history.', '');
      expect(appEn.history, type).toHaveProperty(key);
      expect(appNl.history, type).toHaveProperty(key);
    }
    expect(historyLabelKeyOf({ type: 'map/set-meta' })).toBe('app:history.mapSetMeta');
  });
});
