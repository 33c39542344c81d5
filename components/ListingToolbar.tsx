/**
 * The small toolbar in a corner of every supported listing (in its own shadow root, see
 * entrypoints/listing/listing-toolbar.ts). Collapsed it is one pill with the counts;
 * open, it highlights the cards suggested for a tag, saves them all (with undo), and dims or
 * hides the cards already saved. Like CardWidget it knows nothing of messaging.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { focusIsLost } from './focus';

export type SavedView = 'show' | 'dim' | 'hide';

export const SAVED_VIEWS: Array<{ view: SavedView; label: string }> = [
  { view: 'show', label: 'Show' },
  { view: 'dim', label: 'Dim' },
  { view: 'hide', label: 'Hide' },
];

export interface ToolbarStatus {
  message: string;
  /** Present while the last action can be undone. */
  onUndo?(): void;
}

export interface ListingToolbarProps {
  cardCount: number;
  savedCount: number;
  /** Tags suggested on this page and how many cards offer each. */
  suggestedTags: Array<{ tag: string; cards: number }>;
  highlightTag: string | undefined;
  savedView: SavedView;
  expanded: boolean;
  /** A save-all or undo is under way. */
  busy: boolean;
  status: ToolbarStatus | undefined;
  onToggle(): void;
  onHighlight(tag: string | undefined): void;
  onSavedView(view: SavedView): void;
  onSaveAll(tag: string): void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A save-all or undo the user started, whose result is not rendered yet. */
interface PendingAction {
  kind: 'save-all' | 'undo';
  /** The button pressed, which a busy toolbar disables and a finished undo removes. */
  from: Element | null;
  /** The status when it started: a new one is its result. */
  status: ToolbarStatus | undefined;
}

export function ListingToolbar(props: ListingToolbarProps) {
  const { cardCount, savedCount, suggestedTags, highlightTag, savedView } = props;
  const selectId = useId();
  const summary = `${plural(cardCount, 'card')} · ${savedCount} saved`;
  /** The pill when collapsed, the panel's first control (collapse) when open. */
  const toggle = useRef<HTMLButtonElement>(null);
  const wasExpanded = useRef(props.expanded);
  useLayoutEffect(() => {
    if (wasExpanded.current === props.expanded) return;
    wasExpanded.current = props.expanded;
    // Opening replaces the pill by the panel and closing the panel by the pill: the control that
    // had the focus is gone, and the focus would fall to <body>.
    toggle.current?.focus();
  }, [props.expanded]);

  const highlightSelect = useRef<HTMLSelectElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const pending = useRef<PendingAction | undefined>(undefined);
  useLayoutEffect(() => {
    const action = pending.current;
    if (!action || props.busy || props.status === action.status) return;
    pending.current = undefined;
    // Save all ends with its button disabled (nothing left to save), undo with its button gone:
    // the focus goes on to Undo, and after an undo back to where the user chooses a tag. A save
    // all that failed leaves its button (still enabled) to try again.
    const { from } = action;
    const retry = from instanceof HTMLButtonElement && from.isConnected && !from.disabled;
    const next =
      (action.kind === 'save-all' && (undoButton.current || (retry ? from : null))) ||
      highlightSelect.current ||
      toggle.current;
    if (next && panel.current && focusIsLost(from, panel.current)) next.focus();
  });

  /**
   * A result the user has moved on from: changing the highlight or the view clears it. A result
   * that can still be undone stays, with its Undo button.
   */
  const [dismissed, setDismissed] = useState<ToolbarStatus>();
  const status = props.status === dismissed ? undefined : props.status;
  const moveOn = () => {
    pending.current = undefined;
    if (props.status && !props.status.onUndo) setDismissed(props.status);
  };

  if (!props.expanded) {
    return (
      <button
        type="button"
        class="pill"
        ref={toggle}
        aria-expanded="false"
        aria-label={`Paper Shelf: ${summary}. Open the listing toolbar`}
        onClick={props.onToggle}
      >
        <span aria-hidden="true">★</span> {summary}
      </button>
    );
  }

  const highlighted = suggestedTags.find((entry) => entry.tag === highlightTag);
  return (
    <section
      class="panel"
      ref={panel}
      aria-label="Paper Shelf listing toolbar"
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') props.onToggle();
      }}
    >
      <div class="header">
        <span class="summary" aria-live="polite">
          {summary}
        </span>
        <button
          type="button"
          class="close"
          ref={toggle}
          aria-expanded="true"
          aria-label="Collapse the listing toolbar"
          onClick={props.onToggle}
        >
          ×
        </button>
      </div>

      <fieldset class="views">
        <legend>Saved cards</legend>
        <div class="choices">
          {SAVED_VIEWS.map(({ view, label }) => (
            <label key={view}>
              <input
                type="radio"
                name="saved-view"
                value={view}
                checked={savedView === view}
                onChange={() => {
                  moveOn();
                  props.onSavedView(view);
                }}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      {suggestedTags.length === 0 ? (
        <p class="hint">
          No suggestions here yet. Tag a few papers and cards like them will offer your tags.
        </p>
      ) : (
        <div class="suggest">
          <label for={selectId}>Highlight cards suggested for</label>
          <div class="suggest-row">
            <select
              id={selectId}
              ref={highlightSelect}
              value={highlightTag ?? ''}
              onChange={(event) => {
                moveOn();
                props.onHighlight((event.target as HTMLSelectElement).value || undefined);
              }}
            >
              <option value="">(no tag)</option>
              {suggestedTags.map(({ tag, cards }) => (
                <option key={tag} value={tag}>
                  {tag} ({cards})
                </option>
              ))}
            </select>
            <button
              type="button"
              class="save-all"
              disabled={!highlighted || props.busy}
              aria-label={
                highlighted
                  ? `Save all ${plural(highlighted.cards, 'card')} suggested for ${highlighted.tag}`
                  : 'Save all suggested (choose a tag first)'
              }
              onClick={(event) => {
                if (!highlighted) return;
                pending.current = {
                  kind: 'save-all',
                  from: event.currentTarget,
                  status: props.status,
                };
                props.onSaveAll(highlighted.tag);
              }}
            >
              Save all{highlighted ? ` ${highlighted.cards}` : ''}
            </button>
          </div>
        </div>
      )}

      <div class="status" role="status">
        {status?.message}
        {status?.onUndo && (
          <button
            type="button"
            class="undo"
            ref={undoButton}
            disabled={props.busy}
            onClick={(event) => {
              pending.current = { kind: 'undo', from: event.currentTarget, status: props.status };
              status.onUndo?.();
            }}
          >
            Undo
          </button>
        )}
      </div>
    </section>
  );
}
