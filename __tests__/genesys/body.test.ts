// Reading a body as text: whole whatever its declared length says, decoded as Buffer.toString does, cut off at the cap.
import { describe, expect, it } from '@jest/globals';
import { DECODE_AS_IT_COMES_PAST, declaredLength, readCappedText, type BodyStream } from '../../src/genesys/body.ts';

/** A body of these chunks; `read` counts the chunks taken, `destroyed` whether it was stopped. */
function stream(...chunks: Array<string | Buffer>): BodyStream & { read: number; destroyed: boolean } {
  const body = {
    read: 0,
    destroyed: false,
    destroy() {
      body.destroyed = true;
    },
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        body.read++;
        yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      }
    },
  };
  return body;
}

const tooLarge = () => new Error('too large');

/** Bytes that are not UTF-8, a leading BOM and characters of several bytes. */
const SAMPLES: Array<[string, number[]]> = [
  ['a BOM', [0xef, 0xbb, 0xbf, 0x7b, 0x7d]],
  ['a lone continuation byte', [0x22, 0x80, 0x22]],
  ['a truncated sequence', [0x22, 0xe2, 0x82, 0x22]],
  ['an overlong encoding', [0x22, 0xc0, 0xaf, 0x22]],
  ['a surrogate', [0x22, 0xed, 0xa0, 0x80, 0x22]],
  ['a sequence cut at the end', [0x22, 0xf0, 0x9f, 0x98]],
  ['four-byte characters', [0x22, 0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x98, 0x81, 0x22]],
];

describe('readCappedText', () => {
  it.each([
    ['as declared', 10],
    ['without a declared length', undefined],
    ['longer than declared', 4],
    ['shorter than declared', 30],
  ])('reads a body %s whole', async (_, declared) => {
    expect(await readCappedText(stream('{"a":', '[1,2', ']}'), declared, 100, tooLarge)).toBe('{"a":[1,2]}');
  });

  it('keeps a character split across chunks', async () => {
    const euro = Buffer.from('"€"');
    const body: BodyStream = {
      destroy: () => undefined,
      async *[Symbol.asyncIterator]() {
        yield euro.subarray(0, 2);
        yield euro.subarray(2);
      },
    };
    expect(await readCappedText(body, euro.length, 100, tooLarge)).toBe('"€"');
  });

  // Bytes that are not UTF-8, a leading BOM and characters cut at every chunk boundary: the
  // text is what Buffer.toString gives for the whole body, so no answer parses differently.
  it.each(SAMPLES)('decodes %s as Buffer.toString does, however it is split', async (_, bytes) => {
    const whole = Buffer.from(bytes);
    for (let size = 1; size <= whole.length; size++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < whole.length; at += size) chunks.push(whole.subarray(at, at + size));
      expect(await readCappedText(stream(...chunks), undefined, 100, tooLarge)).toBe(whole.toString('utf8'));
    }
  });

  // A large body is decoded as it comes: the same bytes, with the switch to decoding falling
  // inside each of them, give the same text.
  it.each(SAMPLES)('decodes %s as Buffer.toString does in a large body too, wherever decoding starts', async (_, bytes) => {
    const lead = Buffer.alloc(DECODE_AS_IT_COMES_PAST - 1, 0x61);
    const whole = Buffer.concat([lead, Buffer.from(bytes), Buffer.from('"tail"')]);
    const tail = whole.subarray(lead.length);
    for (let size = 1; size <= bytes.length; size++) {
      const chunks: Buffer[] = [lead];
      for (let at = 0; at < tail.length; at += size) chunks.push(tail.subarray(at, at + size));
      expect(await readCappedText(stream(...chunks), undefined, whole.length, tooLarge)).toBe(whole.toString('utf8'));
    }
  });

  it('keeps the byte-order mark of a large body, however it is split', async () => {
    const whole = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(DECODE_AS_IT_COMES_PAST + 10, 0x61)]);
    for (const at of [1, 2, 3, DECODE_AS_IT_COMES_PAST + 1]) {
      const text = await readCappedText(stream(whole.subarray(0, at), whole.subarray(at)), undefined, whole.length, tooLarge);
      expect(text).toBe(whole.toString('utf8'));
    }
  });

  it('refuses a declared length over the cap before reading a byte', async () => {
    const body = stream('x');
    await expect(readCappedText(body, 101, 100, tooLarge)).rejects.toThrow('too large');
    expect([body.read, body.destroyed]).toEqual([0, true]);
  });

  it.each([
    ['declared within the cap', 50],
    ['not declared', undefined],
  ])('cuts off a body that passes the cap, its length %s', async (_, declared) => {
    const body = stream('x'.repeat(60), 'x'.repeat(60), 'never read');
    await expect(readCappedText(body, declared, 100, tooLarge)).rejects.toThrow('too large');
    expect([body.read, body.destroyed]).toEqual([2, true]);
  });

  it('takes a body exactly at the cap', async () => {
    expect((await readCappedText(stream('x'.repeat(100)), 100, 100, tooLarge)).length).toBe(100);
  });
});

describe('declaredLength', () => {
  it.each([
    ['1234', 1234],
    ['0', 0],
    [undefined, undefined],
    [['1', '2'], undefined],
    ['-1', undefined],
    ['1e3', undefined],
    [' 12', undefined],
    ['9'.repeat(16), undefined],
  ])('%j → %j', (header, expected) => {
    expect(declaredLength(header)).toBe(expected);
  });
});
