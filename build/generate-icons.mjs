#!/usr/bin/env node
// Renders build/icon.svg to the PNG and ICO files electron-builder uses, with Debian's
// Chromium through Playwright (no downloads):
//   node build/generate-icons.mjs        (CHROMIUM_PATH overrides /usr/bin/chromium)
// Output: build/icon.png (1024 px: macOS .icns and Windows .ico are made from it by
// electron-builder), build/icons/<size>x<size>.png (Linux), build/icon.ico (Windows, PNG-compressed entries).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const buildDirectory = import.meta.dirname;
const svg = readFileSync(join(buildDirectory, 'icon.svg'), 'utf8');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pngs = new Map();
try {
  const page = await browser.newPage();
  for (const size of LINUX_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`;
    await page.setContent(html);
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}

mkdirSync(join(buildDirectory, 'icons'), { recursive: true });
for (const [size, png] of pngs) writeFileSync(join(buildDirectory, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(buildDirectory, 'icon.png'), pngs.get(1024));
writeFileSync(join(buildDirectory, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => [size, pngs.get(size)])));
console.log(`icons: build/icon.png, build/icon.ico, build/icons/{${LINUX_SIZES.join(',')}}`);

/** An .ico whose entries are PNG images (supported since Windows Vista). */
function icoFromPngs(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  const directory = Buffer.alloc(16 * entries.length);
  let offset = header.length + directory.length;
  entries.forEach(([size, png], index) => {
    const at = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at);
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt8(0, at + 2);
    directory.writeUInt8(0, at + 3);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...entries.map(([, png]) => png)]);
}
