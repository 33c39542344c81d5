/**
 * The Save / Tag control on every listing card. It lives in a shadow root (see
 * entrypoints/listing/card-host.ts) and knows nothing of messaging: the host passes the
 * state in and the actions out, so the same component renders in tests and the demo.
 *
 * Test contract (shared/DESIGN.md): the button's accessible name starts with "Save" or "Saved",
 * aria-pressed mirrors it; a "Tag" button opens a picker whose input is named "Add tag".
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  PAPER_STATUSES,
  type PaperStatus,
  type SavedState,
  STATUS_LABELS,
} from '@/lib/paper/fields';
import { useAnchoredPopover } from './anchored-popover';
import { TagChip } from './TagChip';

export interface CardWidgetProps {
  state: SavedState | undefined;
  /** Set while a request for this card is under way, or when the last one failed. */
  problem?: string;
  onToggleSave(): void;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  /** Without it, no status control (a card rendered on its own, in tests and the demo). */
  onSetStatus?(status: PaperStatus): void;
  /** Existing tag names for type-ahead; fetched when the picker first opens. */
  loadTagNames(): Promise<string[]>;
  /** Tags the paper likely belongs to: one click applies one (onAddTag). */
  suggestedTags?: string[];
}

const MAX_OPTIONS = 6;
/**
 * How long Save reads "Undo" after a click removed the paper here. Saving it again brings back
 * its tags, status and note (the background keeps them for ten minutes: RESAVE_RESTORES_WITHIN_MS);
 * the word says so while a mistaken click is fresh.
 */
export const UNDO_SHOWN_MS = 8000;

