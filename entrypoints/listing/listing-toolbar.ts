/**
 * Mounts the listing toolbar (components/ListingToolbar.tsx) in its own shadow root and does
 * what it asks on the page: counts, highlighting the cards suggested for a tag, dimming or hiding
 * saved cards, and "save all suggested" with undo through the background.
 *
 * The host goes on <html>, outside <body>, so the session's MutationObserver never sees it.
 * Card styling is inline (`!important`), undone exactly when the session ends: no stylesheet is
 * added to the page, and no node is inserted that could trigger a rescan.
 */
import { h, render } from 'preact';
import { ListingToolbar, type SavedView, type ToolbarStatus } from '@/components/ListingToolbar';
import toolbarCss from '@/components/listing-toolbar.css?inline';
import type { SiteAdapter } from '@/lib/sites/types';
import { type CardHost, guardWidget } from './card-host';
import type { PageSession, SessionObserver } from './page-session';
import type { PageSuggestions, TaggingClient } from './page-suggestions';

export const TOOLBAR_TAG = 'paper-shelf-toolbar';
/** Below this many cards the page is not a listing and the toolbar stays out of the way. */
const MIN_CARDS = 2;

type StyleOverrides = Partial<Record<'opacity' | 'display' | 'outline' | 'outline-offset', string>>;
/** A property's inline value and priority before the toolbar overrode it. */
type OriginalStyle = [value: string, priority: string];

const HIGHLIGHT: StyleOverrides = { outline: '2px solid #f59e0b', 'outline-offset': '2px' };

export class ListingToolbarController implements SessionObserver {
  private readonly element: HTMLElement;
  private readonly shadow: ShadowRoot;
  private expanded = false;
  private highlightTag: string | undefined;
  private savedView: SavedView = 'show';
  private busy = false;
  private status: ToolbarStatus | undefined;
  /**
   * What each styled element looked like before, to restore it exactly. A card's entry goes when
   * the card loses its widget (cardsRemoved): a card the page removed is not kept alive here.
   */
  private readonly originals = new Map<HTMLElement, Map<string, OriginalStyle>>();
  private renderQueued = false;

  constructor(
    private readonly session: PageSession,
    private readonly suggestions: PageSuggestions,
    private readonly client: TaggingClient,
    private readonly adapter: Pick<SiteAdapter, 'cardElements'>,
  ) {
    this.element = document.createElement(TOOLBAR_TAG);
    this.shadow = this.element.attachShadow({ mode: 'open' });
    // Open like the cards' roots, and its "Save all" tags many papers at once: a page script must
    // not drive it (./user-events.ts).
    guardWidget(this.shadow);
    const style = document.createElement('style');
    style.textContent = toolbarCss;
    this.shadow.append(style);
    suggestions.onChange(() => this.refresh());
    session.signal.addEventListener('abort', () => this.unmount());
  }

  /**
   * Puts the toolbar in the page once there is a listing to count: not at session start, where
   * on a 2,000-entry page its query for a stale toolbar and first render sat in the task that
   * evaluates the content script; never on a single paper's page.
   */
  private mountOnce(): void {
    if (this.element.isConnected) return;
    for (const stale of document.querySelectorAll(TOOLBAR_TAG)) stale.remove();
    document.documentElement.append(this.element);
  }

  cardsAdded(hosts: readonly CardHost[]): void {
    if (hosts.length) this.refresh(hosts);
  }

  statesChanged(hosts: readonly CardHost[]): void {
    this.refresh(hosts);
  }

  /** A card without its widget is no card of ours: it takes back its own look. */
  cardsRemoved(hosts: readonly CardHost[]): void {
    for (const host of hosts) {
      host.element.removeAttribute('data-highlighted');
      for (const element of this.elementsOf(host)) this.restore(element);
    }
    this.refresh([]);
  }

  private unmount(): void {
    render(null, this.shadow);
    this.element.remove();
    for (const element of this.originals.keys()) this.restore(element);
  }

