import { describe, expect, it } from '@jest/globals';
import { clientLabel, md, plain } from '../../src/render/escape.ts';

describe('md', () => {
  it.each([
    ['a | b', 'a &#124; b'],
    ['line1\nline2\r\n|x|', 'line1 line2 &#124;x&#124;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;'],
    [
      '**bold** _it_ `code` [link](http://x) @team #1 ~s~',
      '&#42;&#42;bold&#42;&#42; &#95;it&#95; &#96;code&#96; &#91;link&#93;&#40;http&#58;//x&#41; &#64;\u200bteam &#35;\u200b1 &#126;s&#126;',
    ],
    ['::error::boom', '&#58;&#58;error&#58;&#58;boom'],
    ['a\u202eb\u200bc\u001b[31md', 'abc&#91;31md'],
    // Nothing else to escape: the web address is still broken.
    ['see WWW.example.com', 'see W\u200bWW.example.com'],
    ['Plain name 42', 'Plain name 42'],
  ])('neutralizes %j', (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it('bounds the length by characters, not UTF-16 units', () => {
    const out = md('😀'.repeat(500), 10);
    expect(Array.from(out)).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('plain', () => {
  it('keeps one line without control or bidi characters', () => {
    expect(plain('x\n::error::y\u202e\u0007')).toBe('x ::error::y');
  });
});

describe('clientLabel', () => {
  it('names a client by its id when its name is empty or invisible', () => {
    expect(clientLabel({ name: 'CRM Sync', id: 'c1' })).toBe('CRM Sync');
    expect(clientLabel({ name: '', id: 'c2' })).toBe('(unnamed client c2)');
    expect(clientLabel({ name: ' \u200b\n ', id: 'c3' })).toBe('(unnamed client c3)');
  });
});
