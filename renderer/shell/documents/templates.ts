import { parseMap } from '../../../shared/model/parse';
import type { ProcessMap } from '../../../shared/model/types';

/** A bundled example map offered as a template (the same shape as the TemplatesDialog's entries). */
export interface TemplateEntry {
  /** File name without extension, e.g. "inkomende-facturen". */
  id: string;
  map: ProcessMap;
}

// The example maps of fixtures/maps are the app's templates, bundled as text at build time.
const templateSources = import.meta.glob<string>('../../../fixtures/maps/*.stroomlijn', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function templateIdOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.stroomlijn$/, '');
}

/**
 * Every bundled template, parsed through the same load pipeline as a user's file, sorted
 * by title. A template that does not parse is left out (and reported), never shown broken.
 */
export function loadTemplates(sources: Record<string, string> = templateSources): TemplateEntry[] {
  const templates: TemplateEntry[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const parsed = parseMap(text);
    if (parsed.ok) templates.push({ id: templateIdOf(path), map: parsed.map });
    else console.error(`Template ${path} does not parse`, parsed.problems);
  }
  return templates.sort((left, right) => left.map.meta.title.localeCompare(right.map.meta.title));
}