  /** Restyles `hosts` (all cards by default) and re-renders once per frame at most. */
  private refresh(hosts: readonly CardHost[] = this.session.cardHosts): void {
    if (this.session.signal.aborted) return;
    // Until the user highlights or dims, no card is styled: 2,000 cards need no look.
    if (this.highlightTag || this.savedView !== 'show' || this.originals.size > 0) {
      for (const host of hosts) this.styleCard(host);
    }
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      if (!this.session.signal.aborted) this.render();
    });
  }

  private styleCard(host: CardHost): void {
    const saved = host.currentState?.saved ?? false;
    const highlighted = !!this.highlightTag && host.suggestedTags.includes(this.highlightTag);
    host.element.toggleAttribute('data-highlighted', highlighted);
    const overrides: StyleOverrides = {
      ...(saved && this.savedView === 'dim' && { opacity: '0.4' }),
      ...(saved && this.savedView === 'hide' && { display: 'none' }),
      ...(highlighted && HIGHLIGHT),
    };
    for (const element of this.elementsOf(host)) this.override(element, overrides);
  }

  /** The element's own inline style back, and no entry kept for it. */
  private restore(element: HTMLElement): void {
    for (const [property, original] of this.originals.get(element) ?? []) {
      restoreStyle(element, property, original);
    }
    this.originals.delete(element);
  }

  private elementsOf(host: CardHost): HTMLElement[] {
    const elements = this.adapter.cardElements?.(host.card) ?? [host.card];
    return elements.filter((element): element is HTMLElement => element instanceof HTMLElement);
  }

  private override(element: HTMLElement, overrides: StyleOverrides): void {
    let saved = this.originals.get(element);
    for (const property of ['opacity', 'display', 'outline', 'outline-offset'] as const) {
      const value = overrides[property];
      if (value !== undefined) {
        if (!saved) {
          saved = new Map();
          this.originals.set(element, saved);
        }
        if (!saved.has(property)) {
          saved.set(property, [
            element.style.getPropertyValue(property),
            element.style.getPropertyPriority(property),
          ]);
        }
        element.style.setProperty(property, value, 'important');
      } else if (saved?.has(property)) {
        restoreStyle(element, property, saved.get(property) as OriginalStyle);
        saved.delete(property);
      }
    }
  }

  private render(): void {
    const hosts = this.session.cardHosts;
    const cardCount = new Set(hosts.map((host) => host.candidate.id)).size;
    if (cardCount < MIN_CARDS) {
      // A single paper's page is not a listing: nothing to count, highlight or hide.
      render(null, this.shadow);
      return;
    }
    this.mountOnce();
    const savedIds = new Set(
      hosts.filter((host) => host.currentState?.saved).map((host) => host.candidate.id),
    );
    const tagCounts = this.suggestions.tagCounts();
    if (this.highlightTag && !tagCounts.some((entry) => entry.tag === this.highlightTag)) {
      // Every card suggested for it was tagged: nothing left to highlight.
      this.highlightTag = undefined;
    }
    render(
      h(ListingToolbar, {
        cardCount,
        savedCount: savedIds.size,
        suggestedTags: tagCounts,
        highlightTag: this.highlightTag,
        savedView: this.savedView,
        expanded: this.expanded,
        busy: this.busy,
        status: this.status,
        onToggle: () => {
          this.expanded = !this.expanded;
          this.render();
        },
        onHighlight: (tag) => {
          this.highlightTag = tag;
          this.refresh();
        },
        onSavedView: (view) => {
          this.savedView = view;
          this.refresh();
        },
        onSaveAll: (tag) => void this.saveAll(tag),
      }),
      this.shadow,
    );
  }

  private async saveAll(tag: string): Promise<void> {
    const candidates = new Map(
      this.suggestions.cardsSuggestedFor(tag).map((host) => [host.candidate.id, host.candidate]),
    );
    if (candidates.size === 0) return;
    await this.run(async () => {
      const { changes, undoToken } = await this.client.tagPapers([...candidates.values()], tag);
      this.session.applyChanges(changes);
      this.status = {
        message: `Tagged ${changes.length} ${changes.length === 1 ? 'paper' : 'papers'} “${tag}”.`,
        onUndo: () => void this.undo(undoToken, tag),
      };
    });
  }

  private async undo(undoToken: string, tag: string): Promise<void> {
    await this.run(async () => {
      const { changes } = await this.client.undoTagPapers(undoToken);
      this.session.applyChanges(changes);
      this.status = { message: `Undone: “${tag}” taken back.` };
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.render();
    try {
      await action();
    } catch (error) {
      const detail = error instanceof Error && error.message ? error.message : 'try again';
      this.status = { message: `Paper Shelf could not do that: ${detail}` };
    } finally {
      this.busy = false;
      if (!this.session.signal.aborted) this.refresh();
    }
  }
}

function restoreStyle(element: HTMLElement, property: string, [value, priority]: OriginalStyle) {
  if (value) element.style.setProperty(property, value, priority);
  else element.style.removeProperty(property);
}
