import { Packer, type Document } from 'docx';

/** Zips the parts of an Office package (path → XML text or bytes), in the order given. */
export type ZipParts = (parts: ReadonlyMap<string, string | Uint8Array>) => Promise<Uint8Array>;

/** What Packer.pack does before it zips: the package's parts, by path, in order. */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, string | Uint8Array>;
}

/**
 * The docx library's compiler, which Packer.pack uses before zipping; not in its typed API,
 * so looked up with care: null when a version of the library no longer has it.
 */
function docxCompiler(): DocxCompiler | null {
  const compiler: unknown = (Packer as unknown as { compiler?: unknown }).compiler;
  if (typeof compiler !== 'object' || compiler === null || !('compile' in compiler) || typeof compiler.compile !== 'function') return null;
  return compiler as DocxCompiler;
}

/**
 * The .docx file of a Word document. Packer.pack zips with the library's own JavaScript
 * DEFLATE (fflate, level 6, also over the PNGs, which are compressed already): a fifth of a
 * long plan's export time. With `zip` (the command line passes zlib's), the package's parts
 * are compiled by the same compiler and zipped by `zip` instead; without it, or if the
 * library's compiler cannot be found, Packer.pack does both.
 */
export async function packDocx(file: Document, zip?: ZipParts): Promise<Uint8Array> {
  const parts = zip ? compileDocx(file) : null;
  if (!zip || !parts) return Packer.pack(file, 'uint8array');
  return zip(parts);
}

/**
 * The package's parts (path → XML text or bytes) as Packer.pack compiles them before
 * zipping, or null when this version of the library has no compiler to call.
 */
export function compileDocx(file: Document): Map<string, string | Uint8Array> | null {
  const compiler = docxCompiler();
  if (!compiler) return null;
  const parts = compiler.compile(file, undefined, []);
  for (const [path, data] of parts) {
    if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw new Error(`docx part ${path} is neither text nor bytes`);
  }
  return parts;
}

/** The path in the package of a picture that Media names `fileName` (the compiler writes word/media/<name>). */
export function mediaPartPath(fileName: string): string {
  return `word/media/${fileName}`;
}
