import type { Document } from 'docx';
import { BLANK_PNG } from './docxBlocks';
import { mediaPartPath } from './docxPackage';
import type { Sha1Hex } from './docxPicture';

/** A PNG fallback still being drawn (startPngFallbacks: one promise per distinct drawing). */
export type DrawingPromise = Promise<Uint8Array | undefined>;

/**
 * Media keys for PNG fallbacks still being drawn, one per drawing: the Word document is
 * compiled with a stand-in under that key while the pictures are drawn, and
 * putDrawnPictures puts each PNG in its stand-in's place afterwards.
 */
export class PendingDrawings {
  private readonly keys = new Map<DrawingPromise, string>();

  /** The media key of a drawing's PNG: the same promise (the same drawing) gets the same key. */
  keyOf(drawing: DrawingPromise): string {
    let key = this.keys.get(drawing);
    if (key === undefined) {
      key = `pending-drawing-${this.keys.size + 1}.png`;
      this.keys.set(drawing, key);
    }
    return key;
  }

  get entries(): [DrawingPromise, string][] {
    return [...this.keys];
  }
}

/**
 * Waits for the pending drawings and puts each PNG in the compiled package (`parts`) where
 * the media of its key was written. The docx library keys a PNG by its SHA-1, so two
 * drawings that come out as the same PNG, or as a PNG the document holds already, share one
 * media file in its package; here they would not: then nothing is changed and the answer is
 * false (the caller builds the document again with the PNGs), so the package is always the
 * one the library would write with the PNGs known from the start.
 */
export async function putDrawnPictures(parts: Map<string, string | Uint8Array>, file: Document, pending: PendingDrawings, sha1Hex: Sha1Hex): Promise<boolean> {
  const entries = pending.entries;
  const pngs = await Promise.all(entries.map(([drawing]) => drawing));
  const mediaEntries = file.Media.Entries;
  const otherKeys = new Set(mediaEntries.map(([key]) => key));
  const fileNameOf = new Map(mediaEntries);
  const seen = new Set<string>();
  const placements: [string, Uint8Array][] = [];
  for (const [index, [, key]] of entries.entries()) {
    const png = pngs[index] ?? BLANK_PNG;
    const libraryKey = `${sha1Hex(png)}.png`;
    if (seen.has(libraryKey) || otherKeys.has(libraryKey)) return false;
    seen.add(libraryKey);
    const media = fileNameOf.get(key);
    const path = media ? mediaPartPath(media.fileName) : undefined;
    // A picture not written (none here) needs nothing; a stand-in where the package has no such part means the library changed.
    if (path === undefined) continue;
    if (!parts.has(path)) throw new Error(`docx: the compiled package has no ${path} for a picture`);
    placements.push([path, png]);
  }
  for (const [path, png] of placements) parts.set(path, png);
  return true;
}
