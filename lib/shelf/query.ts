/**
 * Filters and sorts of the reading list: pure functions over the papers in memory, shared by the
 * popup and the options page. At 10,000 papers a sort costs tens of milliseconds (the title
 * collation most), so each order is computed once per change of the shelf (see ShelfOrders) and
 * a keystroke only filters an order already made.
 */
import type { Paper, PaperStatus, SiteId } from '../paper/schemas';

export const SHELF_SORTS = {
  relevance: 'Best match',
  'saved-desc': 'Newest saved',
  'saved-asc': 'Oldest saved',
  title: 'Title A–Z',
  'published-desc': 'Newest published',
} as const;
export type ShelfSort = keyof typeof SHELF_SORTS;

const DAY_MS = 86_400_000;
export const SAVED_WITHIN = {
  any: { label: 'Saved any time', ms: Number.POSITIVE_INFINITY },
  day: { label: 'Saved in the past day', ms: DAY_MS },
  week: { label: 'Saved in the past week', ms: 7 * DAY_MS },
  month: { label: 'Saved in the past month', ms: 30 * DAY_MS },
  year: { label: 'Saved in the past year', ms: 365 * DAY_MS },
} as const;
export type SavedWithin = keyof typeof SAVED_WITHIN;

/** How several tags combine: papers carrying every one of them, or at least one. */
export type TagMatch = 'all' | 'any';

export interface ShelfFilters {
  /** Tag names, in the order chosen; empty for any tag. */
  tags: readonly string[];
  /** How `tags` combine; only tells once there are two. */
  tagMatch: TagMatch;
  status?: PaperStatus;
  site?: SiteId;
  savedWithin: SavedWithin;
}

export const NO_FILTERS: ShelfFilters = { tags: [], tagMatch: 'all', savedWithin: 'any' };

export function hasFilters(filters: ShelfFilters): boolean {
  return (
    filters.tags.length > 0 ||
    filters.status !== undefined ||
    filters.site !== undefined ||
    filters.savedWithin !== 'any'
  );
}

/**
 * True when `paperTags` has every one of `tags` ('all') or at least one ('any'); any paper for
 * no tags. On the search's hot path: plain loops over a handful of names, nothing allocated.
 */
export function hasTags(
  paperTags: readonly string[],
  tags: readonly string[],
  match: TagMatch,
): boolean {
  if (tags.length === 0) return true;
  if (match === 'any') {
    for (const tag of tags) if (paperTags.includes(tag)) return true;
    return false;
  }
  for (const tag of tags) if (!paperTags.includes(tag)) return false;
  return true;
}

