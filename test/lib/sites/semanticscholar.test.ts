// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Semantic Scholar rules the fixtures cannot show one by one: stale meta tags; and the venues the
 * fixtures' rows name.
 */
import { parsePage } from '../../../lib/sites';
import { fixtureVenues } from './site-fixture';

describe('Semantic Scholar paper pages', () => {
  const hex = '9d38818d414f3a6567e9069c6e9a736080c94af0';
  const url = new URL(`https://www.semanticscholar.org/paper/New-Paper-Kim/${hex}`);

  function page(metaTitle: string) {
    return new DOMParser().parseFromString(
      `<html><head><meta name="citation_title" content="${metaTitle}"><meta name="citation_author" content="Previous Author"><meta name="citation_arxiv_id" content="2401.00001"></head>
      <body><main><div class="fresh-paper-detail-page__header"><h1 data-test-id="paper-detail-title">New Paper</h1></div></main></body></html>`,
      'text/html',
    );
  }

  it('uses the meta tags when they describe the paper the page shows', () => {
    expect(parsePage(url, page('New Paper'))).toEqual([
      expect.objectContaining({
        id: 'arxiv:2401.00001',
        aliases: [`s2:${hex}`],
        authors: ['Previous Author'],
      }),
    ]);
  });

  it('ignores meta tags left over from the previous paper of a client-side move', () => {
    expect(parsePage(url, page('Previous Paper'))).toEqual([
      {
        id: `s2:${hex}`,
        title: 'New Paper',
        authors: [],
        url: url.href,
        site: 'semanticscholar',
      },
    ]);
  });
});

describe('Semantic Scholar venues', () => {
  // As the row names it; Semantic Scholar does not say whether it is a journal or a conference.
  it.each([
    ['search', 'arxiv:2406.02900', { venue: 'Neural Information Processing Systems' }],
    [
      'search',
      's2:a0c115afa5f3542674370d7a347887d384f4e8f7',
      { venue: 'Transactions of the Association for Computational Linguistics' },
    ],
    [
      'search-page-2',
      's2:d65123bed1426ce0bcf3a00657da14ba36d6386b',
      { venue: 'The Web Conference' },
    ],
    ['paper', 's2:b08aa98ac972cf6f92f39bbff0a8e84a53689f67', { venue: 'Biometrika' }],
    // "arXiv.org" is the preprint server, not a venue.
    ['search', 'arxiv:2607.08111', {}],
    // A row that names no venue.
    ['search', 'arxiv:2604.07712', {}],
    // The paper page's own header names "arXiv.org", its citation_journal_title "ArXiv".
    ['paper', 'arxiv:2607.08111', {}],
  ])('%s page: %s -> %j', (page, id, expected) => {
    expect(fixtureVenues('semanticscholar', page).get(id)).toEqual(expected);
  });

  const hex = 'b08aa98ac972cf6f92f39bbff0a8e84a53689f67';
  const url = new URL(`https://www.semanticscholar.org/paper/Rank-Analysis-Bradley-Terry/${hex}`);

  /** A paper page whose header shows `shown` as the venue and whose head holds `meta`. */
  function pageVenue(shown: string, meta: string, metaTitle = 'Rank Analysis') {
    const venue = shown
      ? `<span class="paper-meta-item" data-heap-id="paper-meta-journal"><span>${shown}</span></span>`
      : '';
    const doc = new DOMParser().parseFromString(
      `<html><head><meta name="citation_title" content="${metaTitle}">${meta}</head>
      <body><main><div class="fresh-paper-detail-page__header"><h1 data-test-id="paper-detail-title">Rank Analysis</h1><div class="fresh-paper-detail-page__meta paper-meta"><span class="paper-meta-item" data-test-id="paper-year"><span>1 December 1952</span></span>${venue}</div></div></main></body></html>`,
      'text/html',
    );
    const [candidate] = parsePage(url, doc);
    return { venue: candidate?.venue, venueType: candidate?.venueType };
  }
  const journalTag = '<meta name="citation_journal_title" content="Biometrika">';
  const conferenceTag =
    '<meta name="citation_conference_title" content="International Conference on Machine Learning">';

  it("reads the paper page's own venue from its header, untyped as a row's", () => {
    expect(pageVenue('Biometrika', '')).toEqual({ venue: 'Biometrika', venueType: undefined });
    expect(pageVenue('Neural Information Processing Systems', journalTag)).toEqual({
      venue: 'Neural Information Processing Systems',
      venueType: undefined,
    });
  });

  it('else from its citation_journal_title or citation_conference_title, typed as the tag says', () => {
    expect(pageVenue('', journalTag)).toEqual({ venue: 'Biometrika', venueType: 'journal' });
    expect(pageVenue('', conferenceTag)).toEqual({
      venue: 'International Conference on Machine Learning',
      venueType: 'conference',
    });
    expect(pageVenue('arXiv.org', journalTag)).toEqual({
      venue: 'Biometrika',
      venueType: 'journal',
    });
  });

  it('takes no preprint server for a venue, nor the meta tags of the previous paper', () => {
    const arxiv = '<meta name="citation_journal_title" content="ArXiv">';
    expect(pageVenue('arXiv.org', arxiv)).toEqual({ venue: undefined, venueType: undefined });
    expect(pageVenue('', journalTag, 'Previous Paper')).toEqual({
      venue: undefined,
      venueType: undefined,
    });
    expect(pageVenue('Biometrika', journalTag, 'Previous Paper')).toEqual({
      venue: 'Biometrika',
      venueType: undefined,
    });
  });
});
