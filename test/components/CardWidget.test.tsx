import { fireEvent, render, screen } from '@testing-library/preact';
import { CardWidget, type CardWidgetProps } from '@/components/CardWidget';

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
