import fc from 'fast-check';
import type { Paper } from '@/lib/paper/schemas';
import {
  applyShelfQuery,
  countShelf,
  hasFilters,
  hasTags,
  matchesFilters,
  NO_FILTERS,
  type ShelfFilters,
  ShelfOrders,
  sortPapers,
  type TagMatch,
} from '@/lib/shelf/query';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 6, 1);

function paper(id: string, overrides: Partial<Paper> = {}): Paper {
  return {
    id: `arxiv:2607.0000${id}`,
    aliases: [`arxiv:2607.0000${id}`],
    title: `Paper ${id}`,
    authors: [],
    url: `https://arxiv.org/abs/2607.0000${id}`,
    site: 'arxiv',
    tags: [],
    status: 'to-read',
    note: '',
    savedAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

const shelf = [
  paper('1', { title: 'Zeta functions', savedAt: NOW - 2 * DAY, published: '2024-05' }),
  paper('2', {
    title: 'attention is all',
    savedAt: NOW - 40 * DAY,
    status: 'read',
    site: 'huggingface',
    tags: ['llm'],
  }),
  paper('3', { title: 'Ångström scale models', savedAt: NOW - 400 * DAY, published: '2025-01-02' }),
  paper('4', { title: 'paper 10', savedAt: NOW - 1000, status: 'reading', tags: ['llm', 'rl'] }),
];
const ids = (papers: Paper[]) => papers.map((p) => p.id.slice(-1));

describe('sorts', () => {
  it('orders by date saved, either way', () => {
    expect(ids(sortPapers(shelf, 'saved-desc'))).toEqual(['4', '1', '2', '3']);
    expect(ids(sortPapers(shelf, 'saved-asc'))).toEqual(['3', '2', '1', '4']);
  });

  it('orders titles as people read them: case and accents aside, numbers by value', () => {
    const titles = sortPapers([...shelf, paper('5', { title: 'paper 9' })], 'title').map(
      (p) => p.title,
    );
    expect(titles).toEqual([
      'Ångström scale models',
      'attention is all',
      'paper 9',
      'paper 10',
      'Zeta functions',
    ]);
  });

  it('orders by date published, papers without one last', () => {
    expect(ids(sortPapers(shelf, 'published-desc'))).toEqual(['3', '1', '4', '2']);
  });

  it('makes each order once per version of the shelf', () => {
    const orders = new ShelfOrders(shelf);
    expect(orders.get('title')).toBe(orders.get('title'));
    expect(orders.get('relevance')).toBe(orders.get('saved-desc'));
  });
});

describe('filters', () => {
  it('keeps papers by status, site, tag and date saved', () => {
    const keep = (filters: Parameters<typeof matchesFilters>[1]) =>
      ids(shelf.filter((p) => matchesFilters(p, filters, NOW)));
    expect(keep({ ...NO_FILTERS, status: 'read' })).toEqual(['2']);
    expect(keep({ ...NO_FILTERS, site: 'huggingface' })).toEqual(['2']);
    expect(keep({ ...NO_FILTERS, tags: ['llm'] })).toEqual(['2', '4']);
    expect(keep({ ...NO_FILTERS, savedWithin: 'week' })).toEqual(['1', '4']);
    expect(keep({ ...NO_FILTERS, savedWithin: 'day' })).toEqual(['4']);
    expect(keep({ ...NO_FILTERS, savedWithin: 'year', tags: ['llm'] })).toEqual(['2', '4']);
    expect(keep(NO_FILTERS)).toEqual(['1', '2', '3', '4']);
  });

  it('keeps papers with all of the tags chosen, or any of them', () => {
    const keep = (tags: string[], tagMatch: TagMatch) =>
      ids(shelf.filter((p) => matchesFilters(p, { ...NO_FILTERS, tags, tagMatch }, NOW)));
    expect(keep(['llm', 'rl'], 'all')).toEqual(['4']);
    expect(keep(['rl', 'llm'], 'any')).toEqual(['2', '4']);
    // One tag: either way the papers that carry it.
    expect(keep(['rl'], 'all')).toEqual(['4']);
    expect(keep(['rl'], 'any')).toEqual(['4']);
    // A tag no paper carries.
    expect(keep(['llm', 'gone'], 'all')).toEqual([]);
    expect(keep(['llm', 'gone'], 'any')).toEqual(['2', '4']);
    // No tag: no tag filter, whichever the match.
    expect(keep([], 'all')).toEqual(['1', '2', '3', '4']);
    expect(keep([], 'any')).toEqual(['1', '2', '3', '4']);
  });

  it('combines the tag filter with the other filters', () => {
    const filters = { ...NO_FILTERS, tags: ['llm', 'rl'], tagMatch: 'any' as const };
    const keep = (more: Partial<ShelfFilters>) =>
      ids(shelf.filter((p) => matchesFilters(p, { ...filters, ...more }, NOW)));
    expect(keep({ status: 'read' })).toEqual(['2']);
    expect(keep({ savedWithin: 'day' })).toEqual(['4']);
    expect(keep({ site: 'dblp' })).toEqual([]);
  });

  it('tests tags as hasTags says', () => {
    expect(hasTags(['a', 'b'], ['b', 'a'], 'all')).toBe(true);
    expect(hasTags(['a'], ['a', 'b'], 'all')).toBe(false);
    expect(hasTags(['a'], ['b', 'a'], 'any')).toBe(true);
    expect(hasTags([], ['a'], 'any')).toBe(false);
    expect(hasTags([], [], 'any')).toBe(true);
  });

  it('knows when any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, savedWithin: 'month' })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, tags: ['rl'] })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, tags: ['rl', 'llm'], tagMatch: 'any' })).toBe(true);
    // How tags would combine is no filter by itself.
    expect(hasFilters({ ...NO_FILTERS, tagMatch: 'any' })).toBe(false);
  });
});

describe('applyShelfQuery', () => {
  const orders = new ShelfOrders(shelf);

  it('shows search matches in the chosen order, filtered', () => {
    const matches = new Map([
      ['arxiv:2607.00003', 1],
      ['arxiv:2607.00002', 5],
      ['arxiv:2607.00004', 2],
    ]);
    const query = { filters: NO_FILTERS, matches, now: NOW };
    expect(ids(applyShelfQuery(orders, { ...query, sort: 'saved-desc' }))).toEqual(['4', '2', '3']);
    expect(ids(applyShelfQuery(orders, { ...query, sort: 'relevance' }))).toEqual(['2', '4', '3']);
    expect(
      ids(
        applyShelfQuery(orders, {
          ...query,
          sort: 'relevance',
          filters: { ...NO_FILTERS, tags: ['llm'] },
        }),
      ),
    ).toEqual(['2', '4']);
    const byTags = (tags: string[], tagMatch: TagMatch) =>
      ids(
        applyShelfQuery(orders, {
          ...query,
          sort: 'relevance',
          filters: { ...NO_FILTERS, tags, tagMatch },
        }),
      );
    expect(byTags(['llm', 'rl'], 'all')).toEqual(['4']);
    expect(byTags(['llm', 'rl'], 'any')).toEqual(['2', '4']);
  });

  it('breaks ties in relevance by newest saved', () => {
    const matches = new Map(shelf.map((p) => [p.id, 1]));
    expect(
      ids(applyShelfQuery(orders, { filters: NO_FILTERS, matches, sort: 'relevance', now: NOW })),
    ).toEqual(['4', '1', '2', '3']);
  });

  it('without a search, shows everything the filters keep', () => {
    expect(
      ids(
        applyShelfQuery(orders, {
          filters: { ...NO_FILTERS, status: 'to-read' },
          sort: 'relevance',
          now: NOW,
        }),
      ),
    ).toEqual(['1', '3']);
    const byTags = (tags: string[], tagMatch: TagMatch) =>
      ids(
        applyShelfQuery(orders, {
          filters: { ...NO_FILTERS, tags, tagMatch },
          sort: 'saved-asc',
          now: NOW,
        }),
      );
    expect(byTags(['rl', 'llm'], 'all')).toEqual(['4']);
    expect(byTags(['rl', 'llm'], 'any')).toEqual(['2', '4']);
  });

  it('without a search or filter, is the order itself (no copy per keystroke)', () => {
    const query = { filters: NO_FILTERS, sort: 'title' as const, now: NOW };
    expect(applyShelfQuery(orders, query)).toBe(orders.get('title'));
  });

  it('ranks a search as the whole shelf filtered then sorted by score would', () => {
    // The relevance path starts from the matches; the plain definition starts from the shelf.
    const shelfWithTies = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 0, max: 60 }).map(String),
        savedAt: fc.integer({ min: 0, max: 4 }).map((days) => NOW - days * DAY),
        status: fc.constantFrom('to-read' as const, 'read' as const),
        tags: fc.subarray(['a', 'b', 'c']),
      }),
      { selector: (fields) => fields.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        shelfWithTies,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 3 }))),
        fc.constantFrom<ShelfFilters>(
          NO_FILTERS,
          { ...NO_FILTERS, status: 'read' },
          { ...NO_FILTERS, tags: ['a', 'b'] },
          { ...NO_FILTERS, tags: ['a', 'b'], tagMatch: 'any' },
          { ...NO_FILTERS, tags: ['c'], tagMatch: 'any', status: 'to-read' },
        ),
        // The index gives its matches best first; anything else must come out the same.
        fc.boolean(),
        (fields, scoreList, filters, bestFirst) => {
          const papers = fields.map(({ id, ...rest }) => paper(id, rest));
          if (bestFirst) scoreList.sort((a, b) => b[1] - a[1]);
          const matches = new Map(scoreList.map(([id, score]) => [`arxiv:2607.0000${id}`, score]));
          const expected = sortPapers(papers, 'saved-desc')
            .filter((p) => matches.has(p.id) && matchesFilters(p, filters, NOW))
            .sort((a, b) => (matches.get(b.id) ?? 0) - (matches.get(a.id) ?? 0));
          const query = { filters, matches, sort: 'relevance' as const, now: NOW };
          const shown = applyShelfQuery(new ShelfOrders(papers), query);
          expect(shown.map((p) => p.id)).toEqual(expected.map((p) => p.id));
        },
      ),
    );
  });
});