export function CardWidget(props: CardWidgetProps) {
  const { state, problem } = props;
  const saved = state?.saved ?? false;
  const tags = state?.tags ?? [];
  const [pickerOpen, setPickerOpen] = useState(false);
  const tagButton = useRef<HTMLButtonElement>(null);
  const status = state?.status ?? 'to-read';
  const [statusMenuOpen, setStatusMenuOpen] = useState(false);
  const statusButton = useRef<HTMLButtonElement>(null);
  const widget = useRef<HTMLDivElement>(null);
  const focusAfterRemoval = useFocusAfterRemoval();

  // A card that stops being saved (here, in another tab, in the popup) closes its menus: the
  // status menu is hidden then, not closed, and saving the paper again would reopen it and pull
  // the focus into it; the picker was about tags of a paper no longer on the shelf.
  const wasSaved = useRef(saved);
  const removingHere = useRef(false);
  const [undoShown, setUndoShown] = useState(false);
  useLayoutEffect(() => {
    if (wasSaved.current === saved) return;
    wasSaved.current = saved;
    setUndoShown(!saved && removingHere.current);
    removingHere.current = false;
    if (saved) return;
    setStatusMenuOpen(false);
    if (!pickerOpen) return;
    const root = widget.current?.getRootNode() as Document | ShadowRoot | undefined;
    // As Escape in the picker does: the focus must not go down with it.
    if (root?.activeElement?.closest('.picker')) tagButton.current?.focus();
    setPickerOpen(false);
  }, [saved]);
  useEffect(() => {
    if (!undoShown) return;
    const timer = setTimeout(() => setUndoShown(false), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [undoShown]);

  return (
    // One flex row, no wrapper: the fewer elements per widget, the less style and layout for a
    // 2,000-entry listing. The icons are text, kept out of the buttons' names by aria-label: as
    // ::before content they were two pseudo-elements a widget, whose style and layout made the
    // widgets of a 2,000-entry listing ~30% dearer to put in (bench/JOURNAL.md, eleventh round);
    // as background images, a strict img-src in a page's CSP would hide them.
    <div class="widget" ref={widget} data-state={state ? (saved ? 'saved' : 'unsaved') : 'loading'}>
      <button
        type="button"
        class={`save ${saved ? 'is-saved' : ''}`}
        aria-pressed={saved}
        disabled={!state}
        aria-label={saved ? 'Saved' : undoShown ? 'Save again: undo the removal' : 'Save'}
        title={
          saved
            ? 'On your shelf: click to remove it'
            : undoShown
              ? 'Removed: click to put it back with its tags and note'
              : 'Save to Paper Shelf'
        }
        onClick={() => {
          removingHere.current = saved;
          props.onToggleSave();
        }}
      >
        {saved ? '★ Saved' : undoShown ? '↶ Undo' : '☆ Save'}
      </button>
      <button
        type="button"
        class="tag-toggle"
        ref={tagButton}
        aria-expanded={pickerOpen}
        disabled={!state}
        aria-label="Tag"
        title="Tag this paper"
        onClick={() => setPickerOpen(!pickerOpen)}
      >
        # Tag
      </button>
      {saved && props.onSetStatus && (
        <button
          type="button"
          class="status"
          ref={statusButton}
          aria-haspopup="menu"
          aria-expanded={statusMenuOpen}
          aria-label={`Reading status: ${STATUS_LABELS[status]}`}
          data-status={status}
          title="Reading status"
          onClick={() => setStatusMenuOpen(!statusMenuOpen)}
          onKeyDown={(event) => {
            // Keys typed here are ours, not the page's shortcuts.
            event.stopPropagation();
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setStatusMenuOpen(true);
            }
          }}
        >
          {STATUS_LABELS[status]}
        </button>
      )}
      {tags.map((tag) => (
        <TagChip key={tag} name={tag} color={state?.tagColors?.[tag]} />
      ))}
      {props.suggestedTags?.map((tag, index) => (
        <SuggestedTag
          key={tag}
          name={tag}
          onAccept={(chip) => {
            // Once the tag is applied the chip goes: the focus moves on to the next one (now at
            // this index), else to Tag.
            focusAfterRemoval(
              chip,
              () =>
                widget.current?.querySelectorAll<HTMLElement>('button.suggested')[index] ??
                tagButton.current,
            );
            props.onAddTag(tag);
          }}
        />
      ))}
      {problem && (
        <span class="problem" role="status">
          {problem}
        </span>
      )}
      {saved && statusMenuOpen && props.onSetStatus && (
        <StatusMenu
          status={status}
          anchor={statusButton}
          onDismiss={() => setStatusMenuOpen(false)}
          onChoose={(chosen) => {
            setStatusMenuOpen(false);
            statusButton.current?.focus();
            if (chosen !== status) props.onSetStatus?.(chosen);
          }}
          onClose={() => {
            setStatusMenuOpen(false);
            statusButton.current?.focus();
          }}
        />
      )}
      {pickerOpen && (
        <TagPicker
          tags={tags}
          tagColors={state?.tagColors}
          anchor={tagButton}
          onDismiss={() => setPickerOpen(false)}
          loadTagNames={props.loadTagNames}
          onAdd={props.onAddTag}
          onRemove={props.onRemoveTag}
          onClose={() => {
            setPickerOpen(false);
            tagButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/**
 * The reading status of a saved card, as a menu button (WAI-ARIA menu button pattern) rather than
 * a native <select>: Chromium relaid the whole page once per <select> when widgets left the
 * viewport under content-visibility: auto (which hosts had until the tenth round of
 * bench/JOURNAL.md), a 2-second task on a 2,000-entry listing. Like the tag picker, it opens
 * over the page in the top layer (components/anchored-popover.ts).
 */
function StatusMenu({
  status,
  anchor,
  onChoose,
  onClose,
  onDismiss,
}: {
  status: PaperStatus;
  anchor: RefObject<HTMLButtonElement | null>;
  onChoose(status: PaperStatus): void;
  /** Escape or Tab: closed, the focus back on the status button. */
  onClose(): void;
  /** A click outside the widget: closed, the focus where the click put it. */
  onDismiss(): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  // Shown before the effect below focuses an item: a hidden popover takes no focus.
  useAnchoredPopover(menu, anchor, onDismiss);
  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []),
  ];

  // Before the next key is handled, not after the next paint: a quick ArrowDown, ArrowDown,
  // Enter must move from the current status, not land on the menu button.
  useLayoutEffect(() => {
    items()[PAPER_STATUSES.indexOf(status)]?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are ours: the page's own shortcuts must not fire.
    event.stopPropagation();
    const all = items();
    const focused = all.indexOf(event.target as HTMLElement);
    const moveTo = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') moveTo(focused + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') moveTo(focused - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      class="status-menu"
      popover="manual"
      role="menu"
      aria-label="Reading status"
      ref={menu}
      onKeyDown={onKeyDown}
    >
      {PAPER_STATUSES.map((option) => (
        <button
          key={option}
          type="button"
          role="menuitemradio"
          aria-checked={option === status}
          tabIndex={-1}
          onClick={() => onChoose(option)}
        >
          {STATUS_LABELS[option]}
        </button>
      ))}
    </div>
  );
}

/**
 * Keeps the focus in the widget when the control that has it goes away: an accepted suggestion's
 * chip, a removed tag's button. They go a render later, once the reply comes, and the focus would
 * fall to <body>, sending a keyboard user back to the top of the page. Returns
 * `leaving(control, next)`, called as `control` is used: if it has the focus, and after a render
 * it is gone and the focus with it, `next()` gets the focus.
 */
function useFocusAfterRemoval() {
  const pending = useRef<{ control: Element; next(): HTMLElement | null | undefined } | undefined>(
    undefined,
  );
  useLayoutEffect(() => {
    const leaving = pending.current;
    if (!leaving || leaving.control.isConnected) return;
    pending.current = undefined;
    // Unless the user has put it somewhere meanwhile.
    const { activeElement, body } = leaving.control.ownerDocument;
    if (!activeElement || activeElement === body) leaving.next()?.focus();
  });
  return (control: Element, next: () => HTMLElement | null | undefined) => {
    const root = control.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === control) pending.current = { control, next };
  };
}

/** A suggestion from the user's own tags: a dashed chip that applies the tag when pressed. */
function SuggestedTag({
  name,
  onAccept,
}: {
  name: string;
  onAccept(chip: HTMLButtonElement): void;
}) {
  return (
    <button
      type="button"
      class="suggested"
      aria-label={`Add suggested tag ${name}`}
      title="Suggested from the papers you tagged: click to apply"
      onClick={(event) => onAccept(event.currentTarget)}
    >
      <span aria-hidden="true">+</span>
      <span class="chip-name">{name}</span>
    </button>
  );
}

interface TagPickerProps {
  tags: string[];
  tagColors: SavedState['tagColors'];
  loadTagNames(): Promise<string[]>;
  onAdd(tag: string): void;
  onRemove(tag: string): void;
  /** Escape: closed, the focus back on the Tag button. */
  onClose(): void;
  /** The button the picker opens under. */
  anchor: RefObject<HTMLButtonElement | null>;
  /** A click outside the widget: closed, the focus where the click put it. */
  onDismiss(): void;
}

function TagPicker(props: TagPickerProps) {
  const { tags, loadTagNames, onAdd, onRemove, onClose } = props;
  const [query, setQuery] = useState('');
  const [known, setKnown] = useState<string[]>([]);
  /** The highlighted option; -1 until the user moves into the list with the arrow keys. */
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLDivElement>(null);
  useAnchoredPopover(picker, props.anchor, props.onDismiss);
  const focusAfterRemoval = useFocusAfterRemoval();
  const removeButtons = () =>
    picker.current?.querySelectorAll<HTMLElement>('.applied .chip-remove') ?? [];

  useEffect(() => {
    input.current?.focus();
    let live = true;
    loadTagNames()
      .then((names) => live && setKnown(names))
      .catch(() => {
        // Type-ahead is a convenience: typing a new tag still works without it.
      });
    return () => {
      live = false;
    };
  }, [loadTagNames]);

  const options = useMemo(() => {
    const typed = query.trim().toLowerCase();
    const applied = new Set(tags.map((tag) => tag.toLowerCase()));
    return known
      .filter((name) => !applied.has(name.toLowerCase()))
      .filter((name) => !typed || name.toLowerCase().includes(typed))
      .sort((a, b) => rankMatch(a, typed) - rankMatch(b, typed) || a.localeCompare(b))
      .slice(0, MAX_OPTIONS);
  }, [known, query, tags]);

  const apply = (name: string) => {
    const tag = name.replace(/\s+/g, ' ').trim();
    if (!tag) return;
    onAdd(tag);
    setQuery('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are ours: the page's own shortcuts (j/k, /) must not fire.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      // Enter applies what was typed; a highlighted option wins once the user moved to it. On an
      // empty box it does nothing: the first option is a tag the user never chose (and on an
      // unsaved card, adding it saves the paper).
      apply(options[active] ?? query);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const listId = 'paper-shelf-tag-options';
  return (
    <div class="picker" popover="manual" ref={picker}>
      <input
        ref={input}
        type="text"
        aria-label="Add tag"
        placeholder="Add tag…"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        maxLength={64}
        value={query}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.stopPropagation()}
        onKeyPress={(event) => event.stopPropagation()}
      />
      {options.length > 0 && (
        <div id={listId} role="listbox" aria-label="Existing tags" class="options">
          {options.map((name, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
            <div
              key={name}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => apply(name)}
            >
              {name}
            </div>
          ))}
        </div>
      )}
      {tags.length > 0 && (
        <fieldset class="applied" aria-label="Tags on this paper">
          {tags.map((tag, index) => (
            <TagChip
              key={tag}
              name={tag}
              color={props.tagColors?.[tag]}
              onRemove={() => {
                // Its chip goes once the reply comes: the focus moves on to the next remove
                // button (now at this index), else back to the input.
                const button = removeButtons()[index];
                if (button) {
                  focusAfterRemoval(button, () => removeButtons()[index] ?? input.current);
                }
                onRemove(tag);
              }}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Prefix matches before substring matches. */
function rankMatch(name: string, typed: string): number {
  return typed && name.toLowerCase().startsWith(typed) ? 0 : 1;
}
