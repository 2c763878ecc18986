import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../cli/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering rows as a spreadsheet does', () => {
    const table = parseCsv('date,text,network\r\n2026-12-01,"Hello, world",x\n2026-12-02,"He said ""hi""\nthen left",linkedin\n');
    expect(table.header).toEqual(['date', 'text', 'network']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['2026-12-01', 'Hello, world', 'x'] },
      { row: 3, cells: ['2026-12-02', 'He said "hi"\nthen left', 'linkedin'] },
    ]);
  });

  it('detects semicolon-separated exports and strips a byte-order mark', () => {
    const table = parseCsv('\ufeffDate;Texte\n01/12;Bonjour, tout le monde\n');
    expect(table.header).toEqual(['Date', 'Texte']);
    expect(table.rows[0]?.cells).toEqual(['01/12', 'Bonjour, tout le monde']);
  });

  it('rejects an unterminated quote and an empty file', () => {
    expect(() => parseCsv('text\n"never closed\n')).toThrow(/unterminated/);
    expect(() => parseCsv('')).toThrow(/empty/);
  });
});
