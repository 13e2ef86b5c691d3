import { extname, isAbsolute, resolve } from 'node:path';
import { OPENABLE_EXTENSIONS } from '../../shared/ipc/contract';

/**
 * The map files named on a command line (`stroomlijn facturen.stroomlijn`, a double-click
 * on Windows and Linux, a second start of the app), as absolute paths.
 *
 * `argv` is process.argv (or what 'second-instance' passes): the executable first, then in
 * an unpackaged run the app folder or main script. Switches (`--foo`, and Chromium's own,
 * which it may insert) are skipped; after `--` everything counts as a file.
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
    const extension = extname(argument).slice(1).toLowerCase();
    if (!OPENABLE_EXTENSIONS.includes(extension)) continue;
    const path = isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
    if (!files.includes(path)) files.push(path);
  }
  return files;
}

/** True for a path main may open for the renderer: absolute, with a map extension. */
export function isOpenableMapPath(path: string): boolean {
  return isAbsolute(path) && !path.includes('\0') && OPENABLE_EXTENSIONS.includes(extname(path).slice(1).toLowerCase());
}
