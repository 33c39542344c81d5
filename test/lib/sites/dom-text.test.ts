// @vitest-environment happy-dom
/** The text helpers every adapter leans on: page metadata, names and dates as sites print them. */
import fc from 'fast-check';
import {
  arxivIdOfHref,
  cleanText,
  isoDateIn,
  metaContents,
  normalizeSpace,
  personNameFromCitation,
  publishedIn,
  readCitationMeta,
  textWithout,
  venueFields,
} from '../../../lib/sites/dom-text';
import {
  ABSTRACT_PREPROCESSED_HTML,
  ABSTRACT_RAW_HTML,
  ABSTRACT_TYPESET_HTML,
  TITLE_MATHJAX3_HTML,
} from '../../fixtures/sites/mathjax-output';

describe('venueFields', () => {
  it('carries the name, and the type when the page says it', () => {
    expect(venueFields('Nature')).toEqual({ venue: 'Nature' });
    expect(venueFields('ACL (1)', 'conference')).toEqual({
      venue: 'ACL (1)',
      venueType: 'conference',
    });
  });

  it('gives nothing for no name or a preprint server, not even the type', () => {
    for (const name of [
      undefined,
      '',
      'CoRR',
      'arXiv.org',
      'arXiv preprint arXiv:2401.01234',
      'bioRxiv',
      'medRxiv',
      'ChemRxiv',
      'TechRxiv',
      'PsyArXiv',
      'SocArXiv',
      'EarthArXiv',
      'engrXiv',
      'SSRN Electronic Journal',
      'Research Square',
      'OSF Preprints',
      'Preprints.org',
      'Preprints',
    ]) {
      expect(venueFields(name, 'journal'), String(name)).toEqual({});
    }
  });

  it('keeps journals whose names only start like a preprint server', () => {
    for (const name of [
      'Corrosion Science',
      'Preprints of the 18th IFAC World Congress',
      'Earth-Science Reviews',
      'Psychological Science',
      'Social Science Research',
      'Research Policy',
      'Archives of Virology',
      'TMLR',
    ]) {
      expect(venueFields(name, 'journal'), name).toEqual({ venue: name, venueType: 'journal' });
    }
  });
});

describe('personNameFromCitation', () => {
  it.each([
    ['Lovelace, Ada', 'Ada Lovelace'],
    ['  Martínez,   Lena ', 'Lena Martínez'],
    ['van der Berg, Jan', 'Jan van der Berg'],
    ["O'Neill, Siobhán", "Siobhán O'Neill"],
    ['King, Jr., Martin', 'Martin King Jr.'],
    ['King, Martin Luther, Jr.', 'Martin Luther King Jr.'],
    ['ATLAS Collaboration', 'ATLAS Collaboration'],
    ['Plato', 'Plato'],
    ['A, B, C, D', 'A, B, C, D'],
  ])('%j -> %j', (written, expected) => {
    expect(personNameFromCitation(written)).toBe(expected);
  });
});

