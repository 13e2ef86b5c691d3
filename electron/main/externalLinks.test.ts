import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener } from './externalLinks';

describe('external links', () => {
  it('asks with the normalised address and opens exactly that one', async () => {
    const confirm = vi.fn(() => Promise.resolve(true));
    const open = vi.fn(() => Promise.resolve());
    const openLink = createExternalLinkOpener<null>({ confirm, open });
    expect(await openLink(null, 'https://BÜCHER.example/x')).toEqual({ opened: true });
    expect(confirm).toHaveBeenCalledWith(null, 'https://xn--bcher-kva.example/x');
    expect(open).toHaveBeenCalledWith('https://xn--bcher-kva.example/x');
    expect(await openLink(null, 'https://example.org/\u202Egnp.exe')).toEqual({ opened: false });
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
