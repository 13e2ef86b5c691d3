#!/usr/bin/env node
// `npm start`: builds main, preload and renderer and opens Stroomlijn in Electron
// (electron-vite preview), the same build that ships, with the strict CSP and app://.
// Electron 45 has no install script: its binary is fetched on first use. This script
// fetches it once (visibly) when it is missing, and when that is impossible (an offline
// machine) says so in one line instead of failing deep inside electron-vite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const electronPackage = join(projectRoot, 'node_modules', 'electron');

/** Path of the Electron executable when it is installed, else null. */
function installedElectronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relativePath;
  try {
    relativePath = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
  } catch {
    relativePath = undefined;
  }
  if (override) {
    const binary = join(override, relativePath || 'electron');
    return existsSync(binary) ? binary : null;
  }
  if (!relativePath) return null;
  const binary = join(electronPackage, 'dist', relativePath);
  return existsSync(binary) ? binary : null;
}

/** Runs Electron's own installer once; its output is hidden, the one-line message below explains a failure. */
function downloadElectronBinary() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  console.log('Stroomlijn: downloading the Electron binary (first start only) …');
  spawnSync(process.execPath, [join(electronPackage, 'install.js')], { cwd: projectRoot, stdio: 'ignore' });
}

if (installedElectronBinary() === null) downloadElectronBinary();

if (installedElectronBinary() === null) {
  console.error(
    'Stroomlijn: the Electron binary is not installed and could not be downloaded (no internet access, or ELECTRON_SKIP_BINARY_DOWNLOAD is set) — on a machine with internet, `npm start` fetches it, or run `node node_modules/electron/install.js`; meanwhile `npm run web` runs the same app in your browser.',
  );
  process.exit(1);
}

const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
