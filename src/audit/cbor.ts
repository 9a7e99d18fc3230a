/**
 * A minimal CBOR reader (RFC 8949), enough to read Pagefind's index and metadata files
 * (gzip, then the 12-byte "pagefind_dcd" signature, then CBOR items) and list their words.
 */
export function cborTextStrings(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const out: string[] = [];
  let i = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[i++]!;
    if (info === 25) return (i += 2), view.getUint16(i - 2);
    if (info === 26) return (i += 4), view.getUint32(i - 4);
    if (info === 27) return (i += 8), Number(view.getBigUint64(i - 8));
    if (info === 31) return -1; // Indefinite length.
    throw new Error(`unsupported CBOR length ${info} at byte ${i}`);
  };
  const item = (): void => {
    const head = bytes[i++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 25) i += 2;
      else if (info === 26) i += 4;
      else if (info === 27) i += 8;
      return;
    }
    const n = length(info);
    if (major === 0 || major === 1) return;
    if (major === 2 || major === 3) {
      if (major === 3) out.push(decoder.decode(bytes.subarray(i, i + n)));
      i += n;
      return;
    }
    if (major === 6) return item();
    const count = major === 5 ? n * 2 : n;
    if (n < 0) {
      while (bytes[i] !== 0xff) item();
      i++;
    } else for (let k = 0; k < count; k++) item();
  };
  const signature = 'pagefind_dcd';
  if (decoder.decode(bytes.subarray(0, signature.length)) === signature) i = signature.length;
  while (i < bytes.length) item();
  return out;
}
