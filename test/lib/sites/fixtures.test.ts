// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Every committed listing fixture, for every site: parsing the HTML at its URL gives exactly the
 * candidates its expected.json lists. Adding a site or a page type = adding fixture files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PaperCandidate, paperCandidateSchema } from '../../../lib/paper/schemas';
import { findAdapter, parseCardSafely, parsePage } from '../../../lib/sites';
import {
  arxivNewListingHtml,
  arxivNewListingIds,
} from '../../fixtures/sites/arxiv/generate-large-listing';
import {
  huggingfaceDailyIds,
  huggingfaceDailyListingHtml,
} from '../../fixtures/sites/huggingface/generate-large-listing';

const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/sites');
const EXPECTED_SUFFIX = '.expected.json';

interface ExpectedFixture {
  url: string;
  candidates: PaperCandidate[];
}

const expectedFiles = readdirSync(FIXTURES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith(EXPECTED_SUFFIX))
  .sort();

function loadFixture(expectedFile: string): { expected: ExpectedFixture; html: string } {
  const expectedPath = join(FIXTURES_DIR, expectedFile);
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFixture;
  const html = readFileSync(expectedPath.replace(EXPECTED_SUFFIX, '.html'), 'utf8');
  return { expected, html };
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('site fixtures', () => {
  it('exist', () => {
    expect(expectedFiles.length).toBeGreaterThan(0);
  });

  describe.each(expectedFiles)('%s', (expectedFile) => {
    const { expected, html } = loadFixture(expectedFile);

    it('is a valid fixture: a URL some adapter handles, schema-valid candidates', () => {
      expect(findAdapter(new URL(expected.url))).toBeDefined();
      expect(expected.candidates.length).toBeGreaterThan(0);
      for (const candidate of expected.candidates) {
        expect(paperCandidateSchema.parse(candidate)).toEqual(candidate);
        // A venue's type says nothing without the venue it is the type of.
        if (candidate.venueType) expect(candidate.venue).toBeTruthy();
      }
    });

    it('parses to the expected candidates', () => {
      expect(parsePage(new URL(expected.url), parseHtml(html))).toEqual(expected.candidates);
    });

    it("reads, where the adapter can, each card's ids as its parse gives them", () => {
      const url = new URL(expected.url);
      const match = findAdapter(url);
      if (!match) throw new Error(`no adapter for ${expected.url}`);
      const { adapter } = match;
      const doc = parseHtml(html);
      const context = adapter.readPage?.(url, doc);
      for (const card of adapter.findCards(doc, url)) {
        const ids = adapter.cardIds?.(card, url);
        if (!ids) continue;
        const candidate = parseCardSafely(adapter, card, context, url);
        // A card the parse rejects may still have given its ids: an id too many looked up.
        if (candidate) expect(ids).toEqual([candidate.id, ...(candidate.aliases ?? [])]);
      }
    });

    it('gives every card a mount point inside the card', () => {
      const url = new URL(expected.url);
      const match = findAdapter(url);
      if (!match) throw new Error(`no adapter for ${expected.url}`);
      const doc = parseHtml(html);
      for (const card of match.adapter.findCards(doc, url)) {
        const mount = match.adapter.mountPoint(card);
        expect(mount).toBeDefined();
        expect(card.contains(mount?.parent ?? null)).toBe(true);
        // MathJax rewrites .mathjax nodes after load and would drop a widget put inside one.
        expect(mount?.parent.closest('.mathjax')).toBeNull();
      }
    });
  });
});

/**
 * Listings whose every paper is known by its links, so the saved-state lookup of a scan goes out
 * before any card is parsed (the test above holds those ids to the parse's).
 */
const LISTINGS_WITH_CHEAP_IDS = [
  'openreview/group',
  'openreview/forum',
  'scholar/results',
  'semanticscholar/search',
  'semanticscholar/search-page-2',
];

describe.each(LISTINGS_WITH_CHEAP_IDS)('%s', (name) => {
  it('reads the ids of every paper it lists before the parse', () => {
    const { expected, html } = loadFixture(`${name}${EXPECTED_SUFFIX}`);
    const url = new URL(expected.url);
    const cheapIds = cheapIdsOf(url, parseHtml(html));
    // A card the parse then rejects (no title, say) may have given ids too: one looked up for nothing.
    expect(cheapIds).toEqual(
      expect.arrayContaining(
        expected.candidates.map((candidate) => [candidate.id, ...(candidate.aliases ?? [])]),
      ),
    );
  });
});

describe('generated arXiv /new listing', () => {
  const url = new URL('https://arxiv.org/list/cs.LG/new');

  it('is deterministic', () => {
    expect(arxivNewListingHtml(50)).toBe(arxivNewListingHtml(50));
  });

  // A correctness test, not a timed one (speed lives in `npm run bench`): happy-dom takes a few
  // seconds to parse 2,000 entries, more on a busy machine, so the default 5 s would time it.
  const PARSE_TIMEOUT_MS = 60_000;

  it("reads every entry's id before the parse, old-style ids included", () => {
    const doc = parseHtml(arxivNewListingHtml(400));
    expect(cheapIdsOf(url, doc)).toEqual(arxivNewListingIds(400).map((id) => [`arxiv:${id}`]));
  });

  it.each([1, 3, 40, 2000])(
    'parses to %i distinct candidates',
    (count) => {
      const candidates = parsePage(url, parseHtml(arxivNewListingHtml(count)));
      expect(candidates).toHaveLength(count);
      expect(candidates.map((candidate) => candidate.id)).toEqual(
        arxivNewListingIds(count).map((id) => `arxiv:${id}`),
      );
      expect(new Set(candidates.map((candidate) => candidate.id)).size).toBe(count);
      for (const candidate of candidates)
        expect(paperCandidateSchema.parse(candidate)).toBeTruthy();
    },
    PARSE_TIMEOUT_MS,
  );
});

/** What the adapter's cardIds reads from each card of the page. */
function cheapIdsOf(url: URL, doc: Document): Array<string[] | undefined> {
  const match = findAdapter(url);
  if (!match) throw new Error(`no adapter for ${url}`);
  return match.adapter.findCards(doc, url).map((card) => match.adapter.cardIds?.(card, url));
}

describe('generated Hugging Face daily listing', () => {
  const url = new URL('https://huggingface.co/papers');

  it('is deterministic', () => {
    expect(huggingfaceDailyListingHtml(30)).toBe(huggingfaceDailyListingHtml(30));
  });

  it.each([1, 8, 100])('parses to the %i generated papers, in order', (count) => {
    const candidates = parsePage(url, parseHtml(huggingfaceDailyListingHtml(count)));
    expect(candidates.map((candidate) => candidate.id)).toEqual(
      huggingfaceDailyIds(count).map((id) => `arxiv:${id}`),
    );
    for (const candidate of candidates) expect(paperCandidateSchema.parse(candidate)).toBeTruthy();
  });

  it("reads every card's id before the parse", () => {
    const doc = parseHtml(huggingfaceDailyListingHtml(100));
    expect(cheapIdsOf(url, doc)).toEqual(huggingfaceDailyIds(100).map((id) => [`arxiv:${id}`]));
  });

  it('reads abstracts and authors from the island, and falls back to the card without it', () => {
    const candidates = parsePage(url, parseHtml(huggingfaceDailyListingHtml(20)));
    const [inIsland, missing] = [candidates[0], candidates[16]];
    expect(inIsland?.abstract).toMatch(/^We revisit /);
    expect(inIsland?.authors.length).toBeGreaterThan(1);
    expect(inIsland?.published).toBe('2026-07-10');
    expect(missing?.abstract).toBeUndefined();
    expect(missing?.title).toBeTruthy();
  });
});
