import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOpenableMapPath, mapFilesFromArgv } from './launchArguments';

const cwd = resolve('/home/anna/Documenten');

describe('mapFilesFromArgv', () => {
  it('takes map files from a packaged command line, relative to the working folder', () => {
    expect(mapFilesFromArgv(['/opt/Stroomlijn/stroomlijn', 'facturen.stroomlijn', '/tmp/Post.JSON', 'notes.txt'], cwd, true)).toEqual([
      join(cwd, 'facturen.stroomlijn'),
      '/tmp/Post.JSON',
    ]);
  });

  it('skips the app folder of an unpackaged run, switches and duplicates', () => {
    expect(mapFilesFromArgv(['electron', '.', '--inspect=9229', '--no-sandbox', 'a.stroomlijn', './a.stroomlijn'], cwd, false)).toEqual([join(cwd, 'a.stroomlijn')]);
  });

  it('treats everything after -- as a file', () => {
    expect(mapFilesFromArgv(['stroomlijn', '--', '-raar-.stroomlijn'], cwd, true)).toEqual([join(cwd, '-raar-.stroomlijn')]);
  });

  it('accepts file:// URLs from the desktop entry and ignores other URLs', () => {
    expect(mapFilesFromArgv(['stroomlijn', 'file:///home/anna/Mijn%20kaarten/post.stroomlijn', 'https://example.com/a.stroomlijn'], cwd, true)).toEqual([
      '/home/anna/Mijn kaarten/post.stroomlijn',
    ]);
  });

  it('finds nothing on a plain start', () => {
    expect(mapFilesFromArgv(['stroomlijn'], cwd, true)).toEqual([]);
    expect(mapFilesFromArgv(['stroomlijn', ''], cwd, true)).toEqual([]);
  });
});

describe('isOpenableMapPath', () => {
  it('accepts absolute map paths only', () => {
    expect(isOpenableMapPath('/home/anna/facturen.stroomlijn')).toBe(true);
    expect(isOpenableMapPath('/home/anna/post.json')).toBe(true);
    expect(isOpenableMapPath('facturen.stroomlijn')).toBe(false);
    expect(isOpenableMapPath('/home/anna/.bashrc')).toBe(false);
    expect(isOpenableMapPath('/etc/passwd')).toBe(false);
    expect(isOpenableMapPath('')).toBe(false);
  });
});
