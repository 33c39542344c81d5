import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CardWidget, type CardWidgetProps, UNDO_SHOWN_MS } from '@/components/CardWidget';
import { defaultTagColor } from '@/lib/paper/tag-colors';

function setup(overrides: Partial<CardWidgetProps> = {}) {
  const props: CardWidgetProps = {
    state: { saved: false, tags: [] },
    onToggleSave: vi.fn(),
    onAddTag: vi.fn(),
    onRemoveTag: vi.fn(),
    loadTagNames: vi.fn(async () => ['federated learning', 'fine-tuning', 'model merging']),
    ...overrides,
  };
  render(<CardWidget {...props} />);
  return props;
}

async function openPicker() {
  fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
  const input = screen.getByRole('combobox', { name: 'Add tag' });
  await screen.findAllByRole('option');
  return input;
}

describe('CardWidget tags', () => {
  it("shows each tag in the shelf's colour for it, on the card and in the picker", async () => {
    const chipColors = () =>
      [...document.querySelectorAll<HTMLElement>('.chip')].map((chip) =>
        chip.style.getPropertyValue('--chip-color'),
      );
    setup({
      state: { saved: true, tags: ['nlp', 'theory'], tagColors: { nlp: '#0f766e' } },
    });
    // A tag the state names no colour for (an older background) shows its default.
    expect(chipColors()).toEqual(['#0f766e', defaultTagColor('theory')]);
    await openPicker();
    expect(chipColors().slice(2)).toEqual(['#0f766e', defaultTagColor('theory')]);
  });
});

describe('CardWidget suggestions', () => {
  it('offers each suggested tag as one button that applies it', () => {
    const props = setup({ suggestedTags: ['federated learning', 'model merging'] });
    fireEvent.click(screen.getByRole('button', { name: 'Add suggested tag model merging' }));
    expect(props.onAddTag).toHaveBeenCalledWith('model merging');
  });

  it('shows no suggestion buttons when there are none', () => {
    setup({ suggestedTags: [] });
    expect(screen.queryByRole('button', { name: /^Add suggested tag/ })).toBeNull();
  });
});

describe('CardWidget tag picker, by keyboard', () => {
  it('Enter applies what was typed while no option is chosen', async () => {
    const props = setup();
    const input = await openPicker();
    fireEvent.input(input, { target: { value: 'fed' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onAddTag).toHaveBeenCalledWith('fed');
  });

  it('Enter on an empty box adds nothing, though options are listed', async () => {
    const props = setup();
    const input = await openPicker();
    expect(screen.getAllByRole('option')).toHaveLength(3);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onAddTag).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Add tag' })).toBe(input);
  });

  it('ArrowDown moves onto the options, even when there is only one, and Enter applies it', async () => {
    const props = setup();
    const input = await openPicker();
    fireEvent.input(input, { target: { value: 'fed' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'federated learning',
    ]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('federated learning');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    );
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onAddTag).toHaveBeenCalledWith('federated learning');
  });

  it('ArrowUp from the first option goes back to the typed text', async () => {
    const props = setup();
    const input = await openPicker();
    fireEvent.input(input, { target: { value: 'f' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.queryByRole('option', { selected: true })).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.onAddTag).toHaveBeenCalledWith('f');
  });

  it('Escape closes the picker and gives the focus back to the Tag button', async () => {
    setup();
    const input = await openPicker();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('combobox', { name: 'Add tag' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Tag/ }));
  });
});

describe('CardWidget reading status', () => {
  const saved = { saved: true, tags: [], status: 'reading' as const };

  it('is a menu button on saved cards only, named with the current status', () => {
    setup({ onSetStatus: vi.fn() });
    expect(screen.queryByRole('button', { name: /^Reading status/ })).toBeNull();
    document.body.innerHTML = '';
    setup({ state: saved, onSetStatus: vi.fn() });
    const button = screen.getByRole('button', { name: 'Reading status: Reading' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on the current status, moves with the arrows and sets what Enter picks', () => {
    const props = setup({ state: saved, onSetStatus: vi.fn() });
    const button = screen.getByRole('button', { name: /^Reading status/ });
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'Reading status' });
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['To read', 'false'],
      ['Reading', 'true'],
      ['Read', 'false'],
    ]);
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.click(items[2] as HTMLElement);
    expect(props.onSetStatus).toHaveBeenCalledWith('read');
    expect(menu.isConnected).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('Escape closes the menu without a change, and choosing the same status sends nothing', () => {
    const props = setup({ state: saved, onSetStatus: vi.fn() });
    const button = screen.getByRole('button', { name: /^Reading status/ });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getAllByRole('menuitemradio')[0] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Reading' }));
    expect(props.onSetStatus).not.toHaveBeenCalled();
  });

  it("keeps the page's shortcuts from seeing keys typed in it", () => {
    setup({ state: saved, onSetStatus: vi.fn() });
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Reading status/ }), { key: 'j' });
    fireEvent.keyDown(screen.getByRole('button', { name: /^Reading status/ }), {
      key: 'ArrowDown',
    });
    fireEvent.keyDown(screen.getAllByRole('menuitemradio')[0] as HTMLElement, { key: 'k' });
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });
});

