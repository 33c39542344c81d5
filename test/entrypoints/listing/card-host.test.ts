// @vitest-environment happy-dom
/**
 * Widgets in the common states are copies of one Preact render (card-host.ts): the same markup
 * as a render, and the first click, focus or pointer hands them to Preact before any button
 * sees the event, so the click still does what it says.
 */
import { fireEvent } from '@testing-library/preact';
import { h, render } from 'preact';
import { CardWidget, type CardWidgetProps } from '@/components/CardWidget';
import { type CardActions, CardHost, guardEveryWidget } from '@/entrypoints/listing/card-host';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';

const candidate: PaperCandidate = {
  id: 'arxiv:2607.01234',
  title: 'A paper',
  authors: [],
  url: 'https://arxiv.org/abs/2607.01234',
  site: 'arxiv',
};

function actions(): CardActions {
  return {
    toggleSave: vi.fn(),
    addTag: vi.fn(),
    removeTag: vi.fn(),
    setStatus: vi.fn(),
    loadTagNames: vi.fn(async () => []),
  };
}

function mounted(state: SavedState | undefined, cardActions = actions()) {
  const card = document.createElement('li');
  document.body.append(card);
  const host = new CardHost(card, candidate, cardActions, { parent: card });
  host.prepare(state);
  host.attach();
  return { host, root: host.element.shadowRoot as ShadowRoot, cardActions };
}

/** What Preact itself renders for these props, to compare the copies with. */
function preactMarkup(props: Partial<CardWidgetProps>): string {
  const container = document.createElement('div');
  render(
    h(CardWidget, {
      state: undefined,
      onToggleSave: () => {},
      onAddTag: () => {},
      onRemoveTag: () => {},
      onSetStatus: () => {},
      loadTagNames: async () => [],
      ...props,
    }),
    container,
  );
  return container.innerHTML;
}

const widgetMarkup = (root: ShadowRoot) => root.querySelector('.widget')?.outerHTML;

afterEach(() => {
  document.body.innerHTML = '';
  guardEveryWidget(undefined);
});

describe('CardHost', () => {
  it('shows an unsaved or loading card as a copy of the same markup Preact renders', () => {
    const unsaved = mounted({ saved: false, tags: [] });
    expect(unsaved.host.isRendered).toBe(false);
    expect(widgetMarkup(unsaved.root)).toBe(preactMarkup({ state: { saved: false, tags: [] } }));
    const loading = mounted(undefined);
    expect(loading.host.isRendered).toBe(false);
    expect(widgetMarkup(loading.root)).toBe(preactMarkup({ state: undefined }));
  });

  it('renders saved, tagged, suggested and failing cards with Preact', () => {
    expect(mounted({ saved: true, tags: [] }).host.isRendered).toBe(true);
    expect(mounted({ saved: false, tags: ['theory'] }).host.isRendered).toBe(true);
    const suggested = mounted({ saved: false, tags: [] });
    suggested.host.setSuggestions(['theory']);
    expect(suggested.host.isRendered).toBe(true);
    const failing = mounted({ saved: false, tags: [] });
    failing.host.setProblem('Could not reach Paper Shelf');
    expect(failing.host.isRendered).toBe(true);
    expect(failing.root.querySelector('[role="status"]')?.textContent).toMatch(/Could not reach/);
  });

  it('gives a copy its handlers on the first click, which then saves the paper once', () => {
    const { host, root, cardActions } = mounted({ saved: false, tags: [] });
    const save = root.querySelector('button.save') as HTMLButtonElement;
    fireEvent.click(save);
    expect(host.isRendered).toBe(true);
    expect(cardActions.toggleSave).toHaveBeenCalledTimes(1);
    // The very same button, now Preact's: no second widget, no lost focus.
    expect(root.querySelectorAll('.widget')).toHaveLength(1);
    expect(root.querySelector('button.save')).toBe(save);
    fireEvent.click(save);
    expect(cardActions.toggleSave).toHaveBeenCalledTimes(2);
  });

  it('hands a copy to Preact when it is focused or pointed at, before any key or click', () => {
    const focused = mounted({ saved: false, tags: [] });
    fireEvent.focusIn(focused.root.querySelector('button.tag-toggle') as HTMLElement);
    expect(focused.host.isRendered).toBe(true);
    fireEvent.click(focused.root.querySelector('button.tag-toggle') as HTMLElement);
    expect(focused.root.querySelector('input[aria-label="Add tag"]')).not.toBeNull();

    const pointed = mounted({ saved: false, tags: [] });
    fireEvent.pointerOver(pointed.root.querySelector('button.save') as HTMLElement);
    expect(pointed.host.isRendered).toBe(true);
  });

  it('swaps one copy for another while unused, and renders once the state needs it', () => {
    const { host, root } = mounted(undefined);
    host.setState({ saved: false, tags: [] });
    expect(host.isRendered).toBe(false);
    expect(root.querySelectorAll('.widget')).toHaveLength(1);
    expect(widgetMarkup(root)).toBe(preactMarkup({ state: { saved: false, tags: [] } }));
    host.setState({ saved: true, tags: ['theory'] });
    expect(host.isRendered).toBe(true);
    expect(root.querySelectorAll('.widget')).toHaveLength(1);
    expect(root.querySelector('button.save')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.chip-name')?.textContent).toBe('theory');
  });

  it('keeps the shadow root’s own nodes (a fallback <style>) when Preact takes over', () => {
    const { host, root } = mounted({ saved: false, tags: [] });
    const style = document.createElement('style');
    style.textContent = '.widget { color: red }';
    root.append(style);
    fireEvent.click(root.querySelector('button.save') as HTMLElement);
    host.setState({ saved: true, tags: [] });
    expect(root.contains(style)).toBe(true);
    host.unmount();
    expect(host.element.isConnected).toBe(false);
  });

  it('guards a widget once it has handlers, and lets no refused event bring a copy to life', () => {
    const guard = vi.fn();
    let accept = false;
    guardEveryWidget({ guard, accepts: () => accept });
    const { host, root, cardActions } = mounted({ saved: false, tags: [] });
    const saved = mounted({ saved: true, tags: [] });
    // Rendered by Preact from the start: guarded at once. The copy: not yet.
    expect(guard.mock.calls.map(([guarded]) => guarded)).toEqual([saved.root]);
    fireEvent.click(root.querySelector('button.save') as HTMLElement);
    expect(host.isRendered).toBe(false);
    expect(cardActions.toggleSave).not.toHaveBeenCalled();
    accept = true;
    fireEvent.click(root.querySelector('button.save') as HTMLElement);
    expect(host.isRendered).toBe(true);
    expect(guard.mock.calls.map(([guarded]) => guarded)).toEqual([saved.root, root]);
  });
});
