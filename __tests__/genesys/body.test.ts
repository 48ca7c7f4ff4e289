// Reading a body into one buffer: whole whatever its declared length says, cut off at the cap.
import { describe, expect, it } from '@jest/globals';
import { declaredLength, readCapped, type BodyStream } from '../../src/genesys/body.ts';

/** A body of these chunks; `read` counts the chunks taken, `destroyed` whether it was stopped. */
function stream(...chunks: string[]): BodyStream & { read: number; destroyed: boolean } {
  const body = {
    read: 0,
    destroyed: false,
    destroy() {
      body.destroyed = true;
    },
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        body.read++;
        yield Buffer.from(chunk);
      }
    },
  };
  return body;
}

const tooLarge = () => new Error('too large');

describe('readCapped', () => {
  it.each([
    ['as declared', 10],
    ['without a declared length', undefined],
    ['longer than declared', 4],
    ['shorter than declared', 30],
  ])('reads a body %s whole', async (_, declared) => {
    const bytes = await readCapped(stream('{"a":', '[1,2', ']}'), declared, 100, tooLarge);
    expect(bytes.toString('utf8')).toBe('{"a":[1,2]}');
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
    expect((await readCapped(body, euro.length, 100, tooLarge)).toString('utf8')).toBe('"€"');
  });

  it('refuses a declared length over the cap before reading a byte', async () => {
    const body = stream('x');
    await expect(readCapped(body, 101, 100, tooLarge)).rejects.toThrow('too large');
    expect([body.read, body.destroyed]).toEqual([0, true]);
  });

  it.each([
    ['declared within the cap', 50],
    ['not declared', undefined],
  ])('cuts off a body that passes the cap, its length %s', async (_, declared) => {
    const body = stream('x'.repeat(60), 'x'.repeat(60), 'never read');
    await expect(readCapped(body, declared, 100, tooLarge)).rejects.toThrow('too large');
    expect([body.read, body.destroyed]).toEqual([2, true]);
  });

  it('takes a body exactly at the cap', async () => {
    expect((await readCapped(stream('x'.repeat(100)), 100, 100, tooLarge)).length).toBe(100);
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
