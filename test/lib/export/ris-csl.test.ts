/** RIS and CSL-JSON: well-formed for any text, and RIS read back by our importer. */
import fc from 'fast-check';
import { exportPapers } from '@/lib/export';
import { citeKeys } from '@/lib/export/cite-keys';
import { parseImport } from '@/lib/import';
import { uniqueTags } from '@/lib/paper/schemas';
import { shelfArbitrary } from '../../fixtures/export/arbitraries';
import { SHELF_PAPERS } from '../../fixtures/export/shelf';

const RIS_TAG_LINE = /^[A-Z][A-Z0-9] {2}- /;

describe('RIS export', () => {
  it('has one TY..ER record per paper, CRLF line ends, Zotero’s field tags', () => {
    const ris = exportPapers('ris', SHELF_PAPERS);
    expect(ris.match(/^TY {2}- GEN\r$/gm)).toHaveLength(SHELF_PAPERS.length);
    expect(ris.match(/^ER {2}- \r$/gm)).toHaveLength(SHELF_PAPERS.length);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]{2}[A-Z]/);
    expect(ris).toContain('AU  - van der Waals, Ludwig\r\n');
    expect(ris).toContain('AU  - King, Martin Luther, Jr.\r\n');
    expect(ris).toContain('DO  - 10.48550/arXiv.hep-th/9901001\r\n');
    expect(ris).toContain('DA  - 2024/08//\r\n');
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
