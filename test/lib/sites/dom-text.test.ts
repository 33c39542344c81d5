// @vitest-environment happy-dom
/** Shared helpers of the adapters: a card's ids, citation_* meta tags and their dates. */
import { LIMITS } from '../../../lib/paper/schemas';
import { cardIdentity, citationDate, readCitationMeta } from '../../../lib/sites/dom-text';

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

describe('cardIdentity', () => {
  it('keeps the order given, drops repeats and what names no paper', () => {
    expect(
      cardIdentity([
        undefined,
        'arxiv:2607.08111',
        'https://doi.org/10.48550/arXiv.2607.08111',
        'not a paper',
        's2:9d38818d414f3a6567e9069c6e9a736080c94af0',
      ]),
    ).toEqual({ id: 'arxiv:2607.08111', aliases: ['s2:9d38818d414f3a6567e9069c6e9a736080c94af0'] });
  });

  it('has no aliases key for a card with one id, and nothing for a card with none', () => {
    expect(cardIdentity(['acl:2024.acl-long.1'])).toEqual({ id: 'acl:2024.acl-long.1' });
    expect(cardIdentity([undefined, '', 'hello'])).toBeUndefined();
  });

  it('keeps at most as many aliases as a candidate may carry', () => {
    const dois = Array.from({ length: 30 }, (_, i) => `doi:10.1000/${i}`);
    expect(cardIdentity(dois)?.aliases).toHaveLength(LIMITS.aliases);
  });
});
