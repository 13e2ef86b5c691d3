import { describe, expect, it } from 'vitest';
import { initI18n } from './index';
import { rendererResources } from './resources';

type Tree = { [key: string]: Tree | string };

/** Every leaf key path, with plural suffixes (_one, _other…) folded into their base key. */
function leafKeys(tree: Tree, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const nested of leafKeys(value, path)) keys.add(nested);
  }
  return keys;
}

function interpolations(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '').sort();
}

function leafTexts(tree: Tree, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') texts.set(path, value);
    else for (const [nestedPath, text] of leafTexts(value, path)) texts.set(nestedPath, text);
  }
  return texts;
}

describe('renderer i18n resources', () => {
  const nl = rendererResources.nl as unknown as Record<string, Tree>;
  const en = rendererResources.en as unknown as Record<string, Tree>;

  it('has the same namespaces in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['app', 'canvas', 'panels', 'common', 'findings', 'diagnostics', 'problems']));
  });

  it.each(Object.keys(rendererResources.en))('namespace %s has every key in both languages', (namespace) => {
    const nlKeys = leafKeys(nl[namespace] ?? {});
    const enKeys = leafKeys(en[namespace] ?? {});
    expect([...enKeys].filter((key) => !nlKeys.has(key)), `missing in nl`).toEqual([]);
    expect([...nlKeys].filter((key) => !enKeys.has(key)), `missing in en`).toEqual([]);
  });

  it.each(Object.keys(rendererResources.en))('namespace %s uses the same interpolations in both languages', (namespace) => {
    const nlTexts = leafTexts(nl[namespace] ?? {});
    for (const [path, enText] of leafTexts(en[namespace] ?? {})) {
      const nlText = nlTexts.get(path);
      // Plural forms may word the number differently ("once" / "1 keer"); presence is checked above.
      if (nlText === undefined || /_(zero|one|two|few|many|other)$/.test(path)) continue;
      expect(interpolations(nlText), `${namespace}:${path}`).toEqual(interpolations(enText));
    }
  });

  it('translates from the one instance and switches language', () => {
    const i18n = initI18n('nl');
    expect(i18n.t('app:commands.file.save')).toBe('Opslaan');
    void i18n.changeLanguage('en');
    expect(i18n.t('app:commands.file.save')).toBe('Save');
    expect(i18n.t('app:dialogs.openFailedMore', { count: 2 })).toBe('…and 2 more problems.');
  });
});
