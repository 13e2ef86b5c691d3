import { cliEn, cliNl } from './cli';
import { commonEn, commonNl } from './common';
import { problemsEn, problemsNl } from './problems';

/**
 * Every namespace of shared texts, per language. Add a namespace as one file per
 * namespace (`findings.ts`, `diagnostics.ts`, `problems.ts`…) exporting `xxxNl` and `xxxEn`
 * with the same keys, and register it here.
 */
export const sharedResources = {
  nl: { cli: cliNl, common: commonNl, problems: problemsNl },
  en: { cli: cliEn, common: commonEn, problems: problemsEn },
} as const;
