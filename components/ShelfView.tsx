/**
 * The reading list as the popup and the options page show it: search, filters, the virtualized
 * list, bulk actions on a selection, notes, and undo for removals. Both pages render this one
 * component (`layout` only changes its size).
 *
 * Export and import sit next to the count: export offers the selection, the current search and
 * filters, and the whole shelf.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Paper, PaperStatus } from '@/lib/paper/schemas';
import * as shelf from '@/lib/shelf/actions';
import { isTypingTarget, type ListCommand, SHORTCUT_HELP } from '@/lib/shelf/keyboard';
import {
  applyShelfQuery,
  countShelf,
  hasFilters,
  NO_FILTERS,
  type ShelfFilters,
  ShelfOrders,
  type ShelfSort,
} from '@/lib/shelf/query';
import { BulkBar } from './BulkBar';
import { countOf, formatNumber } from './format';
import { NoteDialog } from './NoteDialog';
import type { PaperRowActions } from './PaperRow';
import { ReadingList } from './ReadingList';
import { ShelfToolbar, SortMenu } from './ShelfToolbar';
import { afterNextPaint, useModuleAfterPaint, useShelfData, useShelfSearch } from './use-shelf';

export interface ShelfViewProps {
  layout: 'popup' | 'page';
}

interface Undo {
  message: string;
  papers: Paper[];
}

export function ShelfView({ layout }: ShelfViewProps) {
  const { papers, complete, tags, absorb, reload } = useShelfData();
  const transfer = useModuleAfterPaint(() => import('./TransferTools'));
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ShelfFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ShelfSort>('relevance');
  const [activeId, setActiveId] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [undo, setUndo] = useState<Undo>();
  const [notice, setNotice] = useState('');
  const [notePaper, setNotePaper] = useState<Paper>();
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const tagInputRef = useRef<HTMLInputElement>(null);
  const [tagFocusRequest, setTagFocusRequest] = useState(0);

  const { matches, progress } = useShelfSearch(papers, complete, query);
  const orders = useMemo(() => new ShelfOrders(papers ?? []), [papers]);
  // The tag menu's counts follow the tags chosen (not the other filters, nor the search).
  const { tags: filterTags, tagMatch } = filters;
  const counts = useMemo(
    () => countShelf(papers ?? [], { tags: filterTags, tagMatch }),
    [papers, filterTags, tagMatch],
  );
  const shown = useMemo(
    () => applyShelfQuery(orders, { filters, sort, matches, now: Date.now() }),
    [orders, filters, sort, matches],
  );
  // Nothing has every chosen tag: offer "any of" when that would show something.
  const anyTagWouldShow = useMemo(
    () =>
      shown.length === 0 &&
      filters.tags.length > 1 &&
      filters.tagMatch === 'all' &&
      applyShelfQuery(orders, {
        filters: { ...filters, tagMatch: 'any' },
        sort,
        matches,
        now: Date.now(),
      }).length > 0,
    [shown, orders, filters, sort, matches],
  );
  // The first search needs papers by id; made while the page is idle, not on that keystroke.
  useEffect(() => {
    afterNextPaint(() => orders.byIdWithRank());
  }, [orders]);
  const selectedPapers = useMemo(() => {
    if (selected.size === 0) return [];
    const byId = orders.byIdWithRank();
    return [...selected].flatMap((id) => byId.get(id)?.paper ?? []);
  }, [selected, orders]);
  const tagColors = useMemo(
    () => new Map((tags ?? []).flatMap((tag) => (tag.color ? [[tag.name, tag.color]] : []))),
    [tags],
  );
  const tagNames = useMemo(() => (tags ?? []).map((tag) => tag.name), [tags]);

  useEffect(() => {
    if (tagFocusRequest) tagInputRef.current?.focus();
  }, [tagFocusRequest]);

  /** Runs a write; a failure is said in the status line, never lost in the console. */
  const run = (work: Promise<unknown>, failure: string) => {
    setNotice('');
    work.catch((error) => {
      console.error(`Paper Shelf: ${failure}`, error);
      setNotice(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  /** A command acts on the selection when there is one, else on the active paper. */
  const targetsOf = (paper: Paper): string[] =>
    selected.size > 0 ? selectedPapers.map((p) => p.id) : [paper.id];

  const setStatus = (ids: string[], status: PaperStatus) => {
    run(shelf.setStatus(ids, status).then(absorb), 'Could not change the status');
  };

  const remove = (ids: string[]) => {
    run(
      shelf.remove(ids).then((removed) => {
        absorb(
          [],
          removed.map((paper) => paper.id),
        );
        if (removed.length === 0) return;
        setUndo({ message: `Removed ${countOf(removed.length, 'paper')}.`, papers: removed });
        setSelected(new Set());
        setFocusRequest((n) => n + 1);
      }),
      'Could not remove',
    );
  };

  const undoRemoval = () => {
    if (!undo) return;
    setUndo(undefined);
    run(
      shelf.restore(undo.papers).then((restored) => {
        absorb(restored);
        setNotice(`Restored ${countOf(restored.length, 'paper')}.`);
        const first = restored[0];
        if (first) setActiveId(first.id);
        setFocusRequest((n) => n + 1);
      }),
      'Could not restore',
    );
  };

  const toggleSelected = (ids: string[], on?: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on ?? !next.has(id)) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  };

  const rowActions: PaperRowActions = {
    onToggleSelect(paper, range) {
      const anchor = activeId === undefined ? -1 : shown.findIndex((p) => p.id === activeId);
      const index = shown.indexOf(paper);
      if (range && anchor !== -1 && index !== -1) {
        const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
        toggleSelected(
          shown.slice(from, to + 1).map((p) => p.id),
          true,
        );
      } else {
        toggleSelected([paper.id]);
      }
      setActiveId(paper.id);
    },
    onSetStatus: (paper, status) => setStatus([paper.id], status),
    onEditNote: (paper) => setNotePaper(paper),
    onRemove: (paper) => remove([paper.id]),
    onActivate(paper) {
      setActiveId(paper.id);
      setFocusRequest((n) => n + 1);
    },
  };

  const onCommand = (command: Exclude<ListCommand, { type: 'move' | 'extend' }>, paper: Paper) => {
    switch (command.type) {
      case 'open':
        run(browser.tabs.create({ url: paper.url }), 'Could not open the paper');
        break;
      case 'toggle-selection':
        toggleSelected([paper.id]);
        break;
      case 'select-all':
        setSelected(new Set(shown.map((p) => p.id)));
        break;
      case 'set-status':
        setStatus(targetsOf(paper), command.status);
        break;
      case 'delete':
        remove(targetsOf(paper));
        break;
      case 'edit-note':
        setNotePaper(paper);
        break;
      case 'tag':
        if (selected.size === 0) setSelected(new Set([paper.id]));
        setTagFocusRequest((n) => n + 1);
        break;
      case 'escape':
        if (selected.size > 0) setSelected(new Set());
        else searchRef.current?.focus();
        break;
    }
  };

  // Page-wide keys: "/" to search, "z" to undo, "?" for the list of keys.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const command = event.ctrlKey || event.metaKey;
      if (event.key === '/' && !command) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if ((event.key === 'z' || event.key === 'Z') && undo) {
        event.preventDefault();
        undoRemoval();
      } else if (event.key === '?' && !command) {
        event.preventDefault();
        setHelpOpen((open) => !open);
      } else if (event.key === 'Escape' && helpOpen) {
        // Before the popup itself: the first Escape puts the list of keys away.
        event.preventDefault();
        setHelpOpen(false);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  // Stable: the toolbar keeps its filter menus from one keystroke to the next.
  const changeFilters = useCallback((next: ShelfFilters) => {
    setFilters(next);
    setActiveId(undefined);
  }, []);
  const changeSort = useCallback((next: ShelfSort) => {
    setSort(next);
    setActiveId(undefined);
  }, []);

  // Changes with the sort only, not with each keystroke of a search (changeSort is stable).
  const sortMenu = useMemo(() => <SortMenu sort={sort} onSort={changeSort} />, [sort]);
  // Never changes: one element, which Preact then skips on every render.
  const shortcutList = useMemo(() => <ShortcutList />, []);

  const total = papers?.length ?? 0;
  const allShownSelected = shown.length > 0 && shown.every((p) => selected.has(p.id));
  const searching = matches !== undefined;
  // Until the index holds the whole shelf, a search covers only part of it: say so.
  const indexing = searching && progress.indexed < total;

  return (
    <div class={`shelf-view layout-${layout}`}>
      <ShelfToolbar
        query={query}
        filters={filters}
        counts={counts}
        tagColors={tagColors}
        searchRef={searchRef}
        onQuery={(next) => {
          setQuery(next);
          setActiveId(undefined);
        }}
        onFilters={changeFilters}
        onLeaveSearch={() => setFocusRequest((n) => n + 1)}
      />
      <div class="results-bar">
        <input
          type="checkbox"
          class="select-all"
          aria-label="Select all shown papers"
          aria-keyshortcuts="Control+A"
          checked={allShownSelected}
          disabled={shown.length === 0}
          onClick={() =>
            setSelected(allShownSelected ? new Set() : new Set(shown.map((p) => p.id)))
          }
        />
        <p class="results" aria-live="polite">
          {papers === undefined
            ? 'Loading your shelf…'
            : searching || hasFilters(filters)
              ? `${formatNumber(shown.length)} of ${countOf(total, 'paper')}`
              : countOf(total, 'paper')}
          {!complete && papers !== undefined && ' (loading the rest…)'}
          {indexing &&
            ` · searched ${formatNumber(progress.indexed)} of ${formatNumber(total)} so far`}
        </p>
        {sortMenu}
        {transfer && (
          <transfer.TransferTools
            scopes={[
              ...(selectedPapers.length > 0
                ? [{ id: 'selection', label: 'Selected papers', papers: selectedPapers }]
                : []),
              ...(searching || hasFilters(filters)
                ? [{ id: 'shown', label: 'Papers shown', papers: shown, loading: !complete }]
                : []),
              { id: 'all', label: 'All papers', papers: papers ?? [], loading: !complete },
            ]}
            tags={tags ?? []}
            onImported={reload}
          />
        )}
      </div>
      {papers === undefined ? null : total === 0 ? (
        <EmptyShelf />
      ) : (
        <ReadingList
          papers={shown}
          complete={complete}
          viewKey={`${query}\n${JSON.stringify(filters)}\n${sort}`}
          tagColors={tagColors}
          activeId={activeId}
          selected={selected}
          focusRequest={focusRequest}
          rowActions={rowActions}
          onActivate={(paper) => setActiveId(paper.id)}
          onExtendSelection={(from, to) => toggleSelected([from.id, to.id], true)}
          onCommand={onCommand}
          empty={
            <div class="empty">
              <p class="empty-title">No paper matches</p>
              {anyTagWouldShow && (
                <button
                  type="button"
                  onClick={() => {
                    changeFilters({ ...filters, tagMatch: 'any' });
                    setFocusRequest((n) => n + 1);
                  }}
                >
                  Show papers with any of these tags
                </button>
              )}{' '}
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  setFilters(NO_FILTERS);
                }}
              >
                Clear the search and filters
              </button>
            </div>
          }
        />
      )}
      {selected.size > 0 && (
        <BulkBar
          count={selectedPapers.length}
          tagNames={tagNames}
          tagInputRef={tagInputRef}
          onSetStatus={(status) =>
            setStatus(
              selectedPapers.map((p) => p.id),
              status,
            )
          }
          onAddTag={(tag) =>
            run(
              shelf
                .addTag(
                  selectedPapers.map((p) => p.id),
                  tag,
                )
                .then(absorb),
              'Could not tag',
            )
          }
          onRemove={() => remove(selectedPapers.map((p) => p.id))}
          onClear={() => {
            setSelected(new Set());
            // The bar goes with its focused button: the focus goes back to the list, where the
            // list's keys work, rather than to <body>.
            setFocusRequest((n) => n + 1);
          }}
          onDone={() => setFocusRequest((n) => n + 1)}
        ></BulkBar>
      )}
      <div class="notice" role="status">
        {notice}
        {undo && (
          <>
            {notice && ' '}
            {undo.message}{' '}
            <button type="button" aria-keyshortcuts="z" onClick={undoRemoval}>
              Undo
            </button>
          </>
        )}
      </div>
      <details
        class="shortcuts"
        open={helpOpen}
        onToggle={(event) => setHelpOpen((event.target as HTMLDetailsElement).open)}
      >
        <summary>Keyboard shortcuts</summary>
        {shortcutList}
      </details>
      {notePaper && (
        <NoteDialog
          paper={notePaper}
          onSave={(note) =>
            run(
              shelf.saveNote(notePaper.id, note).then((saved) => absorb(saved ? [saved] : [])),
              'Could not save the note',
            )
          }
          onClose={() => setNotePaper(undefined)}
        />
      )}
    </div>
  );
}

function ShortcutList() {
  return (
    <dl>
      {SHORTCUT_HELP.map(({ keys, action }) => (
        <div key={action}>
          <dt>
            {keys.map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}
          </dt>
          <dd>{action}</dd>
        </div>
      ))}
    </dl>
  );
}

function EmptyShelf() {
  return (
    <div class="empty">
      <p class="empty-title">Your shelf is empty</p>
      <p>
        Open a listing such as{' '}
        <a href="https://huggingface.co/papers" target="_blank" rel="noopener noreferrer">
          Hugging Face Papers
        </a>{' '}
        or{' '}
        <a href="https://arxiv.org/list/cs.LG/new" target="_blank" rel="noopener noreferrer">
          arXiv cs.LG
        </a>{' '}
        and press <strong>☆ Save</strong> on any paper. Saved papers show up here, newest first.
      </p>
    </div>
  );
}
