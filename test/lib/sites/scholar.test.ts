// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Google Scholar rules the fixtures cannot show one by one: Google's redirectors, the authors line
 * and its venue, and the country domains, which show the results fixture's papers as .com does.
 */
import { findAdapter, parsePage } from '../../../lib/sites';
import { scholarAdapter } from '../../../lib/sites/scholar';
import { scholarResultsAt } from '../../fixtures/sites/scholar/country-domain';
import { fixtureVenues } from './site-fixture';

const url = new URL('https://scholar.google.com/scholar?q=reward+models');

function resultsPage(
  authorsLine: string,
  titleHref = 'https://arxiv.org/abs/2607.01234',
): Document {
  return new DOMParser().parseFromString(
    `<div id="gs_res_ccl_mid"><div class="gs_r gs_or gs_scl" data-cid="abc"><div class="gs_ri"><h3 class="gs_rt"><a href="${titleHref}">A Title</a></h3><div class="gs_a">${authorsLine}</div></div></div></div>`,
    'text/html',
  );
}

/** The authors and year the parse reads from a result with this authors line. */
function authorsAndYear(authorsLine: string) {
  const candidate = parsePage(url, resultsPage(authorsLine))[0];
  return { authors: candidate?.authors, published: candidate?.published };
}

describe('Google Scholar links through Google redirectors', () => {
  const idOf = (href: string) =>
    parsePage(url, resultsPage('A Author - Venue, 2020 - host.org', href))[0]?.id;

  it.each([
    'https://scholar.google.com/scholar_url?url=https%3A%2F%2Farxiv.org%2Fabs%2F2607.01234&hl=en&sa=X',
    '/scholar_url?url=https://arxiv.org/abs/2607.01234v2&hl=en',
    'https://www.google.com/url?q=https://arxiv.org/abs/2607.01234&sa=D',
    // Google's country domains redirect alike.
    'https://scholar.google.de/scholar_url?url=https%3A%2F%2Farxiv.org%2Fabs%2F2607.01234&hl=de',
    'https://www.google.co.uk/url?q=https://arxiv.org/abs/2607.01234&sa=D',
  ])('names the paper the redirector leads to: %s', (href) => {
    expect(idOf(href)).toBe('arxiv:2607.01234');
  });

  it('names no paper by a redirector that leads back to Google, or nowhere', () => {
    for (const href of [
      '/scholar_url?url=https://books.google.com/books?id=x',
      '/scholar_url?url=https://books.google.com.au/books?id=x',
      'https://books.google.de/books?id=x&sig=session',
      '/url?q=not-a-url',
      '/scholar_url?hl=en',
    ]) {
      // With no other link and no cluster to keep it under, the result is left out.
      expect(idOf(href)).toBeUndefined();
    }
  });
});

describe('Google Scholar authors line', () => {
  it('keeps co-authors Scholar prints alike', () => {
    const doc = resultsPage(
      '<a href="/citations?user=a1">J Wang</a>, <a href="/citations?user=b2">J Wang</a>, K Lee…&nbsp;- arXiv preprint arXiv:2607.01234, 2026&nbsp;- arxiv.org',
    );
    expect(parsePage(url, doc)[0]).toMatchObject({
      authors: ['J Wang', 'J Wang', 'K Lee'],
      published: '2026',
    });
  });

  // Scholar leaves the authors part out when it knows none: the line starts with the venue.
  it.each([
    { line: 'Nature, 2015&nbsp;- nature.com', published: '2015' },
    {
      line: 'Proceedings of the 2019 Conference …, 2019&nbsp;- aclanthology.org',
      published: '2019',
    },
    { line: '2015&nbsp;- nature.com', published: '2015' },
    { line: 'Nature, 2015', published: '2015' },
    { line: 'books.google.com', published: undefined },
    // No year either: a first part the host spells is a journal on its own site.
    { line: 'Nature&nbsp;- nature.com', published: undefined },
    { line: 'IEEE Access&nbsp;- ieeexplore.ieee.org', published: undefined },
  ])('reads no authors from $line, and its year', ({ line, published }) => {
    expect(authorsAndYear(line)).toEqual({ authors: [], published });
  });

  // And every line with authors keeps them: cut short, before a venue with commas, a year alone
  // or no year at all.
  it.each([
    {
      line: 'A Vaswani, N Shazeer, N Parmar…&nbsp;- Advances in neural …, 2017&nbsp;- proceedings.neurips.cc',
      authors: ['A Vaswani', 'N Shazeer', 'N Parmar'],
      published: '2017',
    },
    {
      line: 'J Smith, A Jones&nbsp;- Journal of Physics A: Mathematical, Nuclear and General, 1974&nbsp;- iopscience.iop.org',
      authors: ['J Smith', 'A Jones'],
      published: '1974',
    },
    {
      line: 'RS Sutton, AG Barto&nbsp;- 2018&nbsp;- books.google.com',
      authors: ['RS Sutton', 'AG Barto'],
      published: '2018',
    },
    { line: 'J Doe&nbsp;- 2019', authors: ['J Doe'], published: '2019' },
    { line: 'OpenAI&nbsp;- arxiv.org', authors: ['OpenAI'], published: undefined },
  ])('reads the authors before the venue of $line', ({ line, authors, published }) => {
    expect(authorsAndYear(line)).toEqual({ authors, published });
  });
});

