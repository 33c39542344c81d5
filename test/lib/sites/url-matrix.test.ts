/**
 * The URL matrix (github-url-detection's idea): every adapter's test URL is recognised as its own
 * adapter and page type, by no other page type of any adapter, and is covered by the adapter's
 * manifest match patterns; URLs Paper Shelf has nothing to do on match nothing.
 */
import { findAdapter, SITE_ADAPTERS } from '../../../lib/sites';
import { TEST_URLS } from '../../fixtures/sites/test-urls';

/** URLs that must match no adapter. */
const UNSUPPORTED_URLS = [
  // PDFs and HTML renderings are the paper itself, not a page with cards.
  'https://arxiv.org/pdf/2607.01234',
  'https://arxiv.org/html/2607.01234v1',
  'https://huggingface.co/papers/2607.01234/extra',
  // Lists of collections, not a collection.
  'https://huggingface.co/collections',
  'https://huggingface.co/collections/fixture-lab',
  // arXiv pages that are not listings: forms, bare ids, other sections.
  'https://arxiv.org/catchup',
  'https://arxiv.org/catchup/cs.LG/yesterday',
  'https://arxiv.org/abs/',
  'https://arxiv.org/abs/not-an-id',
  'https://arxiv.org/search/advanced/extra/path',
  'https://export.arxiv.org/abs/2607.01234',
  // OpenReview pages without a venue or forum, and its other sections.
  'https://openreview.net/',
  'https://openreview.net/group',
  'https://openreview.net/group?id=',
  'https://openreview.net/forum',
  'https://openreview.net/pdf?id=Xk3vQ9pL2m',
  'https://openreview.net/profile?id=~Ada_Lovelace1',
  'https://openreview.net/venues',
  'https://api2.openreview.net/notes?forum=Xk3vQ9pL2m',
  // Google Scholar without a query, profiles, and other Google hosts.
  'https://scholar.google.com/',
  'https://scholar.google.com/scholar',
  'https://scholar.google.com/scholar?q=',
  'https://scholar.google.com/citations?user=Kq3wZ0gAAAAJ&hl=en',
  'https://scholar.google.com/scholar_lookup?arxiv_id=2607.08111',
  'https://www.google.com/search?q=reward+model',
  // Reserved words under /papers/ and malformed listing dates.
  'https://huggingface.co/papers/submit',
  'https://huggingface.co/papers/index',
  'https://huggingface.co/papers/date',
  'https://huggingface.co/papers/week',
  'https://huggingface.co/papers/month',
  'https://huggingface.co/papers/date/2026-13-01',
  'https://huggingface.co/papers/date/latest',
  'https://huggingface.co/papers/week/2026-W60',
  'https://huggingface.co/papers/month/2026-7',
  'https://huggingface.co/papers/trending/extra',
  'https://huggingface.co/paperswithcode',
  // Other sections and hosts.
  'https://huggingface.co/models',
  'https://huggingface.co/models?search=papers',
  'https://huggingface.co/',
  'https://huggingface.co/fixture-lab/papers',
  'https://hf.co/papers',
  'http://huggingface.co/papers',
  'https://discuss.huggingface.co/papers',
  'https://arxiv.org/',
  // Four digits are a year listing, but 2607 has not come and 1899 is before arXiv; no month 13
  // or 00; arXiv redirects a two-digit year (25) to YYYY and the other spellings of a month
  // (2026-1, 202611) to YYYY-MM before anything runs.
  'https://arxiv.org/list/cs.LG/2607',
  'https://arxiv.org/list/cs.LG/1899',
  'https://arxiv.org/list/cs.LG/20255',
  'https://arxiv.org/list/cs.LG/25',
  'https://arxiv.org/list/cs.LG/2025/extra',
  'https://arxiv.org/list/cs.LG/2026-13',
  'https://arxiv.org/list/cs.LG/2026-00',
  'https://arxiv.org/list/cs.LG/2026-1',
  'https://arxiv.org/list/cs.LG/202611',
  'https://arxiv.org/list/cs.LG/2026-11/extra',
  'https://arxiv.org/list/cs.LG/foo',
  'https://arxiv.org/list/cs.LG/new/extra',
  'https://arxiv.org/list/',
  'https://export.arxiv.org/list/cs.LG/new',
  'https://info.arxiv.org/help/api/index.html',
  'https://example.org/list/cs.LG/new',
  'https://example.org/papers',
  // Semantic Scholar: pages without paper rows (the whole host is matched for client-side moves).
  'https://www.semanticscholar.org/',
  'https://www.semanticscholar.org/search',
  'https://www.semanticscholar.org/search?q=',
  'https://www.semanticscholar.org/search?q=%20%20',
  'https://www.semanticscholar.org/author/Ming-Kim/2281234567',
  'https://www.semanticscholar.org/me/library/all',
  'https://www.semanticscholar.org/paper/Truncated-Id/3f1c0d6b2a9e8f7c6b5a4d3e2f1a0b9c8d7e6f5',
  'https://www.semanticscholar.org/paper/Slug/3f1c0d6b2a9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a/figure/1',
  'https://www.semanticscholar.org/reader/3f1c0d6b2a9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a',
  'http://www.semanticscholar.org/search?q=reward',
  'https://semanticscholar.org/search?q=reward',
  'https://api.semanticscholar.org/graph/v1/paper/search?query=reward',
  // ACL Anthology: files, people, venues and the site's own search.
  'https://aclanthology.org/',
  'https://aclanthology.org/events/',
  'https://aclanthology.org/events/acl-2024/extra',
  'https://aclanthology.org/volumes/',
  'https://aclanthology.org/volumes/2024.acl-long/extra',
  'https://aclanthology.org/volumes/2024.acl-long.bib',
  'https://aclanthology.org/2024.acl-long.1.pdf',
  'https://aclanthology.org/2024.acl-long.1.bib',
  'https://aclanthology.org/people/laura-niss/',
  'https://aclanthology.org/venues/acl/',
  'https://aclanthology.org/faq/',
  'https://aclanthology.org/search/?q=reward+model',
  'http://aclanthology.org/2024.acl-long.1/',
  // dblp: exports, record pages, venue indexes, mirrors.
  'https://dblp.org/',
  'https://dblp.org/search',
  'https://dblp.org/search?q=',
  'https://dblp.org/pid/271/4430.bib',
  'https://dblp.org/pid/271/4430.xml',
  'https://dblp.org/rec/conf/acl/KimMY24.html',
  'https://dblp.org/db/conf/acl/index.html',
  'https://dblp.org/db/conf/acl/',
  'https://dblp.org/db/journals/corr/index.html',
  'https://dblp.org/db/series/lncs/lncs14000.html',
  'https://dblp.uni-trier.de/pid/271/4430.html',
  'http://dblp.org/search?q=reward',
];