describe('normalizeSpace', () => {
  it('is every whitespace run as one space, trimmed, whatever the mix of spaces', () => {
    // Single spaces, runs, newlines, tabs, CR, no-break and ideographic spaces, around letters.
    const pieces = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\u3000',
      'a',
      'é',
      'xy',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalizeSpace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('arxivIdOfHref', () => {
  it("reads arXiv's own /abs/ links as the full URL parse does", () => {
    // On arxiv.org the short path applies; www.arxiv.org is an arXiv host that takes the long one.
    const short = new URL('https://arxiv.org/list/cs.LG/new');
    const long = new URL('https://www.arxiv.org/list/cs.LG/new');
    const href = fc
      .tuple(
        fc.constantFrom(
          '/abs/',
          '/pdf/',
          'abs/',
          '/abs//',
          'https://arxiv.org/abs/',
          '/abs/hep-th/',
        ),
        fc.constantFrom('2607', '1299', '0013', '0701', '9901'),
        fc.constantFrom('.', '', '%2E'),
        fc.constantFrom('01234', '1234', '123', '123456', '001'),
        fc.constantFrom('', 'v2', 'v0', 'v10', '.pdf', '/', '?x=1', '#a', ' '),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(href, (text) => {
        expect(arxivIdOfHref(text, short)).toBe(arxivIdOfHref(text, long));
      }),
      { numRuns: 3000 },
    );
    expect(arxivIdOfHref('/abs/2607.01234v3', short)).toBe('2607.01234');
  });

  it('answers a href read again as the first time, against the base it is read with', () => {
    const listing = new URL('https://huggingface.co/papers');
    const nested = new URL('https://huggingface.co/papers/');
    for (let read = 0; read < 3; read++) {
      expect(arxivIdOfHref('/papers/2607.08111', listing)).toBe('2607.08111');
      expect(arxivIdOfHref('/papers/date/2026-07-14', listing)).toBeUndefined();
      // A path relative to the page resolves against each base: /2607.08111, /papers/2607.08111.
      expect(arxivIdOfHref('2607.08111', listing)).toBeUndefined();
      expect(arxivIdOfHref('2607.08111', nested)).toBe('2607.08111');
    }
  });
});

describe('isoDateIn', () => {
  it.each([
    ['2026/07/13', '2026-07-13'],
    ['2026-07-13T14:05:37.000Z', '2026-07-13'],
    ['Submitted 13 July, 2026;', '2026-07-13'],
    ['Published: 22 Jan 2026, Last Modified: 01 Mar 2026', '2026-01-22'],
    ['9 Sep 2003 (modified: 01 Mar 2004)', '2003-09-09'],
    ['2026/02/30', undefined],
    ['31 Juneteenth 2026', undefined],
    ['Published: 2026', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(isoDateIn(text)).toBe(expected);
  });
});

describe('publishedIn', () => {
  it.each([
    ['2026/07/13', '2026-07-13'],
    ['13 July 2026', '2026-07-13'],
    ['2024/8', '2024-08'],
    ['2024-08', '2024-08'],
    ['June 2017', '2017-06'],
    ['Sept. 2017', '2017-09'],
    ['Septiembre 2017', undefined],
    ['Sep 2017', '2017-09'],
    ['2017', '2017'],
    [' 2017 ', '2017'],
    ['2024/13', undefined],
    ['2024/0', undefined],
    ['Spring 2024', undefined],
    ['Published: 2026', undefined],
    ['Volume 2017', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(publishedIn(text)).toBe(expected);
  });
});

describe('metaContents', () => {
  it('reads every tag of a name in order, whitespace-normalised, skipping blanks', () => {
    const doc = new DOMParser().parseFromString(
      `<head>
        <meta name="citation_author" content="Mbeki, Dmitri">
        <meta name="citation_title" content="A  Title
          on two lines">
        <meta name="citation_author" content="   ">
        <meta name="citation_author" content="Kim, Ming">
        <meta property="citation_author" content="Not a name tag">
      </head>`,
      'text/html',
    );
    expect(metaContents(doc, 'citation_author')).toEqual(['Mbeki, Dmitri', 'Kim, Ming']);
    expect(metaContents(doc, 'citation_title')).toEqual(['A Title on two lines']);
    expect(metaContents(doc, 'citation_doi')).toEqual([]);
  });
});

describe('readCitationMeta', () => {
  const base = new URL('https://arxiv.org/abs/2607.08111');
  const page = (tags: string) =>
    new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');

  it('reads an arXiv abstract page: names turned around, first-version date, absolute PDF', () => {
    const doc = page(`
      <meta name="citation_title" content="When Do Reward Models Overfit?">
      <meta name="citation_author" content="Mbeki, Dmitri">
      <meta name="citation_author" content="Martínez, Lena">
      <meta name="citation_doi" content="10.1145/3746059.3747211">
      <meta name="citation_date" content="2026/07/13">
      <meta name="citation_online_date" content="2026/07/15">
      <meta name="citation_pdf_url" content="/pdf/2607.08111v2">
      <meta name="citation_abstract" content="We study
        fixtures.">`);
    expect(readCitationMeta(doc, base)).toEqual({
      title: 'When Do Reward Models Overfit?',
      authors: ['Dmitri Mbeki', 'Lena Martínez'],
      abstract: 'We study fixtures.',
      published: '2026-07-13',
      pdfUrl: 'https://arxiv.org/pdf/2607.08111v2',
      doi: '10.1145/3746059.3747211',
    });
  });

  it('reads the arXiv id Semantic Scholar and arXiv pages state', () => {
    const doc = page('<meta name="citation_arxiv_id" content="2607.08111">');
    expect(readCitationMeta(doc, base).arxivId).toBe('2607.08111');
  });

  it('prefers the publication date, falls back to the online date, and has nothing on a bare page', () => {
    const dated = page(`
      <meta name="citation_online_date" content="2026/01/22">
      <meta name="citation_publication_date" content="2025/12/01">`);
    expect(readCitationMeta(dated, base).published).toBe('2025-12-01');
    const monthOnly = page('<meta name="citation_publication_date" content="2024/8">');
    expect(readCitationMeta(monthOnly, base).published).toBe('2024-08');
    const online = page('<meta name="citation_online_date" content="2026/01/22">');
    expect(readCitationMeta(online, base).published).toBe('2026-01-22');
    expect(readCitationMeta(page(''), base)).toEqual({
      title: undefined,
      authors: [],
      abstract: undefined,
      published: undefined,
      pdfUrl: undefined,
      doi: undefined,
    });
  });
});

describe('reading typeset math', () => {
  /** A `p` whose content is set as MathJax sets it, through the DOM: a parse of the HTML would
   * close the `p` at the display math's `div`. */
  function paragraph(innerHtml: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = 'mathjax';
    p.innerHTML = innerHtml;
    return p;
  }

  const raw = 'We bound $$\\sum_{i} x_i \\le 1$$ for all $k < d$, and $\\mathcal{O}(n)$ too.';

  it('reads raw TeX as it is', () => {
    expect(cleanText(paragraph(ABSTRACT_RAW_HTML))).toBe(raw);
  });

  it("reads MathJax 2's output as the TeX it keeps, once, whether typeset or still waiting", () => {
    // Typeset, each equation is there three times: glyphs, assistive MathML, TeX in a script.
    const typeset = paragraph(ABSTRACT_TYPESET_HTML);
    expect(typeset.querySelector('.MJX_Assistive_MathML')).not.toBeNull();
    expect(cleanText(typeset)).toBe(raw);
    expect(cleanText(paragraph(ABSTRACT_PREPROCESSED_HTML))).toBe(raw);
  });

  it('leaves out the skipped children of a typeset node, as for a raw one', () => {
    for (const html of [ABSTRACT_RAW_HTML, ABSTRACT_TYPESET_HTML, ABSTRACT_PREPROCESSED_HTML]) {
      const title = paragraph(`<span class="descriptor">Title:</span> ${html}`);
      expect(textWithout(title, '.descriptor')).toBe(raw);
    }
  });

  it('reads MathJax 3 math once, from its assistive MathML: the glyphs are CSS content', () => {
    const link = document.createElement('a');
    link.innerHTML = TITLE_MATHJAX3_HTML;
    expect(link.querySelector('mjx-container')).not.toBeNull();
    expect(cleanText(link)).toBe('Bounds on ℓ1 Fixtures');
    // A version that writes the glyphs as text still gets read once.
    for (const glyph of link.querySelectorAll('mjx-c')) glyph.textContent = 'x';
    expect(cleanText(link)).toBe('Bounds on ℓ1 Fixtures');
    link.querySelector('mjx-assistive-mml')?.remove();
    expect(cleanText(link)).toBe('Bounds on xx Fixtures');
  });

  it('reads other scripts and plain nodes as textContent does', () => {
    const p = paragraph('A <b>bold</b> claim<script>var x = 1;</script> and <span>more</span>.');
    expect(cleanText(p)).toBe('A bold claimvar x = 1; and more.');
    expect(cleanText(document.createTextNode('  a\n b '))).toBe('a b');
    expect(cleanText(null)).toBe('');
  });
});