describe('Google Scholar venue', () => {
  const venueOf = (authorsLine: string) => parsePage(url, resultsPage(authorsLine))[0]?.venue;

  it.each([
    ['A Author&nbsp;- Nature, 2015&nbsp;- nature.com', 'Nature'],
    [
      'J Smith, A Jones&nbsp;- Journal of Physics A: Mathematical, Nuclear and General, 1974&nbsp;- iopscience.iop.org',
      'Journal of Physics A: Mathematical, Nuclear and General',
    ],
    [
      '2025 IEEE Conference on Things, 2025&nbsp;- ieeexplore.ieee.org',
      '2025 IEEE Conference on Things',
    ],
    ['Nature, 2015&nbsp;- nature.com', 'Nature'],
    ['Nature, 2015', 'Nature'],
    ['Nature&nbsp;- nature.com', 'Nature'],
    // A citation Scholar knows from reference lists: no host.
    ['J Doe&nbsp;- Physical Review D, 2019', 'Physical Review D'],
    ['J Doe&nbsp;- Physical Review D&nbsp;- APS', 'Physical Review D'],
  ])('reads the venue of %j: %j', (line, venue) => {
    expect(venueOf(line)).toBe(venue);
  });

  it.each([
    // Cut short by Scholar: not a name to cite.
    'A Vaswani, N Shazeer, N Parmar…&nbsp;- Advances in neural …, 2017&nbsp;- proceedings.neurips.cc',
    'A Author&nbsp;- Proceedings of the 2019 Conference …, 2019&nbsp;- aclanthology.org',
    // A year alone, or no venue part at all: "authors - host", the host alone.
    'RS Sutton, AG Barto&nbsp;- 2018&nbsp;- books.google.com',
    'J Doe&nbsp;- 2019',
    'OpenAI&nbsp;- arxiv.org',
    'books.google.com',
    // Preprint servers.
    'J Wang&nbsp;- arXiv preprint arXiv:2607.01234, 2026&nbsp;- arxiv.org',
    'S Weber&nbsp;- bioRxiv, 2025&nbsp;- biorxiv.org',
  ])('reads no venue from %j', (line) => {
    expect(venueOf(line)).toBeUndefined();
  });

  it.each([
    ['doi:10.1007/978-3-031-72340-9_12', { venue: 'European Conference on Computer Vision' }],
    ['doi:10.1038/s41586-025-01234-5', { venue: 'Nature' }],
    // A news item: no authors, "Nature, 2026 - nature.com".
    ['doi:10.1038/d41586-026-00417-3', { venue: 'Nature' }],
    ['doi:10.1371/journal.pone.0312345', { venue: 'PloS one' }],
    // "Advances in Neural …", "The Fourteenth International Conference …": cut short.
    [
      'url:https://proceedings.neurips.cc/paper_files/paper/2025/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract-Conference.html',
      {},
    ],
    ['openreview:Xk3vQ9pL2m', {}],
    // "arXiv preprint arXiv:2606.04417", "bioRxiv".
    ['arxiv:2606.04417', {}],
    ['doi:10.1101/2025.03.14.643210', {}],
  ])('results page: %s -> %j', (id, expected) => {
    expect(fixtureVenues('scholar', 'results').get(id)).toEqual(expected);
  });
});

describe('Google Scholar on its country domains', () => {
  const parse = ({ url, html }: { url: string; html: string }) => {
    const pageUrl = new URL(url);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const cardIds = scholarAdapter
      .findCards(doc, pageUrl)
      .map((card) => scholarAdapter.cardIds?.(card, pageUrl));
    return { candidates: parsePage(pageUrl, doc), cardIds };
  };
  const onCom = parse(scholarResultsAt('com'));

  it('serves the fixture itself at .com', () => {
    expect(onCom.candidates.map(({ id }) => id)).toEqual([
      ...fixtureVenues('scholar', 'results').keys(),
    ]);
  });

  // The same results, read at another domain: the same papers, under the same ids and URLs.
  it.each([
    ['de', 'de'],
    ['co.uk', 'en'],
    ['com.au', 'en'],
    ['co.jp', 'en'],
  ] as const)('scholar.google.%s (interface in %s) shows the papers of .com', (tld, language) => {
    const page = scholarResultsAt(tld, language);
    expect(page.url).toContain(`//scholar.google.${tld}/scholar?`);
    expect(page.html).toContain(`books.google.${tld}/books?`);
    expect(parse(page)).toEqual(onCom);
  });

  it('reads the German page whatever its interface says', () => {
    const { html } = scholarResultsAt('de', 'de');
    for (const german of ['Zitiert von: 176', 'Alle 4 Versionen', '[ZITATION]', '[BUCH]']) {
      expect(html).toContain(german);
    }
    expect(html).not.toContain('Cited by');
  });

  it('knows the result pages of every host in the manifest', () => {
    for (const pattern of scholarAdapter.matches) {
      const url = new URL(pattern.replace(/\*$/, '?q=reward+model'));
      expect(findAdapter(url), url.href).toMatchObject({
        adapter: scholarAdapter,
        pageType: 'results',
      });
    }
  });

  it.each([
    'https://scholar.google.de/citations?user=Kq3wZ0gAAAAJ&hl=de',
    'http://scholar.google.de/scholar?q=reward+model',
    'https://scholar.google.com.evil.example/scholar?q=reward+model',
    'https://scholar.google.de.example.org/scholar?q=reward+model',
    'https://scholar.googleusercontent.com/scholar?q=reward+model',
    'https://www.google.de/scholar?q=reward+model',
  ])('takes no page for Scholar that is not one of its result pages: %s', (url) => {
    expect(findAdapter(new URL(url))).toBeUndefined();
  });
});
