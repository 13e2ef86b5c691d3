import type { Migration } from './types';

/**
 * Version 2 only adds fields, every one optional or with a default (parallel steps,
 * variability, the working day's start, a lead-time target, source, measured figures, root
 * causes, a goal), so a version-1 map means the same in version 2: only the number changes,
 * which the runner sets.
 */
export const v1ToV2: Migration = {
  fromVersion: 1,
  description: 'adds parallel steps, variability, workdayStart, leadTimeTargetMinutes, source, measured, rootCauses and goal',
  up: (document) => ({ ...document }),
};
