/**
 * The audit's CBOR reader reads bytes it did not write (Pagefind's index): crafted, malformed
 * input must end in an error naming the problem, at once, never a loop, a hang or a guess.
 */
import { describe, expect, it } from 'vitest';
import { CborError, cborTextStrings } from './cbor.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => [0x60 + s.length, ...Buffer.from(s)];
const signed = (...values: number[]) => new Uint8Array([...Buffer.from('pagefind_dcd'), ...values]);

describe('the CBOR reader', () => {
  it('reads text strings inside arrays, maps and tags, and skips numbers, byte strings and floats', () => {
    const input = signed(
      0x84, // array of 4
      ...text('alpha'),
      0xa1,
      ...text('key'),
      0x19,
      0x01,
      0x00, // map { "key": 256 }
      0xc1,
      ...text('tagged'), // tag 1
      0x82,
      0x43,
      1,
      2,
      3,
      0xfb,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0, // [h'010203', 0.0]
    );
    expect(cborTextStrings(input)).toEqual(['alpha', 'key', 'tagged']);
  });

  it('reads a 64-bit length that is small', () => {
    expect(cborTextStrings(bytes(0x7b, 0, 0, 0, 0, 0, 0, 0, 2, 0x68, 0x69))).toEqual(['hi']);
  });

  it.each([
    ['an indefinite-length text string (it used to loop forever)', bytes(0x7f, 0x61, 0x61, 0xff), /indefinite-length/],
    ['an indefinite-length text string that never ends', bytes(0x7f, 0x61, 0x61), /indefinite-length/],
    ['an indefinite-length array', bytes(0x9f, 0x01, 0xff), /indefinite-length/],
    ['an indefinite-length map', bytes(0xbf, 0xff), /indefinite-length/],
    ['a stray break', bytes(0xff), /"break"/],
    ['a text string cut short', bytes(0x65, 0x61, 0x62), /ends 3 byte\(s\) early/],
    ['a length cut short', bytes(0x79, 0x01), /ends 1 byte\(s\) early/],
    ['a float cut short', bytes(0xfb, 0, 0), /ends 6 byte\(s\) early/],
    ['a 32-bit length past the end', bytes(0x7a, 0xff, 0xff, 0xff, 0xff, 0x61), /early/],
    ['a 64-bit length too large to be real', bytes(0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), /too large/],
    ['an array claiming four billion items', bytes(0x9a, 0xff, 0xff, 0xff, 0xff, 0x01), /runs past the end/],
    ['a map claiming more pairs than bytes', bytes(0xb9, 0xff, 0xff, 0x01, 0x02), /runs past the end/],
    ['reserved additional information', bytes(0x1c), /reserved additional information 28/],
    ['a reserved simple value', bytes(0xfc), /reserved additional information 28/],
    ['a text string that is not UTF-8', bytes(0x62, 0xc3, 0x28), /not UTF-8/],
    ['an array claiming more items than bytes', bytes(0x83, 0x01, 0x02), /runs past the end/],
    ['an array whose last item is cut short', bytes(0x82, 0x01, 0x61), /ends 1 byte\(s\) early/],
  ])('refuses %s', (_, input, message) => {
    expect(() => cborTextStrings(input)).toThrow(CborError);
    expect(() => cborTextStrings(input)).toThrow(message);
  });

  it('refuses items nested deeper than any index, without exhausting the stack', () => {
    const arrays = new Uint8Array(100_000).fill(0x81); // [[[[…
    expect(() => cborTextStrings(arrays)).toThrow(/nested more than 64 deep/);
    const tags = new Uint8Array(100_000).fill(0xc1); // tag(tag(tag(…
    expect(() => cborTextStrings(tags)).toThrow(/nested more than 64 deep/);
  });

  it('accepts nesting as deep as the limit', () => {
    const input = new Uint8Array([...new Array<number>(64).fill(0x81), ...text('deep')]);
    expect(cborTextStrings(input)).toEqual(['deep']);
  });

  it('says at which byte the input went wrong', () => {
    expect(() => cborTextStrings(signed(0x82, 0x01, 0x7f))).toThrow(/at byte 14/);
  });
});
