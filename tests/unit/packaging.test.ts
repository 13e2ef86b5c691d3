import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

/**
 * The installer configuration (electron-builder.yml) cannot be built here (electron-builder
 * downloads Electron), so check what can be checked: electron-builder's own schema, the
 * fuses, the file association, the targets and the icons it points at.
 */
const projectRoot = join(import.meta.dirname, '../..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', async () => {
  const config = await getConfig(projectRoot, null, null);

  it("passes electron-builder's own validation", async () => {
    const debugLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined();
  });

  it('names the app and flips the security fuses', () => {
    expect(config.productName).toBe('Stroomlijn');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('associates .stroomlijn files and builds AppImage, deb, NSIS and dmg', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'stroomlijn', role: 'Editor' })]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('ships the built app only: no tests, fixtures or sources', () => {
    // getConfig normalises the list into one { filter } pattern set.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toContain('out/**/*');
    for (const excluded of ['!tests/**', '!fixtures/**', '!electron/**', '!renderer/**', '!shared/**']) expect(files).toContain(excluded);
    // The app's entry point is inside what is shipped.
    const main = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toMatch(/^out\//);
  });

  it('points at icons that exist, in the sizes each platform needs', () => {
    expect(pngSize(join(projectRoot, config.mac?.icon ?? ''))).toEqual({ width: 1024, height: 1024 });
    const ico = readFileSync(join(projectRoot, config.win?.icon ?? ''));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    for (const size of [16, 32, 48, 128, 256, 512]) {
      const path = join(projectRoot, config.linux?.icon ?? '', `${size}x${size}.png`);
      expect(existsSync(path), path).toBe(true);
      expect(pngSize(path)).toEqual({ width: size, height: size });
    }
  });
});
