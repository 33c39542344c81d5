/** Search box, filters and sort menu of the reading list. */
import type { Ref } from 'preact';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PAPER_STATUSES, SITE_IDS, SITE_NAMES, STATUS_LABELS } from '@/lib/paper/schemas';
import { tagColor } from '@/lib/paper/tag-colors';
import {
  SAVED_WITHIN,
  type SavedWithin,
  SHELF_SORTS,
  type ShelfCounts,
  type ShelfFilters,
  type ShelfSort,
  type TagMatch,
} from '@/lib/shelf/query';
import { Choice } from './Choice';
import { focusIsLost } from './focus';
import { formatNumber } from './format';

export interface ShelfToolbarProps {
  query: string;
  filters: ShelfFilters;
  counts: ShelfCounts;
  /** Colours of the tags that have one: a tag filter looks like the tag on the papers. */
  tagColors: ReadonlyMap<string, string>;
  searchRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onFilters(filters: ShelfFilters): void;
  /** ArrowDown or Enter in the search box: on to the results. */
  onLeaveSearch(): void;
}

const count = (n: number | undefined) => ` (${formatNumber(n ?? 0)})`;

export function ShelfToolbar(props: ShelfToolbarProps) {
  // The same element while filters and counts stay as they are: a keystroke in the search box
  // does not render four menus again. onFilters must be stable (it is kept).
  const filterBar = useMemo(
    () => (
      <FilterBar
        filters={props.filters}
        counts={props.counts}
        tagColors={props.tagColors}
        onFilters={props.onFilters}
      />
    ),
    [props.filters, props.counts, props.tagColors],
  );
  return (
    <div class="toolbar">
      <input
        ref={props.searchRef}
        type="search"
        class="search"
        aria-label="Search papers"
        aria-keyshortcuts="/"
        placeholder="Search titles, authors, venues, abstracts, tags, notes  ( / )"
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

/**
 * The order of the list. It sits by the count rather than with the filters, which then fit in
 * one line of the popup: one line more for the papers.
 */
export function SortMenu(props: { sort: ShelfSort; onSort(sort: ShelfSort): void }) {
  return (
    <Choice
      label="Sort by"
      value={props.sort}
      options={Object.entries(SHELF_SORTS) as Array<[ShelfSort, string]>}
      onChange={(sort) => props.onSort(sort ?? 'relevance')}
    />
  );
}

type FilterBarProps = Pick<ShelfToolbarProps, 'filters' | 'counts' | 'tagColors' | 'onFilters'>;

const TAG_MATCH_LABELS: Record<TagMatch, string> = { all: 'all of', any: 'any of' };

function FilterBar(props: FilterBarProps) {
  const { filters, counts } = props;
  const chosen = filters.tags;
  // The chosen tags are the chips; the menu offers the others, each with what adding it would
  // give: with "all of", the papers that would still show; with "any of", the papers it adds.
  const addable = [...counts.byTag.keys()]
    .filter((tag) => !chosen.includes(tag))
    .sort((a, b) => a.localeCompare(b));
  const widening = chosen.length > 0 && filters.tagMatch === 'any';
  const tagCount = (tag: string) => {
    const n = counts.ifTagAdded.get(tag) ?? 0;
    return widening ? ` (+${formatNumber(n)})` : count(n);
  };
  // The chosen site stays a choice even once no paper has it (its last paper was removed): else
  // the menu would show "All sites" while the list is still filtered by it. A chosen tag no paper
  // has any more keeps its chip, for the same reason.
  const sites = SITE_IDS.filter((site) => counts.bySite.has(site) || site === filters.site);
  const set = (change: Partial<ShelfFilters>) => props.onFilters({ ...filters, ...change });

  const pickerRef = useRef<HTMLSelectElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);
  // After a chip goes, the focus moves to the chip now in its place (or the last one), and to
  // the tag menu once none is left, rather than to <body>; unless the user has gone on meanwhile
  // (a "/" right after Delete is in the search box, and stays there).
  const focusAfterRemoval = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === undefined) return;
    focusAfterRemoval.current = undefined;
    if (!focusIsLost()) return;
    const buttons = chipsRef.current?.querySelectorAll<HTMLElement>('.chip-remove') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? pickerRef.current)?.focus();
  }, [chosen]);
  const removeTag = (index: number) => {
    const tags = chosen.filter((_, i) => i !== index);
    focusAfterRemoval.current = index;
    // No tag left: the next ones combine as at first.
    set(tags.length > 0 ? { tags } : { tags, tagMatch: 'all' });
  };

  return (
    <>
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
        <TagPicker
          selectRef={pickerRef}
          placeholder={
            chosen.length === 0
              ? 'All tags'
              : filters.tagMatch === 'all'
                ? 'And tagged…'
                : 'Or tagged…'
          }
          options={addable.map((tag) => [tag, `${tag}${tagCount(tag)}`])}
          onPick={(tag) => set({ tags: [...chosen, tag] })}
        />
        <Choice
          class="filter-of-names"
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
      </div>
      {chosen.length > 0 && (
        <div class="tag-filters">
          {chosen.length > 1 && (
            <TagMatchToggle value={filters.tagMatch} onChange={(tagMatch) => set({ tagMatch })} />
          )}
          <ul ref={chipsRef} class="tag-filter-chips" aria-label="Tag filters">
            {chosen.map((tag, index) => (
              <li
                key={tag}
                class="chip"
                style={{ '--chip-color': tagColor(tag, props.tagColors.get(tag)) }}
              >
                <span class="chip-name">{tag}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={`Remove tag filter ${tag}`}
                  aria-keyshortcuts="Delete Backspace"
                  onClick={() => removeTag(index)}
                  onKeyDown={(event) => {
                    if (event.key === 'Delete' || event.key === 'Backspace') {
                      event.preventDefault();
                      removeTag(index);
                    }
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          {chosen.length > 1 && (
            <button
              type="button"
              class="tag-filters-clear"
              onClick={() => {
                focusAfterRemoval.current = 0;
                set({ tags: [], tagMatch: 'all' });
              }}
            >
              Clear tags
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** "all of" / "any of": how the chosen tags combine, as a two-way segmented control. */
function TagMatchToggle(props: { value: TagMatch; onChange(value: TagMatch): void }) {
  const name = useId();
  return (
    <div class="tag-match" role="radiogroup" aria-label="Tag match">
      {(Object.keys(TAG_MATCH_LABELS) as TagMatch[]).map((match) => (
        <label key={match}>
          <input
            type="radio"
            name={name}
            value={match}
            checked={props.value === match}
            onChange={() => props.onChange(match)}
          />
          {TAG_MATCH_LABELS[match]}
        </label>
      ))}
    </div>
  );
}

/** Keys that change a closed <select>'s value in place (Chromium and Firefox, not macOS). */
const BROWSE_KEYS = new Set([
  'ArrowDown',
  'ArrowUp',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

interface TagPickerProps {
  selectRef: Ref<HTMLSelectElement>;
  /** The empty choice, shown while nothing is being picked. */
  placeholder: string;
  options: Array<[string, string]>;
  onPick(tag: string): void;
}

/**
 * The tag menu: a pick adds the tag to the tag filters, and the menu goes back to its
 * placeholder for the next one.
 *
 * A closed <select> changes its value on arrow keys and typed letters, firing "change" on each:
 * taken as picks, arrowing from the first tag to the fifth would add all five. A change a key
 * made (it comes in the same task as its keydown) only shows the tag; Enter or leaving the menu
 * adds it, Escape drops it. A click, or Enter in the open menu, adds at once.
 */
function TagPicker(props: TagPickerProps) {
  const [browsed, setBrowsed] = useState<string>();
  const keyChange = useRef(false);
  const pick = (tag: string | undefined) => {
    setBrowsed(undefined);
    if (tag) props.onPick(tag);
  };
  return (
    <select
      ref={props.selectRef}
      class="filter-of-names"
      aria-label="Filter by tag"
      value={browsed ?? ''}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && browsed) {
          event.preventDefault();
          pick(browsed);
        } else if (event.key === 'Escape' && browsed) {
          event.preventDefault();
          setBrowsed(undefined);
        } else if (
          !event.altKey &&
          !event.ctrlKey &&
          !event.metaKey &&
          (BROWSE_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '))
        ) {
          keyChange.current = true;
          setTimeout(() => {
            keyChange.current = false;
          });
        }
      }}
      onChange={(event) => {
        const tag = (event.target as HTMLSelectElement).value || undefined;
        if (keyChange.current) setBrowsed(tag);
        else pick(tag);
      }}
      onBlur={() => pick(browsed)}
    >
      <option value="">{props.placeholder}</option>
      {props.options.map(([tag, label]) => (
        <option key={tag} value={tag}>
          {label}
        </option>
      ))}
    </select>
  );
}
