// The inventory CSV: RFC 4180 and safe to open in a spreadsheet.
import { describe, expect, it } from '@jest/globals';
import { csvCell, CSV_COLUMNS, renderInventoryCsv } from '../../src/render/csv.ts';
import { buildReport } from '../../src/render/model.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { judged } from './fixtures.ts';

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('the inventory CSV', () => {
  it('round-trips hostile names, quotes, commas and line breaks, one record per client', () => {
    const names = ['plain', 'a, b', 'say "hi"', 'two\nlines', '::error::forged', '##[error]x'];
    const clients = names.map((name, i) => client({ name, id: `c${i}`, description: name }));
    const text = renderInventoryCsv(buildReport(judged(clients)));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(names);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    for (const line of text.split(/\r?\n/)) expect(line).not.toMatch(/^\s*(::|##\[)/);
  });

  it('neutralises formulas: cells starting with = + - @ tab or CR get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('safe = fine')).toBe('safe = fine');
    const text = renderInventoryCsv(buildReport(judged([client({ name: '=cmd|" /C calc"!A0', id: 'x' })])));
    expect(parseCsv(text)[1]?.[1]).toBe('\'=cmd|" /C calc"!A0');
  });

  it('sums findings per client and lists roles with their divisions', () => {
    const text = renderInventoryCsv(buildReport(judged([ccClient([{ role: 'Master Admin', division: '*', permissions: ['*:*:*'] }], { id: 'm', name: 'M' })])));
    const row = parseCsv(text)[1] ?? [];
    const col = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect(col('roles')).toBe('Master Admin (all divisions)');
    expect(Number(col('errors'))).toBeGreaterThan(0);
    expect(col('rules')).toContain('cc-can-take-over-accounts');
  });
});
