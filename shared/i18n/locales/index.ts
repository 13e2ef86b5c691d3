import { cliEn, cliNl } from './cli';
import { commonEn, commonNl } from './common';
import { deckEn, deckNl } from './deck';
import { diagnosticsEn, diagnosticsNl } from './diagnostics';
import { discoveryEn, discoveryNl } from './discovery';
import { findingsEn, findingsNl } from './findings';
import { formatsEn, formatsNl } from './formats';
import { glossaryEn, glossaryNl } from './glossary';
import { menuEn, menuNl } from './menu';
import { planEn, planNl } from './plan';
import { playbookEn, playbookNl } from './playbook';
import { problemsEn, problemsNl } from './problems';

/**
 * Every namespace of shared texts, per language. Add a namespace as one file per
 * namespace (`findings.ts`, `diagnostics.ts`, `problems.ts`…) exporting `xxxNl` and `xxxEn`
 * with the same keys, and register it here.
 */
export const sharedResources = {
  nl: { cli: cliNl, common: commonNl, deck: deckNl, diagnostics: diagnosticsNl, discovery: discoveryNl, findings: findingsNl, formats: formatsNl, glossary: glossaryNl, menu: menuNl, plan: planNl, playbook: playbookNl, problems: problemsNl },
  en: { cli: cliEn, common: commonEn, deck: deckEn, diagnostics: diagnosticsEn, discovery: discoveryEn, findings: findingsEn, formats: formatsEn, glossary: glossaryEn, menu: menuEn, plan: planEn, playbook: playbookEn, problems: problemsEn },
} as const;
