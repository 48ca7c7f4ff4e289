// Response text to JSON that is safe to keep: no deeper than the limit, without secrets.
import { describe, expect, it } from '@jest/globals';
import { containersDeeperThan, MAX_JSON_DEPTH, nestsDeeperThan, parseBody } from '../../src/genesys/json-body.ts';

const nested = (depth: number, inner = '1') => `${'{"a":['.repeat(depth)}${inner}${']}'.repeat(depth)}`;
const parse = (text: string) => {
  const found: string[] = [];
  return { parsed: parseBody<unknown>(text, (s) => found.push(s)), found };
};

describe('depth', () => {
  it('takes a body exactly at the limit and refuses one a level deeper, without retrying it as malformed', () => {
    const arrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(parse(arrays(MAX_JSON_DEPTH)).parsed.ok).toBe(true);
    expect(parse(arrays(MAX_JSON_DEPTH + 1)).parsed).toEqual({ ok: false, tooDeep: true });
    expect(parse(nested(1_000_000)).parsed).toEqual({ ok: false, tooDeep: true });
  });

  it('refuses text that is not JSON and nests past the limit as too deep, as it did before parsing', () => {
    expect(parse(`${'['.repeat(MAX_JSON_DEPTH + 1)}x`).parsed).toEqual({ ok: false, tooDeep: true });
    expect(parse(`${'['.repeat(MAX_JSON_DEPTH)}x`).parsed).toEqual({ ok: false, tooDeep: false });
  });

  it.each([
    ['brackets inside strings', `{"a":"${'['.repeat(400)}","b":"\\"{{{{"}`],
    ['objects in arrays in objects', nested(100, '{"x":[{},[],{"y":null}]}')],
    ['a wide body', JSON.stringify({ results: Array.from({ length: 1000 }, (_, i) => ({ id: String(i), v: [i] })) })],
    ['deep', nested(130)],
    ['one past the limit', nested(128, '[]')],
    ['a scalar', '"text"'],
  ])('the value walk and the text scan agree: %s', (_, text) => {
    for (const limit of [1, 2, 3, 200, MAX_JSON_DEPTH]) expect(containersDeeperThan(JSON.parse(text), limit)).toBe(nestsDeeperThan(text, limit));
  });
});

describe('secrets', () => {
  it('drops every `secret` key at any depth and reports its value', () => {
    const { parsed, found } = parse('{"entities":[{"id":"a","secret":"s1","more":{"secret":"s2","keep":1}}]}');
    expect(parsed).toEqual({ ok: true, value: { entities: [{ id: 'a', more: { keep: 1 } }] } });
    expect(found.sort()).toEqual(['s1', 's2']);
  });

  it('drops a `secret` key spelled with \\u escapes', () => {
    const { parsed, found } = parse('{"\\u0073ecre\\u0074":"s3","id":"a"}');
    expect(parsed).toEqual({ ok: true, value: { id: 'a' } });
    expect(found).toEqual(['s3']);
  });

  it('keeps other keys, whatever their case', () => {
    expect(parse('{"Secret":"x","secrets":["y"]}').parsed).toEqual({ ok: true, value: { Secret: 'x', secrets: ['y'] } });
  });
});