describe('countShelf', () => {
  it('counts papers per status, site and tag for the filter menus', () => {
    const counts = countShelf(shelf);
    expect(Object.fromEntries(counts.byStatus)).toEqual({ 'to-read': 2, read: 1, reading: 1 });
    expect(Object.fromEntries(counts.bySite)).toEqual({ arxiv: 3, huggingface: 1 });
    expect(Object.fromEntries(counts.byTag)).toEqual({ llm: 2, rl: 1 });
    // No tag chosen: adding a tag keeps the papers that carry it.
    expect(counts.ifTagAdded).toBe(counts.byTag);
  });

  const tagged = [
    paper('1', { tags: ['llm', 'rl', 'vision'] }),
    paper('2', { tags: ['llm', 'rl'] }),
    paper('3', { tags: ['llm', 'vision'], status: 'read' }),
    paper('4', { tags: ['vision'] }),
    paper('5', { tags: ['theory'] }),
  ];

  it('with "all of", counts what adding each tag would leave', () => {
    const counts = countShelf(tagged, { tags: ['llm'], tagMatch: 'all' });
    expect(Object.fromEntries(counts.ifTagAdded)).toEqual({ llm: 3, rl: 2, vision: 2 });
    // The whole shelf's counts do not change with the tags chosen, nor do the other menus'.
    expect(Object.fromEntries(counts.byTag)).toEqual({ llm: 3, rl: 2, vision: 3, theory: 1 });
    expect(Object.fromEntries(counts.byStatus)).toEqual({ 'to-read': 4, read: 1 });
    const both = countShelf(tagged, { tags: ['llm', 'rl'], tagMatch: 'all' });
    expect(Object.fromEntries(both.ifTagAdded)).toEqual({ llm: 2, rl: 2, vision: 1 });
  });

  it('with "any of", counts the papers each tag would add', () => {
    const counts = countShelf(tagged, { tags: ['rl'], tagMatch: 'any' });
    expect(Object.fromEntries(counts.ifTagAdded)).toEqual({ llm: 1, vision: 2, theory: 1 });
    const two = countShelf(tagged, { tags: ['rl', 'theory'], tagMatch: 'any' });
    expect(Object.fromEntries(two.ifTagAdded)).toEqual({ llm: 1, vision: 2 });
  });

  it('says what adding a tag then shows, as the filter itself finds', () => {
    for (const tagMatch of ['all', 'any'] as const) {
      for (const chosen of [['llm'], ['rl', 'vision'], ['theory']]) {
        const counts = countShelf(tagged, { tags: chosen, tagMatch });
        const shown = (tags: string[]) =>
          tagged.filter((p) => matchesFilters(p, { ...NO_FILTERS, tags, tagMatch }, NOW)).length;
        for (const tag of counts.byTag.keys()) {
          if (chosen.includes(tag)) continue;
          const added = counts.ifTagAdded.get(tag) ?? 0;
          const expected =
            tagMatch === 'all' ? shown([...chosen, tag]) : shown([...chosen, tag]) - shown(chosen);
          expect(added, `${tagMatch} ${chosen} + ${tag}`).toBe(expected);
        }
      }
    }
  });
});
