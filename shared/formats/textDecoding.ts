/**
 * Streaming text decoding of a table or log file: UTF-8 with or without a byte-order mark,
 * or Windows-1252 (what Dutch Excel writes as "CSV"), told apart by the bytes themselves.
 * TextDecoder exists in every runtime Stroomlijn runs in (Node, the browser, workers) but
 * not in the ES library types `shared/` is checked against, hence the small local type.
 */
interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

function textDecoderClass(): TextDecoderConstructor {
  return (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
}

export type TextEncodingName = 'utf-8' | 'windows-1252';

/** A decoder for one encoding (the byte-order mark of UTF-8 is dropped). */
export function createDecoder(encoding: TextEncodingName, fatal = false): TextDecoderLike {
  const Decoder = textDecoderClass();
  return new Decoder(encoding, { fatal });
}

/**
 * Decodes chunks of bytes into text. Until a byte sequence that is not UTF-8 appears, the
 * bytes are read as UTF-8; if one appears before any multi-byte UTF-8 character has been
 * seen, the file is Windows-1252 (everything decoded so far was plain ASCII, the same in
 * both), and from then on it is read as such. A file that mixes valid UTF-8 with bytes that
 * are not gets U+FFFD for the latter and `mixedEncoding` is set.
 */
export class StreamingTextDecoder {
  private encoding: TextEncodingName | null = null;
  private strict: TextDecoderLike = createDecoder('utf-8', true);
  private lenient: TextDecoderLike | null = null;
  private sawMultiByte = false;
  mixedEncoding = false;

  constructor(forced?: TextEncodingName) {
    if (forced) this.useEncoding(forced);
  }

  get detectedEncoding(): TextEncodingName {
    return this.encoding ?? 'utf-8';
  }

  private useEncoding(encoding: TextEncodingName): void {
    this.encoding = encoding;
    this.lenient = createDecoder(encoding);
  }

  decode(bytes: Uint8Array, final = false): string {
    if (this.lenient) return this.lenient.decode(bytes, { stream: !final });
    try {
      const text = this.strict.decode(bytes, { stream: !final });
      if (!this.sawMultiByte) this.sawMultiByte = hasNonAscii(bytes);
      return text;
    } catch {
      if (this.sawMultiByte) {
        this.mixedEncoding = true;
        this.useEncoding('utf-8');
      } else {
        this.useEncoding('windows-1252');
      }
      // The strict decoder may hold the first bytes of a character from the previous chunk:
      // they were ASCII-only chunks so far, so nothing is pending in the Windows-1252 case.
      return (this.lenient as unknown as TextDecoderLike).decode(bytes, { stream: !final });
    }
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) if ((bytes[index] as number) >= 0x80) return true;
  return false;
}

/** Drops a leading byte-order mark (U+FEFF) from decoded text. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
