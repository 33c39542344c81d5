// @vitest-environment happy-dom
/** Shared helpers of the adapters: citation_* meta tags and their dates. */
import { citationDate, readCitationMeta } from '../../../lib/sites/dom-text';

describe('citationDate', () => {
  it.each([
    ['2017/06/12', '2017-06-12'],
    ['2024/8', '2024-08'],
    ['2024-08-01', '2024-08-01'],
    ['2024', '2024'],
    [' 2024/8/1 ', '2024-08-01'],
    ['2024/13', undefined],
    ['2024/12/32', undefined],
    ['August 2024', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(citationDate(text)).toBe(expected);
  });
});

describe('readCitationMeta', () => {
  it('reads every author in order, the first of other tags, and resolves the PDF URL', () => {
    const doc = new DOMParser().parseFromString(
      `<head>
        <meta name="citation_title" content="  A   Title ">
        <meta name="citation_author" content="Lovelace, Ada">
        <meta name="citation_author" content="">
        <meta name="citation_author" content="Babbage, Charles">
        <meta name="citation_date" content="2024/07/14">
        <meta name="citation_publication_date" content="2024/8">
        <meta name="citation_pdf_url" content="/pdf/1.pdf">
        <meta name="citation_doi" content="10.1000/ABC">
        <meta name="description" content="not a citation tag">
      </head>`,
      'text/html',
    );
    expect(readCitationMeta(doc, new URL('https://example.org/paper/1'))).toEqual({
      title: 'A Title',
      authors: ['Lovelace, Ada', 'Babbage, Charles'],
      published: '2024-08',
      abstract: undefined,
      pdfUrl: 'https://example.org/pdf/1.pdf',
      doi: '10.1000/ABC',
      arxivId: undefined,
    });
  });

  it('gives an empty record for a page without citation tags', () => {
    const doc = new DOMParser().parseFromString('<head><title>x</title></head>', 'text/html');
    expect(readCitationMeta(doc, new URL('https://example.org/'))).toEqual({
      title: undefined,
      authors: [],
      published: undefined,
      abstract: undefined,
      pdfUrl: undefined,
      doi: undefined,
      arxivId: undefined,
    });
  });
});
