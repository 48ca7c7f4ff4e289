// Globs: the linear matcher agrees with the plain regex translation, and a many-star glob
// cannot hang on a long hostile value.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileGlob, globToRegExp } from '../../src/policy/glob.ts';

describe('globs', () => {
  it('match exactly as their regex translation does', () => {
    const pattern = fc.array(fc.constantFrom('a', 'b', '*', '?', 'é', '.'), { maxLength: 8 }).map((cs) => cs.join(''));
    const value = fc.array(fc.constantFrom('a', 'b', 'é', '.', '\n'), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, value, (p, v) => {
        expect(compileGlob(p).regex.test(v)).toBe(globToRegExp(p).test(v));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('with many stars finish on a long value that almost matches', () => {
    const glob = compileGlob('*a*a*a*a*a*a*a*a*a*a*b');
    expect(glob.regex.test('a'.repeat(20_000))).toBe(false);
    expect(glob.regex.test(`${'a'.repeat(20_000)}b`)).toBe(true);
  });
});
