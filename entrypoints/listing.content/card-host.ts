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
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';

export const HOST_TAG = 'paper-shelf-card';

export interface CardActions {
  toggleSave(host: CardHost): void;
  addTag(host: CardHost, tag: string): void;
  removeTag(host: CardHost, tag: string): void;
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

export class CardHost {
  readonly element: HTMLElement;
  /** Every canonical id of the card's paper, its own id first. */
  readonly ids: string[];
  private readonly shadow: ShadowRoot;
  private state: SavedState | undefined;
  private problem: string | undefined;
  private readonly onToggleSave = () => this.actions.toggleSave(this);
  private readonly onAddTag = (tag: string) => this.actions.addTag(this, tag);
  private readonly onRemoveTag = (tag: string) => this.actions.removeTag(this, tag);

  constructor(
    readonly card: Element,
    readonly candidate: PaperCandidate,
    private readonly actions: CardActions,
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

  /** Inserts the host at the adapter's mount point; false when the card has none. */
  mount(point: { parent: Element; before?: Node | null }): boolean {
    point.parent.insertBefore(this.element, point.before ?? null);
    this.render();
    return true;
  }

  get isMounted(): boolean {
    return this.element.isConnected && this.card.contains(this.element);
  }

  setState(state: SavedState | undefined, problem?: string): void {
    this.state = state;
    this.problem = problem;
    if (state) {
      this.element.dataset.saved = String(state.saved);
      this.element.dataset.tags = state.tags.join(',');
    }
    this.render();
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
    render(
      h(CardWidget, {
        state: this.state,
        problem: this.problem,
        onToggleSave: this.onToggleSave,
        onAddTag: this.onAddTag,
        onRemoveTag: this.onRemoveTag,
        loadTagNames: this.actions.loadTagNames,
      }),
      this.shadow,
    );
  }
}
