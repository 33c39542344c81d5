/** RIS and CSL-JSON: well-formed for any text, and RIS read back by our importer. */
import fc from 'fast-check';
import { exportPapers } from '@/lib/export';
import { citeKeys } from '@/lib/export/cite-keys';
import { parseImport } from '@/lib/import';
import type { Paper } from '@/lib/paper/schemas';
import { uniqueTags } from '@/lib/paper/schemas';
import { venueTypeOf } from '@/lib/paper/venue';
import { shelfArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS } from '../../fixtures/export/shelf';

const RIS_TAG_LINE = /^[A-Z][A-Z0-9] {2}- /;

const byId = (id: string) => SHELF_PAPERS.find((paper) => paper.id === id) as Paper;

/** The RIS record of one paper, its lines without their CRLF. */
function risRecord(paper: Paper): string[] {
  return exportPapers('ris', [paper]).split('\r\n');
}

describe('RIS export', () => {
  it('has one TY..ER record per paper, CRLF line ends, Zotero’s field tags', () => {
    const ris = exportPapers('ris', SHELF_PAPERS);
    expect(ris.match(/^TY {2}- (?:GEN|JOUR|CPAPER)\r$/gm)).toHaveLength(SHELF_PAPERS.length);
    expect(ris.match(/^ER {2}- \r$/gm)).toHaveLength(SHELF_PAPERS.length);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]{2}[A-Z]/);
    expect(ris).toContain('AU  - van der Waals, Ludwig\r\n');
    expect(ris).toContain('AU  - King, Martin Luther, Jr.\r\n');
    expect(ris).toContain('DO  - 10.48550/arXiv.2607.09000\r\n');
    expect(ris).toContain('DA  - 2024/08//\r\n');
  });

  it('types a preprint GEN with publisher arXiv and arXiv’s DOI', () => {
    const record = risRecord(byId('arxiv:2607.09000'));
    expect(record[0]).toBe('TY  - GEN');
    expect(record).toContain('PB  - arXiv');
    expect(record).toContain('DO  - 10.48550/arXiv.2607.09000');
    expect(record.some((line) => /^(?:T2|C3)/.test(line))).toBe(false);
  });

  it('types a journal paper JOUR, its journal in T2, arXiv only as its DOI', () => {
    const record = risRecord(byId('arxiv:hep-th/9901001'));
    expect(record[0]).toBe('TY  - JOUR');
    expect(record).toContain('T2  - Physics Reports');
    // Its one id: an import finds the same paper by it.
    expect(record.filter((line) => /^(?:PB|DO|C3)/.test(line))).toEqual([
      'DO  - 10.48550/arXiv.hep-th/9901001',
    ]);
    expect(record).toContain('UR  - https://arxiv.org/abs/hep-th/9901001');
  });

  it('types a conference paper CPAPER, its proceedings in T2 and C3, the publisher’s DOI', () => {
    const paper = byId('doi:10.18653/v1/2024.acl-long.1');
    const record = risRecord(paper);
    expect(record[0]).toBe('TY  - CPAPER');
    expect(record).toContain(`T2  - ${paper.venue}`);
    expect(record).toContain(`C3  - ${paper.venue}`);
    expect(record).toContain('DO  - 10.18653/v1/2024.acl-long.1');
    // An arXiv paper that appeared at a conference: not published by arXiv, but named by its DOI.
    const arxiv = { ...byId('arxiv:2607.09000'), venue: 'ICML 2026' };
    expect(risRecord(arxiv).filter((line) => /^(?:TY|PB|DO)/.test(line))).toEqual([
      'TY  - CPAPER',
      'DO  - 10.48550/arXiv.2607.09000',
    ]);
  });

  it('writes a venue on one line, whatever its whitespace', () => {
    const paper = { ...byId('arxiv:hep-th/9901001'), venue: 'Physics\nReports\r\nER  - ' };
    expect(risRecord(paper)).toContain('T2  - Physics Reports ER - ');
  });

  it('comes back with the same venue and venue type from our importer', () => {
    const parsed = parseImport(exportPapers('ris', SHELF_PAPERS), 'ris', { now: 0 });
    expect(parsed.papers.map((p) => [p.venue, venueTypeOf(p)])).toEqual(
      SHELF_PAPERS.map((p) => [p.venue, venueTypeOf(p)]),
    );
  });

  it('never lets a line of page text pass for a field of its own, for any text', () => {
    fc.assert(
      fc.property(shelfArbitrary(1), (papers) => {
        const ris = exportPapers('ris', papers);
        const tagLines = ris
          .split('\r\n')
          .filter((line) => RIS_TAG_LINE.test(line) || /^ER {2}- $/.test(line));
        expect(tagLines.filter((line) => line.startsWith('TY  - '))).toHaveLength(papers.length);
        expect(tagLines.filter((line) => line.startsWith('ER  - '))).toHaveLength(papers.length);
        const parsed = parseImport(ris, 'ris', { now: 0 });
        expect(parsed.papers.map((p) => p.id)).toEqual(papers.map((p) => p.id));
        const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
        expect(parsed.papers.map((p) => p.title)).toEqual(papers.map((p) => oneLine(p.title)));
        // The importer keeps one spelling of tags that differ only in case, as saving does.
        expect(parsed.papers.map((p) => p.tags)).toEqual(papers.map((p) => uniqueTags(p.tags)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('CSL-JSON export', () => {
  it('is an array of items keyed like the BibTeX export', () => {
    const items = JSON.parse(exportPapers('csl-json', SHELF_PAPERS));
    const keys = citeKeys(SHELF_PAPERS);
    expect(items.map((item: { id: string }) => item.id)).toEqual(
      SHELF_PAPERS.map((paper) => keys.get(paper.id)),
    );
    expect(items[0]).toMatchObject({
      type: 'article',
      publisher: 'arXiv',
      number: 'arXiv:2607.08961',
      DOI: '10.1000/xyz-123_4',
      issued: { 'date-parts': [[2026, 7]] },
      author: expect.arrayContaining([
        { family: 'Waals', given: 'Ludwig', 'non-dropping-particle': 'van der' },
      ]),
    });
    expect(items[3].author[0]).toEqual({ literal: 'The ATLAS Collaboration' });
  });

  it('types a journal paper article-journal and a conference paper paper-conference', () => {
    const items = JSON.parse(exportPapers('csl-json', SHELF_PAPERS));
    const item = (id: string) => items[SHELF_PAPERS.indexOf(byId(id))];
    expect(item('doi:10.18653/v1/2024.acl-long.1')).toMatchObject({
      type: 'paper-conference',
      'container-title': byId('doi:10.18653/v1/2024.acl-long.1').venue,
      DOI: '10.18653/v1/2024.acl-long.1',
    });
    // Published: no publisher arXiv or arXiv number, but arXiv's DOI, its one id.
    const journal = item('arxiv:hep-th/9901001');
    expect(journal).toMatchObject({
      type: 'article-journal',
      'container-title': 'Physics Reports',
      DOI: '10.48550/arXiv.hep-th/9901001',
    });
    expect(journal).not.toHaveProperty('publisher');
    expect(journal).not.toHaveProperty('number');
    expect(item('arxiv:2607.09000')).toMatchObject({
      type: 'article',
      publisher: 'arXiv',
      number: 'arXiv:2607.09000',
      DOI: '10.48550/arXiv.2607.09000',
    });
    expect(item('arxiv:2607.09000')).not.toHaveProperty('container-title');
  });

  it('keeps any text exactly', () => {
    fc.assert(
      fc.property(shelfArbitrary(), (papers) => {
        const items = JSON.parse(exportPapers('csl-json', papers));
        expect(items.map((item: { title: string }) => item.title)).toEqual(
          papers.map((p) => p.title),
        );
      }),
    );
  });
});
