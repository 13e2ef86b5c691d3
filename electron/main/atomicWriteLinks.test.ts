import * as fsPromises from 'node:fs/promises';
import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFileSystem } from './atomicWrite';

/** Issue 12, defects 5 and 8, on real temporary folders. */
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stroomlijn-links-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const isPosix = process.platform !== 'win32';

describe.runIf(isPosix)('saving through links', () => {
  it('a symbolic link: the real file gets the new content, atomically beside it, and the link stays a link', async () => {
    const realFolder = join(folder, 'echt');
    await mkdir(realFolder);
    const real = join(realFolder, 'facturen.stroomlijn');
    await writeFile(real, 'oud');
    await chmod(real, 0o640);
    const linkPath = join(folder, 'snelkoppeling.stroomlijn');
    await symlink(real, linkPath);

    await writeFileAtomically(fsPromises, linkPath, 'nieuw', 'linux');

    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('nieuw');
    expect((await stat(real)).mode & 0o777).toBe(0o640);
    // The temporary file was made next to the real file and is gone again.
    expect(await readdir(realFolder)).toEqual(['facturen.stroomlijn']);
    expect(await readdir(folder)).toEqual(['echt', 'snelkoppeling.stroomlijn'].sort());
  });

  it('a chain of symbolic links is followed to the end', async () => {
    const real = join(folder, 'echt.stroomlijn');
    await writeFile(real, 'oud');
    await symlink(real, join(folder, 'een.stroomlijn'));
    await symlink(join(folder, 'een.stroomlijn'), join(folder, 'twee.stroomlijn'));
    await writeFileAtomically(fsPromises, join(folder, 'twee.stroomlijn'), 'nieuw', 'linux');
    expect(await readFile(real, 'utf8')).toBe('nieuw');
    expect((await lstat(join(folder, 'twee.stroomlijn'))).isSymbolicLink()).toBe(true);
  });

  it('a hard link: written in place, so every name of the file sees the new content', async () => {
    const first = join(folder, 'facturen.stroomlijn');
    const second = join(folder, 'kopie-via-hardlink.stroomlijn');
    await writeFile(first, 'een oude, langere inhoud');
    await chmod(first, 0o600);
    await link(first, second);
    const inode = (await stat(first)).ino;

    await writeFileAtomically(fsPromises, first, 'nieuw', 'linux');

    expect(await readFile(first, 'utf8')).toBe('nieuw');
    expect(await readFile(second, 'utf8')).toBe('nieuw');
    expect((await stat(first)).ino).toBe(inode);
    expect((await stat(first)).nlink).toBe(2);
    expect((await stat(first)).mode & 0o777).toBe(0o600);
    expect((await readdir(folder)).sort()).toEqual(['facturen.stroomlijn', 'kopie-via-hardlink.stroomlijn']);
  });
});

describe.runIf(isPosix)('permissions', () => {
  it('keeps 0600 and 0664 exactly (no umask narrowing, never widening)', async () => {
    for (const mode of [0o600, 0o664, 0o640]) {
      const path = join(folder, `m${mode.toString(8)}.stroomlijn`);
      await writeFile(path, 'oud');
      await chmod(path, mode);
      await writeFileAtomically(fsPromises, path, 'nieuw', 'linux');
      expect((await stat(path)).mode & 0o777).toBe(mode);
    }
  });

  it('when stat fails for another reason than "no such file", the save fails and the file is untouched', async () => {
    const path = join(folder, 'prive.stroomlijn');
    await writeFile(path, 'geheim');
    await chmod(path, 0o600);
    const failingStat: AtomicWriteFileSystem = {
      ...fsPromises,
      stat: () => Promise.reject(Object.assign(new Error('EIO: i/o error, stat'), { code: 'EIO' })),
    };
    await expect(writeFileAtomically(failingStat, path, 'nieuw', 'linux')).rejects.toThrow(/EIO/);
    expect(await readFile(path, 'utf8')).toBe('geheim');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['prive.stroomlijn']);
  });
});

describe('the backups folder after a crash', () => {
  it('loses the temporary files a killed save left, on the next start, and keeps the backups', async () => {
    const backups = join(folder, 'backups');
    await mkdir(backups);
    await writeFile(join(backups, 'facturen.stroomlijn.1a2b3c4d.bak'), 'vorige versie');
    await writeFile(join(backups, '.facturen.stroomlijn.1a2b3c4d.bak.0f0f0f0f.tmp'), 'x'.repeat(1000));
    await writeFile(join(backups, '.post.stroomlijn.99999999.bak.abcdef01.tmp'), 'y');
    await writeFile(join(backups, 'notities.txt'), 'van de gebruiker');
    const { tidyBackupFolder } = await import('./backups');
    expect(await tidyBackupFolder(fsPromises, backups)).toBe(2);
    expect((await readdir(backups)).sort()).toEqual(['facturen.stroomlijn.1a2b3c4d.bak', 'notities.txt']);
    // No backups folder yet (first start): nothing to do, no error.
    expect(await tidyBackupFolder(fsPromises, join(folder, 'bestaat-niet'))).toBe(0);
  });
});