describe('CardWidget focus', () => {
  /** A widget whose state the test changes, as replies do, re-rendering it each time. */
  function live(initial: Pick<CardWidgetProps, 'state' | 'suggestedTags'>) {
    let current: CardWidgetProps = {
      onToggleSave: vi.fn(),
      onAddTag: vi.fn(),
      onRemoveTag: vi.fn(),
      onSetStatus: vi.fn(),
      loadTagNames: vi.fn(async () => []),
      ...initial,
    };
    const view = render(<CardWidget {...current} />);
    return {
      props: () => current,
      update(next: Partial<CardWidgetProps>) {
        current = { ...current, ...next };
        view.rerender(<CardWidget {...current} />);
      },
    };
  }

  it('moves on to the next suggestion once an accepted one goes, then to Tag', () => {
    const widget = live({ state: { saved: false, tags: [] }, suggestedTags: ['a', 'b'] });
    const first = screen.getByRole('button', { name: 'Add suggested tag a' });
    first.focus();
    fireEvent.click(first);
    expect(widget.props().onAddTag).toHaveBeenCalledWith('a');
    // The reply: the tag is applied, its suggestion gone.
    widget.update({ state: { saved: true, tags: ['a'] }, suggestedTags: ['b'] });
    const second = screen.getByRole('button', { name: 'Add suggested tag b' });
    expect(document.activeElement).toBe(second);

    fireEvent.click(second);
    widget.update({ state: { saved: true, tags: ['a', 'b'] }, suggestedTags: [] });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Tag/ }));
  });

  it('leaves the focus where the user put it while the reply was on its way', () => {
    const widget = live({ state: { saved: false, tags: [] }, suggestedTags: ['a'] });
    const chip = screen.getByRole('button', { name: 'Add suggested tag a' });
    chip.focus();
    fireEvent.click(chip);
    const save = screen.getByRole('button', { name: /^Save/ });
    save.focus();
    widget.update({ state: { saved: true, tags: ['a'] }, suggestedTags: [] });
    expect(document.activeElement).toBe(save);
  });

  it('moves on to the next remove button once a removed tag goes, then to the input', () => {
    const widget = live({ state: { saved: true, tags: ['a', 'b'] } });
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    const removeA = screen.getByRole('button', { name: 'Remove tag a' });
    removeA.focus();
    fireEvent.click(removeA);
    expect(widget.props().onRemoveTag).toHaveBeenCalledWith('a');
    widget.update({ state: { saved: true, tags: ['b'] } });
    const removeB = screen.getByRole('button', { name: 'Remove tag b' });
    expect(document.activeElement).toBe(removeB);

    fireEvent.click(removeB);
    widget.update({ state: { saved: true, tags: [] } });
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Add tag' }));
  });

  it('closes the status menu when the card stops being saved: saving again leaves it shut', () => {
    const widget = live({ state: { saved: true, tags: [], status: 'to-read' } });
    fireEvent.click(screen.getByRole('button', { name: /^Reading status/ }));
    expect(screen.getByRole('menu')).toBeTruthy();
    const save = screen.getByRole('button', { name: /^Saved/ });
    save.focus();
    widget.update({ state: { saved: false, tags: [] } });
    widget.update({ state: { saved: true, tags: [], status: 'to-read' } });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(
      screen.getByRole('button', { name: /^Reading status/ }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(document.activeElement).toBe(save);
  });

  it('reads Undo for a while after a click removed the paper, and Save after that', () => {
    vi.useFakeTimers();
    try {
      const widget = live({ state: { saved: true, tags: ['a'] } });
      fireEvent.click(screen.getByRole('button', { name: /^Saved/ }));
      expect(widget.props().onToggleSave).toHaveBeenCalledOnce();
      widget.update({ state: { saved: false, tags: [] } });
      const undo = screen.getByRole('button', { name: /^Save again: undo/ });
      expect(undo.textContent).toBe('↶ Undo');
      act(() => {
        vi.advanceTimersByTime(UNDO_SHOWN_MS);
      });
      expect(screen.getByRole('button', { name: 'Save' }).textContent).toBe('☆ Save');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads Save, not Undo, when the paper was removed elsewhere (the popup, another tab)', () => {
    const widget = live({ state: { saved: true, tags: [] } });
    widget.update({ state: { saved: false, tags: [] } });
    expect(screen.getByRole('button', { name: 'Save' }).textContent).toBe('☆ Save');
  });

  it('reads Saved again once the undo is clicked', () => {
    const widget = live({ state: { saved: true, tags: [] } });
    fireEvent.click(screen.getByRole('button', { name: /^Saved/ }));
    widget.update({ state: { saved: false, tags: [] } });
    fireEvent.click(screen.getByRole('button', { name: /^Save again/ }));
    widget.update({ state: { saved: true, tags: ['a'] } });
    widget.update({ state: { saved: false, tags: [] } });
    // Removed this time by something else: no undo offered for it.
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('closes the picker when the card stops being saved, giving the focus to Tag', () => {
    const widget = live({ state: { saved: true, tags: ['a'] } });
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    const input = screen.getByRole('combobox', { name: 'Add tag' });
    input.focus();
    widget.update({ state: { saved: false, tags: [] } });
    expect(screen.queryByRole('combobox', { name: 'Add tag' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Tag/ }));
  });
});

describe('CardWidget menus over the page', () => {
  it('marks the picker and the status menu as popovers (placed in the top layer by the browser tests)', async () => {
    setup({ state: { saved: true, tags: [], status: 'to-read' }, onSetStatus: vi.fn() });
    const input = await openPicker();
    expect(input.closest('.picker')?.getAttribute('popover')).toBe('manual');
    fireEvent.click(screen.getByRole('button', { name: /^Reading status/ }));
    expect(screen.getByRole('menu', { name: 'Reading status' }).getAttribute('popover')).toBe(
      'manual',
    );
  });

  it('closes them at a click outside the widget, not at one on its own buttons', async () => {
    setup({ state: { saved: true, tags: [], status: 'to-read' }, onSetStatus: vi.fn() });
    await openPicker();
    // Its own status button: the picker stays, the menu opens.
    fireEvent.pointerDown(screen.getByRole('button', { name: /^Reading status/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Reading status/ }));
    expect(screen.getByRole('combobox', { name: 'Add tag' })).toBeTruthy();
    screen.getByRole('menu', { name: 'Reading status' });

    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Add tag' })).toBeNull());
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tag' }).getAttribute('aria-expanded')).toBe('false');
  });
});
