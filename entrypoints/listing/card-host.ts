/**
 * One `<paper-shelf-card>` host per annotated card: an open shadow root (test contract in
 * shared/DESIGN.md) with the Preact widget inside, styled by one stylesheet shared by all hosts.
 *
 * Content scripts run in an isolated world where `customElements` is null, so the host is a plain
 * element with a valid custom-element name, which is all attachShadow needs.
 */
import { h, render } from 'preact';
import { CardWidget } from '@/components/CardWidget';
import widgetCss from '@/components/card-widget.css?inline';
import type { PaperCandidate, PaperStatus, SavedState } from '@/lib/paper/schemas';

export const HOST_TAG = 'paper-shelf-card';

export interface CardActions {
  toggleSave(host: CardHost): void;
  addTag(host: CardHost, tag: string): void;
  removeTag(host: CardHost, tag: string): void;
  setStatus(host: CardHost, status: PaperStatus): void;
  loadTagNames(): Promise<string[]>;
}

let sharedSheet: CSSStyleSheet | undefined;

/** Run on every new shadow root: the content script guards them (./user-events.ts). */
let prepareShadowRoot: ((root: ShadowRoot) => void) | undefined;

export function onEveryShadowRoot(prepare: (root: ShadowRoot) => void): void {
  prepareShadowRoot = prepare;
}

function styleShadowRoot(root: ShadowRoot): void {
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(widgetCss);
    }
    // One parsed stylesheet for 2,000 cards instead of 2,000 <style> elements.
    root.adoptedStyleSheets = [sharedSheet];
  } catch {
    // Firefox content scripts cannot hand a sheet across the Xray boundary: fall back to <style>.
    const style = document.createElement('style');
    style.textContent = widgetCss;
    root.append(style);
  }
}

/** Where the host goes: the adapter's mount point for the card. */
export interface MountPoint {
  parent: Element;
  before?: Node | null;
}

export class CardHost {
  readonly element: HTMLElement;
  /** Every canonical id of the card's paper, its own id first. */
  readonly ids: string[];
  private readonly shadow: ShadowRoot;
  private state: SavedState | undefined;
  private problem: string | undefined;
  /** Tags the model suggests for this paper; undefined until the page's suggestions arrive. */
  private suggestions: string[] | undefined;
  private readonly onToggleSave = () => this.actions.toggleSave(this);
  private readonly onAddTag = (tag: string) => this.actions.addTag(this, tag);
  private readonly onRemoveTag = (tag: string) => this.actions.removeTag(this, tag);
  private readonly onSetStatus = (status: PaperStatus) => this.actions.setStatus(this, status);

  constructor(
    readonly card: Element,
    readonly candidate: PaperCandidate,
    private readonly actions: CardActions,
    private readonly point: MountPoint,
  ) {
    this.ids = [candidate.id, ...(candidate.aliases ?? [])];
    this.element = document.createElement(HOST_TAG);
    this.element.dataset.paperId = candidate.id;
    this.shadow = this.element.attachShadow({ mode: 'open' });
    styleShadowRoot(this.shadow);
    prepareShadowRoot?.(this.shadow);
  }

  get currentState(): SavedState | undefined {
    return this.state;
  }

  /**
   * Renders the widget while the host is still off the page, already showing `state` when it
   * is known: one render per card instead of a "loading" render and then the real one.
   */
  prepare(state: SavedState | undefined): void {
    if (state) this.writeState(state);
    this.render();
  }

  /** Puts the host in the card; false when the card changed and the mount point is gone. */
  attach(): boolean {
    const { parent, before } = this.point;
    if (before && before.parentNode !== parent) return false;
    parent.insertBefore(this.element, before ?? null);
    return true;
  }

  get isMounted(): boolean {
    return this.element.isConnected && this.card.contains(this.element);
  }

  /** True when the widget already shows `state` and no problem: rendering it again changes nothing. */
  shows(state: SavedState): boolean {
    const current = this.state;
    return (
      this.problem === undefined &&
      current !== undefined &&
      current.saved === state.saved &&
      current.tags.length === state.tags.length &&
      current.tags.every((tag, index) => tag === state.tags[index])
    );
  }

  setState(state: SavedState | undefined, problem?: string): void {
    this.problem = problem;
    if (state) this.writeState(state);
    else this.state = undefined;
    this.render();
  }

  /** Suggested tags the paper does not carry yet: what the card offers. */
  get suggestedTags(): string[] {
    const applied = new Set(this.state?.tags.map((tag) => tag.toLowerCase()));
    return (this.suggestions ?? []).filter((tag) => !applied.has(tag.toLowerCase()));
  }

  setSuggestions(tags: string[]): void {
    const shown = this.suggestedTags.join(',');
    this.suggestions = tags;
    const next = this.suggestedTags.join(',');
    this.element.dataset.suggestedTags = next;
    // Most cards of a page get no suggestion: no need to re-render 2,000 identical widgets.
    if (next !== shown) this.render();
  }

  private writeState(state: SavedState): void {
    this.state = state;
    this.element.dataset.saved = String(state.saved);
    this.element.dataset.tags = state.tags.join(',');
  }

  setProblem(problem: string | undefined): void {
    this.problem = problem;
    this.render();
  }

  unmount(): void {
    render(null, this.shadow);
    this.element.remove();
  }

  private render(): void {
    // Kept in step with the state: a tag the user accepts stops being a suggestion.
    if (this.suggestions) this.element.dataset.suggestedTags = this.suggestedTags.join(',');
    render(
      h(CardWidget, {
        state: this.state,
        problem: this.problem,
        onToggleSave: this.onToggleSave,
        onAddTag: this.onAddTag,
        onRemoveTag: this.onRemoveTag,
        onSetStatus: this.onSetStatus,
        suggestedTags: this.suggestedTags,
        loadTagNames: this.actions.loadTagNames,
      }),
      this.shadow,
    );
  }
}