export function matchesFilters(paper: Paper, filters: ShelfFilters, now: number): boolean {
  if (filters.status !== undefined && paper.status !== filters.status) return false;
  if (filters.site !== undefined && paper.site !== filters.site) return false;
  if (!hasTags(paper.tags, filters.tags, filters.tagMatch)) return false;
  return now - paper.savedAt <= SAVED_WITHIN[filters.savedWithin].ms;
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byNewestSaved = (a: Paper, b: Paper) => b.savedAt - a.savedAt;

/** Compare functions; relevance has no order of its own without a query: newest saved. */
const COMPARE: Record<ShelfSort, (a: Paper, b: Paper) => number> = {
  relevance: byNewestSaved,
  'saved-desc': byNewestSaved,
  'saved-asc': (a, b) => a.savedAt - b.savedAt,
  title: (a, b) => titleCollator.compare(a.title, b.title) || byNewestSaved(a, b),
  // Dates are YYYY[-MM[-DD]], which sort as strings; papers without one go last.
  'published-desc': (a, b) =>
    (b.published ?? '').localeCompare(a.published ?? '') || byNewestSaved(a, b),
};

export function sortPapers(papers: readonly Paper[], sort: ShelfSort): Paper[] {
  return [...papers].sort(COMPARE[sort]);
}

/** Each order of one version of the shelf, made when first asked for. */
export class ShelfOrders {
  private readonly orders = new Map<ShelfSort, Paper[]>();
  private newestSavedRank: Map<string, { paper: Paper; rank: number }> | undefined;

  constructor(readonly papers: readonly Paper[]) {}

  get(sort: ShelfSort): Paper[] {
    const key = sort === 'relevance' ? 'saved-desc' : sort;
    let order = this.orders.get(key);
    if (!order) {
      order = sortPapers(this.papers, key);
      this.orders.set(key, order);
    }
    return order;
  }

  /** Each paper by id, with its place in the newest-saved order (what breaks relevance ties). */
  byIdWithRank(): ReadonlyMap<string, { paper: Paper; rank: number }> {
    if (!this.newestSavedRank) {
      this.newestSavedRank = new Map(
        this.get('saved-desc').map((paper, rank) => [paper.id, { paper, rank }]),
      );
    }
    return this.newestSavedRank;
  }
}

export interface ShelfQuery {
  filters: ShelfFilters;
  sort: ShelfSort;
  /** Relevance by paper id, from the search index; undefined when there is no search. */
  matches?: ReadonlyMap<string, number>;
  now: number;
}

/**
 * The papers to show, in order: those matching the search and every filter. Called on every
 * keystroke of a search, so it does only the work the query needs: no search and no filter is
 * the order itself (not a copy), and a relevance search starts from the matches, not the shelf.
 */
export function applyShelfQuery(orders: ShelfOrders, query: ShelfQuery): Paper[] {
  const { filters, matches, now } = query;
  const filtering = hasFilters(filters);
  if (matches && query.sort === 'relevance') return byRelevance(orders, matches, filters, now);
  const order = orders.get(query.sort);
  if (!matches && !filtering) return order;
  return order.filter(
    (paper) =>
      (!matches || matches.has(paper.id)) && (!filtering || matchesFilters(paper, filters, now)),
  );
}

/**
 * Best score first; equal scores in newest-saved order, as the sort of the whole shelf gives.
 * The search index hands its matches over best first, so the sort mostly finds runs already in
 * order.
 */
function byRelevance(
  orders: ShelfOrders,
  matches: ReadonlyMap<string, number>,
  filters: ShelfFilters,
  now: number,
): Paper[] {
  const filtering = hasFilters(filters);
  const byId = orders.byIdWithRank();
  const scored: Array<{ paper: Paper; rank: number; score: number }> = [];
  for (const [id, score] of matches) {
    const entry = byId.get(id);
    // The index may briefly hold a paper the shelf no longer has (removed in another tab).
    if (!entry || (filtering && !matchesFilters(entry.paper, filters, now))) continue;
    scored.push({ paper: entry.paper, rank: entry.rank, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ paper }) => paper);
}

export interface ShelfCounts {
  byStatus: Map<PaperStatus, number>;
  bySite: Map<SiteId, number>;
  /** Papers carrying each tag, the whole shelf over. */
  byTag: Map<string, number>;
  /**
   * What adding each tag to the tag filter would do: with 'all', the papers that would still
   * show (those carrying every chosen tag and this one); with 'any', the papers it would add
   * (those carrying it and none of the chosen). Without a tag filter, the same as `byTag`.
   * A tag no such paper carries is missing.
   */
  ifTagAdded: Map<string, number>;
}

/**
 * How many papers each filter value would keep, for the filter menus. Like the status and site
 * menus, the tag menu's counts leave the other filters aside; they follow the tags chosen.
 */
export function countShelf(
  papers: readonly Paper[],
  tagFilter: Pick<ShelfFilters, 'tags' | 'tagMatch'> = NO_FILTERS,
): ShelfCounts {
  const counts: ShelfCounts = {
    byStatus: new Map(),
    bySite: new Map(),
    byTag: new Map(),
    ifTagAdded: new Map(),
  };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const { tags, tagMatch } = tagFilter;
  const filtering = tags.length > 0;
  for (const paper of papers) {
    bump(counts.byStatus, paper.status);
    bump(counts.bySite, paper.site);
    for (const tag of paper.tags) bump(counts.byTag, tag);
    if (!filtering) continue;
    // 'all': the papers still shown; 'any': those not shown yet.
    if (hasTags(paper.tags, tags, tagMatch) === (tagMatch === 'all')) {
      for (const tag of paper.tags) bump(counts.ifTagAdded, tag);
    }
  }
  if (!filtering) counts.ifTagAdded = counts.byTag;
  return counts;
}
