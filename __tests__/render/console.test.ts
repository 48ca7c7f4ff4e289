// The terminal report: fits the terminal, groups by client, verdict first and last, and no
// line can start a workflow command whatever a client is called.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { displayWidth, renderConsole, wrap } from '../../src/render/console.ts';
import { noCommand } from '../../src/render/escape.ts';
import { buildReport } from '../../src/render/model.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { judged, syntheticClients } from './fixtures.ts';

// eslint-disable-next-line no-control-regex -- ANSI colour codes are stripped to measure
const ANSI = /\u001b\[[0-9;]*m/g;
const COMMAND = /^\s*(::|##\[)/;

const hostileModel = () =>
  buildReport(
    judged([
      ...HOSTILE_TEXT.map((name, i) => ccClient([{ role: name, division: '*', permissions: ['*:*:*'] }], { name, id: `cc-${i}`, description: '' })),
      ...['::error::x', '  ::warning::y', '##[error]z', '中文名称'.repeat(30)].map((name, i) =>
        client({ name, id: `::app-${i}`, scopes: [name], redirectUris: [`http://${name}/`] }),
      ),
      ...syntheticClients(6),
    ]),
  );

describe('the terminal report', () => {
  it('never prints a line wider than the terminal, at any width', () => {
    const model = hostileModel();
    for (const width of [20, 33, 60, 80, 132]) {
      const out = renderConsole(model, { color: true, width });
      for (const line of out.split('\n')) expect(displayWidth(line.replace(ANSI, ''))).toBeLessThanOrEqual(width);
    }
  });

  it('prints no line that starts a workflow command', () => {
    for (const width of [undefined, 40, 100]) {
      const out = renderConsole(hostileModel(), { color: false, width });
      for (const line of out.split('\n')) expect(line).not.toMatch(COMMAND);
    }
  });

  it('puts the verdict first and last and groups findings by client, riskiest first', () => {
    const out = renderConsole(buildReport(judged(syntheticClients(8))), { color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FAIL: \d+ at or above fail-on: \d+ errors/);
    expect(lines.at(-1)).toBe(lines[0]);
    // Master Admin in all divisions (admin-equivalent) comes before the others.
    const firstClient = lines.find((l) => /^● Integration \d+ \(/.test(l));
    expect(firstClient).toMatch(/admin-equivalent/);
    expect(out).toMatch(/^ {2}error {4}cc-can-edit-roles-or-grants \(policies\/oauth-policy\.yml:2\), cc-can-manage-oauth-clients/m);
  });

  it('passes with PASS and no colour codes when asked for none', () => {
    const out = renderConsole(
      buildReport(judged([client({ description: 'x', scopes: ['presence:readonly'], tokenLifetimeSeconds: 3600 })], undefined, 'never')),
      { color: false },
    );
    expect(out.split('\n')[0]).toMatch(/^PASS: /);
    expect(out).not.toContain('\u001b[');
  });
});

describe('wrap', () => {
  it('keeps every line within the width and loses no character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 12, max: 120 }), fc.integer({ min: 0, max: 10 }), (text, width, indent) => {
        // eslint-disable-next-line no-control-regex -- wrap takes sanitized text: no controls
        const clean = text.replace(/[\s\u0000-\u001f]/g, ' ');
        const lines = wrap(clean, width, indent, indent);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(clean.replace(/ /g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('counts wide characters as two columns', () => {
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('🔥a')).toBe(3);
    for (const l of wrap('中文名称'.repeat(10), 21)) expect(displayWidth(l)).toBeLessThanOrEqual(21);
  });
});

describe('noCommand', () => {
  it.each(['::error::x', '  ::set-output name=a::b', '##[error]x', '\t::add-mask::y'])('neutralises %j', (line) => {
    expect(noCommand(line)).not.toMatch(COMMAND);
  });
  it('leaves other lines alone', () => {
    expect(noCommand('error: a::b')).toBe('error: a::b');
  });
});
