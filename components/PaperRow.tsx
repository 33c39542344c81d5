import type { TargetedMouseEvent } from 'preact';
import { useMemo } from 'preact/hooks';
import {
  PAPER_STATUSES,
  type Paper,
  type PaperStatus,
  SITE_NAMES,
  STATUS_LABELS,
} from '@/lib/paper/schemas';
import { TagChip } from './TagChip';
import { TexText } from './TexText';

const MAX_AUTHORS_SHOWN = 3;

export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= MAX_AUTHORS_SHOWN) return authors.join(', ');
  return `${authors.slice(0, MAX_AUTHORS_SHOWN).join(', ')} et al.`;
}

/**
 * The venue as a row shows it: without "Proceedings of the", with which every ACL, EMNLP or
 * NAACL volume starts, so a row cut short still tells them apart. The tooltip has it whole.
 */
export function venueLabel(venue: string): string {
  return venue.replace(/^proceedings of (?:the )?(?=\S)/i, '');
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * What the list assumes of a row it has not drawn yet: one with a one-line title. Drawn rows are
 * measured (a two-line title makes one ~20 px taller), so short rows take no more room than
 * they need and more of them fit in the popup.
 */
export const ESTIMATED_ROW_HEIGHT = 82;

export interface PaperRowActions {
  /** `range`: extend from the last selected row (Shift+click). */
  onToggleSelect(paper: Paper, range: boolean): void;
  onSetStatus(paper: Paper, status: PaperStatus): void;
  onEditNote(paper: Paper): void;
  onRemove(paper: Paper): void;
  /** A click on the row itself (not on one of its controls). */
  onActivate(paper: Paper): void;
}

export interface PaperRowProps {
  paper: Paper;
  tagColors: ReadonlyMap<string, string>;
  actions: PaperRowActions;
  /** The row that keys act on; the only one in the Tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
  /** Position in the whole list, for assistive technology (only ~20 rows are in the DOM). */
  position: number;
  setSize: number;
  /** Where the row is in the list, for the virtualizer's measuring (read back from the element). */
  index: number;
  /**
   * Called with the row's element: the list measures it, now and whenever its height changes,
   * and places it (its transform is the list's).
   */
  measureRef(row: HTMLLIElement | null): void;
}

/**
 * The row's element id, usable in a `#` selector. Distinct papers get distinct ids: each
 * character outside [A-Za-z0-9-], `_` included, becomes `_<hex code>_`, so `doi:10.1/a.b` and
 * `doi:10.1/a_b` no longer share an id (both had `_` there), which sent the focus to the wrong row.
 */
export function rowElementId(paperId: string): string {
  return `paper-${paperId.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}

/** One paper of the reading list; every page-derived string is rendered as text. */
export function PaperRow(props: PaperRowProps) {
  const { paper, actions, active, selected } = props;
  // Controls of other rows stay out of the Tab order: Tab goes search → list → out.
  const tabIndex = active ? 0 : -1;
  const onRowClick = (event: TargetedMouseEvent<HTMLLIElement>) => {
    if ((event.target as Element).closest('a, button, input, select')) return;
    actions.onActivate(paper);
  };
  // The same element while the row's paper and state stay as they are: when a row above changes
  // height, this one only moves (its transform), and Preact skips its content. Rendering the
  // content of every row below again made a search keystroke's tail ~5 ms dearer. `actions` is
  // stable for that (ReadingList).
  const content = useMemo(
    () => (
      <PaperRowContent
        paper={paper}
        tagColors={props.tagColors}
        actions={actions}
        tabIndex={tabIndex}
        selected={selected}
      />
    ),
    [paper, props.tagColors, actions, tabIndex, selected],
  );
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the list handles keys for the focused row.
    <li
      class={`paper${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      id={rowElementId(paper.id)}
      data-paper-id={paper.id}
      tabIndex={tabIndex}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      data-index={props.index}
      ref={props.measureRef}
      onClick={onRowClick}
    >
      {content}
    </li>
  );
}

type PaperRowContentProps = Pick<PaperRowProps, 'paper' | 'tagColors' | 'actions' | 'selected'> & {
  tabIndex: number;
};

/** What a row shows, inside its `<li>`. */
function PaperRowContent(props: PaperRowContentProps) {
  const { paper, actions, selected, tabIndex } = props;
  const authors = formatAuthors(paper.authors);
  return (
    <>
      <input
        type="checkbox"
        class="paper-select"
        tabIndex={tabIndex}
        checked={selected}
        aria-label={`Select "${paper.title}"`}
        onClick={(event) => actions.onToggleSelect(paper, event.shiftKey)}
      />
      <div class="paper-main">
        <a
          class="paper-title"
          href={paper.url}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={tabIndex}
          title={paper.title}
        >
          <TexText text={paper.title} />
        </a>
        <div class="paper-byline">
          {authors && (
            <span class="paper-authors" title={authors}>
              {authors}
            </span>
          )}
          {paper.venue && (
            <>
              {authors && (
                <span class="paper-byline-separator">
                  <span aria-hidden="true">{' · '}</span>
                  {/* What the dot says to a screen reader, which would run the names together. */}
                  <span class="visually-hidden">in </span>
                </span>
              )}
              <cite class="paper-venue" title={paper.venue}>
                {venueLabel(paper.venue)}
              </cite>
            </>
          )}
        </div>
        <div class="paper-meta">
          <select
            class={`paper-status status-${paper.status}`}
            tabIndex={tabIndex}
            aria-label={`Status of "${paper.title}"`}
            aria-keyshortcuts="1 2 3"
            value={paper.status}
            onChange={(event) =>
              actions.onSetStatus(paper, (event.target as HTMLSelectElement).value as PaperStatus)
            }
          >
            {PAPER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          {paper.note && (
            <span class="paper-note" title={paper.note}>
              <span aria-hidden="true">✎ </span>
              {paper.note}
            </span>
          )}
          {/* One piece: when the line wraps, the site and the date go on together. */}
          <span class="paper-saved">
            <span class="paper-site">{SITE_NAMES[paper.site]}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={new Date(paper.savedAt).toISOString()}>
              saved {dateFormat.format(paper.savedAt)}
            </time>
          </span>
          {paper.tags.map((tag) => (
            <TagChip key={tag} name={tag} color={props.tagColors.get(tag)} />
          ))}
        </div>
      </div>
      <div class="paper-actions">
        <button
          type="button"
          class="icon-button"
          tabIndex={tabIndex}
          aria-label={`Edit the note on "${paper.title}"`}
          aria-keyshortcuts="n"
          title="Note (n)"
          onClick={() => actions.onEditNote(paper)}
        >
          ✎
        </button>
        <button
          type="button"
          class="icon-button paper-remove"
          tabIndex={tabIndex}
          aria-label={`Remove "${paper.title}" from the shelf`}
          aria-keyshortcuts="Delete"
          title="Remove from the shelf (Delete)"
          onClick={() => actions.onRemove(paper)}
        >
          ×
        </button>
      </div>
    </>
  );
}
