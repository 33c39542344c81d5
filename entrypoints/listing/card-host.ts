/**
 * One `<paper-shelf-card>` host per annotated card: an open shadow root (test contract in
 * shared/DESIGN.md) with the Preact widget inside, styled by one stylesheet shared by all hosts.
 *
 * Content scripts run in an isolated world where `customElements` is null, so the host is a plain
 * element with a valid custom-element name, which is all attachShadow needs.
 */
import { h, hydrate, render } from 'preact';
import { CardWidget, type CardWidgetProps } from '@/components/CardWidget';
import widgetCss from '@/components/card-widget.css?inline';
import { candidateIds } from '@/lib/paper/paper-id';
import type { PaperCandidate, PaperStatus, SavedState } from '@/lib/paper/schemas';
import type { MountPoint } from '@/lib/sites/types';

export const HOST_TAG = 'paper-shelf-card';

export interface CardActions {
  toggleSave(host: CardHost): void;
  addTag(host: CardHost, tag: string): void;
  removeTag(host: CardHost, tag: string): void;
  setStatus(host: CardHost, status: PaperStatus): void;
  loadTagNames(): Promise<string[]>;
}

let sharedSheet: CSSStyleSheet | undefined;

/**
 * How the content script guards widgets against events a page script makes up
 * (./user-events.ts): `guard` goes on every widget's shadow root once it has handlers (Preact
 * renders it), and only events that pass `accepts` bring a copy of still markup to life. A copy
 * has no handler to guard, so 2,000 of them skip 12,000 listeners. Unit tests, which drive the
 * widgets with synthetic events, install none of this.
 */
export interface WidgetGuard {
  guard(root: ShadowRoot): void;
  accepts(event: Event): boolean;
}

let widgetGuard: WidgetGuard | undefined;

export function guardEveryWidget(guard: WidgetGuard | undefined): void {
  widgetGuard = guard;
}

/** Guards the shadow root of another widget of the content script (the listing toolbar). */
export function guardWidget(root: ShadowRoot): void {
  widgetGuard?.guard(root);
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

/*
 * Most cards of a listing show one of two widgets: "loading" (before the saved states come) or
 * unsaved with no tag and no suggestion. Those are rendered by Preact once, and each card gets a
 * copy of that markup (one cloneNode instead of a Preact render: on a 2,000-entry arXiv page
 * Preact's render was about a third of the content script's time). The copy looks and reads the
 * same as a render, since it is one; it only has no event listeners yet. The first pointer,
 * focus or click on it, before it reaches a button, hands the markup to Preact (hydrate), whose
 * handlers then see that very event. Cards in any other state are rendered as usual.
 */
type StillState = 'loading' | 'unsaved';

const stillMarkup = new Map<StillState, Node>();

/** The state whose markup can be copied for these props, or undefined when it must be rendered. */
function stillStateOf(props: CardWidgetProps): StillState | undefined {
  if (props.problem || props.suggestedTags?.length) return undefined;
  if (!props.state) return 'loading';
  return !props.state.saved && props.state.tags.length === 0 ? 'unsaved' : undefined;
}

function copyOfStillMarkup(still: StillState, props: CardWidgetProps): Node {
  let markup = stillMarkup.get(still);
  if (!markup) {
    const container = document.createElement('div');
    render(h(CardWidget, props), container);
    markup = container.firstChild?.cloneNode(true) as Node;
    render(null, container);
    stillMarkup.set(still, markup);
  }
  return markup.cloneNode(true);
}

/** What reaches a widget before any of its buttons: the moment to give it its handlers. */
const FIRST_USE_EVENTS = ['pointerover', 'focusin', 'click'] as const;

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
  /** The copied markup the shadow root holds, and the props it shows, until Preact takes over. */
  private still: { node: Node; props: CardWidgetProps } | undefined;
  private rendered = false;
  private readonly onFirstUse = (event: Event) => {
    // What a page script makes up (button.click()) never brings a widget to life. Without a
    // guard (unit tests) every event does; with one, only what it accepts.
    if (!widgetGuard || widgetGuard.accepts(event)) this.renderWithPreact(this.widgetProps());
  };

  constructor(
    readonly card: Element,
    readonly candidate: PaperCandidate,
    private readonly actions: CardActions,
    private readonly point: MountPoint,
  ) {
    this.ids = candidateIds(candidate);
    this.element = document.createElement(HOST_TAG);
    this.element.dataset.paperId = candidate.id;
    // The widget's CSS flows an inline host at the end of its line (MountPoint.inline).
    if (point.inline) this.element.dataset.layout = 'inline';
    this.shadow = this.element.attachShadow({ mode: 'open' });
    styleShadowRoot(this.shadow);
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
    if (this.rendered) render(null, this.shadow);
    this.still?.node.parentNode?.removeChild(this.still.node);
    this.still = undefined;
    this.element.remove();
  }

  /** False until the widget is first rendered (prepare, setState, setProblem). */
  get hasWidget(): boolean {
    return this.rendered || this.still !== undefined;
  }

  /** Whether Preact renders this widget (false while it shows a copy of still markup). */
  get isRendered(): boolean {
    return this.rendered;
  }

  private widgetProps(): CardWidgetProps {
    return {
      state: this.state,
      problem: this.problem,
      onToggleSave: this.onToggleSave,
      onAddTag: this.onAddTag,
      onRemoveTag: this.onRemoveTag,
      onSetStatus: this.onSetStatus,
      suggestedTags: this.suggestedTags,
      loadTagNames: this.actions.loadTagNames,
    };
  }

  private render(): void {
    // Kept in step with the state: a tag the user accepts stops being a suggestion.
    if (this.suggestions) this.element.dataset.suggestedTags = this.suggestedTags.join(',');
    const props = this.widgetProps();
    const still = this.rendered ? undefined : stillStateOf(props);
    if (still) this.showStill(copyOfStillMarkup(still, props), props);
    else this.renderWithPreact(props);
  }

  private showStill(node: Node, props: CardWidgetProps): void {
    if (this.still) this.still.node.parentNode?.replaceChild(node, this.still.node);
    else {
      this.shadow.prepend(node);
      for (const type of FIRST_USE_EVENTS) {
        this.shadow.addEventListener(type, this.onFirstUse, { capture: true });
      }
    }
    this.still = { node, props };
  }

  private renderWithPreact(props: CardWidgetProps): void {
    if (!this.rendered) widgetGuard?.guard(this.shadow);
    if (!this.rendered && this.still) {
      // The copy becomes Preact's: hydrate with the props it was made from, then render.
      for (const type of FIRST_USE_EVENTS) {
        this.shadow.removeEventListener(type, this.onFirstUse, { capture: true });
      }
      hydrate(h(CardWidget, this.still.props), this.shadow);
      this.still = undefined;
    }
    this.rendered = true;
    render(h(CardWidget, props), this.shadow);
  }
}
