import { describe, expect, it } from 'vitest';
import { formatWindowTitle } from './windowTitle';

describe('formatWindowTitle', () => {
  it('shows the file name without extension', () => {
    expect(formatWindowTitle({ fileName: 'Facturen.stroomlijn', title: 'Inkomende facturen', dirty: false })).toBe('Facturen — Stroomlijn');
  });
  it('falls back to the map title for a document never saved', () => {
    expect(formatWindowTitle({ fileName: null, title: 'Inkomende facturen', dirty: false })).toBe('Inkomende facturen — Stroomlijn');
  });
  it('marks unsaved changes', () => {
    expect(formatWindowTitle({ fileName: 'a.json', title: 'x', dirty: true })).toBe('• a — Stroomlijn');
  });
  it('shows only the app name when there is no name at all', () => {
    expect(formatWindowTitle({ fileName: null, title: '  ', dirty: false })).toBe('Stroomlijn');
  });
});
