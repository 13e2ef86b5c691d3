import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENABLE_EXTENSIONS } from '../../shared/ipc/contract';

/**
 * The map files named on a command line (`stroomlijn facturen.stroomlijn`, a double-click
 * on Windows and Linux, a second start of the app), as absolute paths.
 *
 * `argv` is process.argv (or what 'second-instance' passes): the executable first, then in
 * an unpackaged run the app folder or main script. Switches (`--foo`, and Chromium's own,
 * which it may insert) are skipped; after `--` everything counts as a file. Linux file
 * managers may pass file:// URLs (the desktop entry's %U).
 */
export function mapFilesFromArgv(argv: readonly string[], workingDirectory: string, isPackaged: boolean): string[] {
  const candidates = argv.slice(isPackaged ? 1 : 2);
  const files: string[] = [];
  let switchesEnded = false;
  for (const argument of candidates) {
    if (!switchesEnded && argument === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && argument.startsWith('-')) continue;
    if (argument.trim() === '' || argument.includes('\0')) continue;
    const named = localPathOf(argument);
    if (named === null) continue;
    const extension = extname(named).slice(1).toLowerCase();
    if (!OPENABLE_EXTENSIONS.includes(extension)) continue;
    const path = isAbsolute(named) ? named : resolve(workingDirectory, named);
    if (!files.includes(path)) files.push(path);
  }
  return files;
}

/** The path an argument names: itself, or the path of a file:// URL; null for other URLs. */
function localPathOf(argument: string): string | null {
  if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(argument)) return argument;
  if (!argument.toLowerCase().startsWith('file://')) return null;
  try {
    return fileURLToPath(argument);
  } catch {
    return null;
  }
}

/** True for a path main may open for the renderer: absolute, with a map extension. */
export function isOpenableMapPath(path: string): boolean {
  return isAbsolute(path) && !path.includes('\0') && OPENABLE_EXTENSIONS.includes(extname(path).slice(1).toLowerCase());
}
