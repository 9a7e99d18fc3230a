/**
 * A minimal, strict CBOR reader (RFC 8949), enough to read Pagefind's index and metadata files
 * (gzip, then the 12-byte "pagefind_dcd" signature, then CBOR items) and list their words.
 *
 * Strict because it reads bytes the audit did not write: every read is bounds-checked, and
 * anything Pagefind does not write (indefinite lengths, reserved additional information, a
 * stray "break", nesting deeper than `maxDepth`, a length past the end of the input) is an error,
 * never a guess, a loop or a hang. An error fails the audit, which then cannot vouch for the file.
 */
export class CborError extends Error {}

/** Pagefind's items nest a few levels deep; far deeper is malformed input, not an index. */
const maxDepth = 64;
const signature = 'pagefind_dcd';

export function cborTextStrings(bytes: Uint8Array): string[] {
  const reader = new Reader(bytes);
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) === signature) reader.at = signature.length;
  const out: string[] = [];
  while (reader.at < bytes.length) reader.item(out, 0);
  return out;
}

class Reader {
  at = 0;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads one data item, pushing its text strings (and those of its children) to `out`. */
  item(out: string[], depth: number): void {
    if (depth > maxDepth) throw this.error(`items nested more than ${maxDepth} deep`);
    const start = this.at;
    const head = this.take(1)[0]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return this.simple(info, start);
    const n = this.argument(info, start);
    if (major === 0 || major === 1) return;
    if (major === 2 || major === 3) {
      const content = this.take(n);
      if (major === 3) out.push(this.text(content, start));
      return;
    }
    if (major === 6) return this.item(out, depth + 1);
    // Arrays (4) hold n items, maps (5) n pairs.
    const count = major === 5 ? n * 2 : n;
    // Each item takes at least one byte: a count past the end is malformed, however large.
    if (count > this.bytes.length - this.at) throw this.error(`a length of ${n} runs past the end of the input`, start);
    for (let k = 0; k < count; k++) this.item(out, depth + 1);
  }

  /** The head's argument: a count, a length or a value (RFC 8949 3.1). */
  private argument(info: number, start: number): number {
    if (info < 24) return info;
    if (info === 24) return this.take(1)[0]!;
    if (info === 25) return this.view.getUint16(this.skip(2));
    if (info === 26) return this.view.getUint32(this.skip(4));
    if (info === 27) {
      const value = this.view.getBigUint64(this.skip(8));
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw this.error('a length too large to be real', start);
      return Number(value);
    }
    if (info === 31) throw this.error('an indefinite-length item, which Pagefind does not write', start);
    throw this.error(`reserved additional information ${info}`, start);
  }

  /** Major type 7: simple values and floats, which carry no text. */
  private simple(info: number, start: number): void {
    if (info < 24) return;
    if (info === 24) return void this.take(1);
    if (info === 25) return void this.take(2);
    if (info === 26) return void this.take(4);
    if (info === 27) return void this.take(8);
    if (info === 31) throw this.error('a "break" outside an indefinite-length item', start);
    throw this.error(`reserved additional information ${info}`, start);
  }

  private text(content: Uint8Array, start: number): string {
    try {
      return this.decoder.decode(content);
    } catch {
      throw this.error('a text string that is not UTF-8', start);
    }
  }

  /** The next `n` bytes, or an error if the input ends first. */
  private take(n: number): Uint8Array {
    return this.bytes.subarray(this.skip(n), this.at);
  }

  /** Moves past the next `n` bytes, returning where they start. */
  private skip(n: number): number {
    if (n > this.bytes.length - this.at) throw this.error(`the input ends ${n - (this.bytes.length - this.at)} byte(s) early`);
    const start = this.at;
    this.at += n;
    return start;
  }

  private error(what: string, at = this.at): CborError {
    return new CborError(`malformed CBOR at byte ${at}: ${what}`);
  }
}