/**
 * A WebExtension match pattern test (scheme://host/path, `*` wildcards): the browser matches the
 * path part against the URL's path and query, never the fragment.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
function matchesPattern(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`unsupported match pattern ${pattern}`);
  const [, scheme, host = '', path = ''] = parts;
  const schemeOk =
    scheme === '*' ? ['http:', 'https:'].includes(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    url.hostname === host.replace(/^\*\./, '') ||
    (host.startsWith('*.') && url.hostname.endsWith(host.slice(1)));
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return schemeOk && hostOk && glob.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EXAMPLES = SITE_ADAPTERS.flatMap((adapter) =>
  Object.entries(TEST_URLS[adapter.id] ?? {}).flatMap(([pageType, urls]) =>
    urls.map((url) => ({ adapterId: adapter.id, pageType, url })),
  ),
);

describe('URL matrix', () => {
  it.each(EXAMPLES)('$url is $adapterId / $pageType', ({ adapterId, pageType, url }) => {
    const match = findAdapter(new URL(url));
    expect({ adapterId: match?.adapter.id, pageType: match?.pageType }).toEqual({
      adapterId,
      pageType,
    });
  });

  it.each(EXAMPLES)('$url is accepted by exactly one page type', ({ url }) => {
    const accepting = SITE_ADAPTERS.flatMap((adapter) =>
      Object.entries(adapter.pageTypes)
        .filter(([, accepts]) => accepts(new URL(url)))
        .map(([pageType]) => `${adapter.id}/${pageType}`),
    );
    expect(accepting).toHaveLength(1);
  });

  it.each(EXAMPLES)('$url is covered by the $adapterId match patterns', ({ adapterId, url }) => {
    const adapter = SITE_ADAPTERS.find((candidate) => candidate.id === adapterId);
    expect(adapter?.matches.some((pattern) => matchesPattern(pattern, new URL(url)))).toBe(true);
  });

  it.each(UNSUPPORTED_URLS)('%s matches no adapter', (url) => {
    expect(findAdapter(new URL(url))).toBeUndefined();
  });

  it('checks match patterns the way browsers do', () => {
    const pattern = 'https://huggingface.co/papers*';
    expect(matchesPattern(pattern, new URL('https://huggingface.co/papers'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://huggingface.co/papers?q=x'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://huggingface.co/papers/trending'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://huggingface.co/models'))).toBe(false);
    expect(matchesPattern(pattern, new URL('http://huggingface.co/papers'))).toBe(false);
    expect(
      matchesPattern('https://arxiv.org/list/*', new URL('https://arxiv.org/abs/2607.01234')),
    ).toBe(false);
  });
});
