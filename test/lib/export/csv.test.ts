/** CSV output read back by an independent parser (csv-parse), for the sample shelf and any text. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { exportPapers } from '@/lib/export';
import { neutralizeFormula } from '@/lib/export/csv';
import type { Paper } from '@/lib/paper/schemas';
import { shelfArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS } from '../../fixtures/export/shelf';

function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false });
}

describe('CSV export', () => {
  it('starts with a byte order mark and ends rows with CRLF (RFC 4180)', () => {
    const csv = exportPapers('csv', SHELF_PAPERS);
    expect(csv.startsWith('\uFEFFid,title,authors,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back one row per paper with every field', () => {
    const rows = readCsv(exportPapers('csv', SHELF_PAPERS));
    expect(rows).toHaveLength(SHELF_PAPERS.length);
    expect(rows[0]).toMatchObject({
      id: 'arxiv:2607.08961',
      title: SHELF_PAPERS[0]?.title,
      authors:
        'Yuxuan Nakamura; Zoë Müller-Łukasiewicz; Ludwig van der Waals; Martin Luther King Jr.',
      arxiv_id: '2607.08961',
      doi: '10.1000/xyz-123_4',
      primary_category: 'cs.LG',
      status: 'reading',
      tags: 'fine-tuning; theory',
      saved_at: '2026-07-06T00:00:00.000Z',
    });
    // A multi-line note stays in its cell.
    expect(rows[0]?.note).toBe(SHELF_PAPERS[0]?.note);
  });

  it('has the venue and its type after the date, empty for a preprint', () => {
    const csv = exportPapers('csv', SHELF_PAPERS);
    expect(csv.startsWith('\uFEFFid,title,authors,published,venue,venue_type,url,')).toBe(true);
    const rows = readCsv(csv);
    expect(rows.map((row) => row.venue)).toEqual(SHELF_PAPERS.map((paper) => paper.venue ?? ''));
    // None without a venue; a stated type as stored, whatever the name would suggest.
    expect(rows.find((row) => row.id === 'arxiv:2607.09000')?.venue_type).toBe('');
    const stated = { ...(SHELF_PAPERS[0] as Paper), venue: 'Nature', venueType: 'conference' };
    expect(readCsv(exportPapers('csv', [stated as Paper]))[0]?.venue_type).toBe('conference');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const rows = readCsv(exportPapers('csv', SHELF_PAPERS));
    const hostile = rows.find((row) => row.id === 'url:https://example.org/paper?id=1');
    expect(hostile?.title).toBe(
      `'=HYPERLINK("https://evil.example","click") <img src=x onerror=alert(1)> [x](javascript:alert(1))`,
    );
    expect(hostile?.authors).toBe(`'-2+3; @attacker`);
    expect(hostile?.note).toBe(`'@SUM(1+1)\n1. not a list\n> not a quote`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutralizeFormula('Attention Is All You Need')).toBe('Attention Is All You Need');
  });

  it('neutralizes formulas behind leading whitespace, which spreadsheets may trim', () => {
    for (const space of [' ', '  ', '\n', ' \t', '\u00A0']) {
      for (const start of ['=', '+', '-', '@']) {
        expect(neutralizeFormula(`${space}${start}1+1`)).toBe(`'${space}${start}1+1`);
      }
    }
    expect(neutralizeFormula(' A title')).toBe(' A title');
    const [row] = readCsv(exportPapers('csv', [{ ...(SHELF_PAPERS[0] as Paper), title: ' =1+1' }]));
    expect(row?.title).toBe("' =1+1");
  });

  it('reads back exactly for any text: no cell leaks into another, none runs as a formula', () => {
    fc.assert(
      fc.property(shelfArbitrary(), (papers) => {
        const rows = readCsv(exportPapers('csv', papers));
        expect(rows).toHaveLength(papers.length);
        rows.forEach((row, index) => {
          const paper = papers[index];
          expect(row.title).toBe(neutralizeFormula(paper?.title ?? ''));
          expect(row.note).toBe(neutralizeFormula(paper?.note ?? ''));
          expect(row.tags).toBe(neutralizeFormula(paper?.tags.join('; ') ?? ''));
          for (const cell of Object.values(row)) expect(cell).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
        });
      }),
      { numRuns: 150 },
    );
  });
});
