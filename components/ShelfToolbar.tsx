/** Search box, filters and sort of the reading list. */
import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { PAPER_STATUSES, SITE_IDS, SITE_NAMES, STATUS_LABELS } from '@/lib/paper/schemas';
import {
  SAVED_WITHIN,
  type SavedWithin,
  SHELF_SORTS,
  type ShelfCounts,
  type ShelfFilters,
  type ShelfSort,
} from '@/lib/shelf/query';
import { Choice } from './Choice';
import { formatNumber } from './format';

export interface ShelfToolbarProps {
  query: string;
  filters: ShelfFilters;
  sort: ShelfSort;
  counts: ShelfCounts;
  searchRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onFilters(filters: ShelfFilters): void;
  onSort(sort: ShelfSort): void;
  /** ArrowDown or Enter in the search box: on to the results. */
  onLeaveSearch(): void;
}

const count = (n: number | undefined) => ` (${formatNumber(n ?? 0)})`;

export function ShelfToolbar(props: ShelfToolbarProps) {
  // The same element while filters, counts and sort stay as they are: a keystroke in the search
  // box does not render five menus again. onFilters and onSort must be stable (they are kept).
  const filterBar = useMemo(
    () => (
      <FilterBar
        filters={props.filters}
        sort={props.sort}
        counts={props.counts}
        onFilters={props.onFilters}
        onSort={props.onSort}
      />
    ),
    [props.filters, props.sort, props.counts],
  );
  return (
    <div class="toolbar">
      <input
        ref={props.searchRef}
        type="search"
        class="search"
        aria-label="Search papers"
        aria-keyshortcuts="/"
        placeholder="Search titles, authors, abstracts, tags, notes  ( / )"
        value={props.query}
        onInput={(event) => props.onQuery((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'Enter') {
            event.preventDefault();
            props.onLeaveSearch();
          } else if (event.key === 'Escape' && props.query) {
            // Clears the search; a second Escape closes the popup as usual.
            event.preventDefault();
            props.onQuery('');
          }
        }}
      />
      {filterBar}
    </div>
  );
}

type FilterBarProps = Pick<
  ShelfToolbarProps,
  'filters' | 'sort' | 'counts' | 'onFilters' | 'onSort'
>;

function FilterBar(props: FilterBarProps) {
  const { filters, counts } = props;
  // The chosen tag or site stays a choice even once no paper has it (its last paper was removed
  // or untagged): else the menu would show "All tags" while the list is still filtered by it.
  const tags = [...new Set([...counts.byTag.keys(), ...(filters.tag ? [filters.tag] : [])])].sort(
    (a, b) => a.localeCompare(b),
  );
  const sites = SITE_IDS.filter((site) => counts.bySite.has(site) || site === filters.site);
  const set = (change: Partial<ShelfFilters>) => props.onFilters({ ...filters, ...change });

  return (
    <div class="filters">
      <Choice
        label="Filter by status"
        value={filters.status}
        any="All statuses"
        options={PAPER_STATUSES.map((status) => [
          status,
          `${STATUS_LABELS[status]}${count(counts.byStatus.get(status))}`,
        ])}
        onChange={(status) => set({ status })}
      />
      <Choice
        label="Filter by tag"
        value={filters.tag}
        any="All tags"
        options={tags.map((tag) => [tag, `${tag}${count(counts.byTag.get(tag))}`])}
        onChange={(tag) => set({ tag })}
      />
      <Choice
        label="Filter by site"
        value={filters.site}
        any="All sites"
        options={sites.map((site) => [
          site,
          `${SITE_NAMES[site]}${count(counts.bySite.get(site))}`,
        ])}
        onChange={(site) => set({ site })}
      />
      <Choice
        label="Filter by date saved"
        value={filters.savedWithin}
        options={Object.entries(SAVED_WITHIN).map(([value, { label }]) => [
          value as SavedWithin,
          label,
        ])}
        onChange={(savedWithin) => set({ savedWithin: savedWithin ?? 'any' })}
      />
      <Choice
        label="Sort by"
        value={props.sort}
        options={Object.entries(SHELF_SORTS) as Array<[ShelfSort, string]>}
        onChange={(sort) => props.onSort(sort ?? 'relevance')}
      />
    </div>
  );
}
