import { fireEvent, render, screen } from '@testing-library/preact';
import { ListingToolbar, type ListingToolbarProps } from '@/components/ListingToolbar';

function setup(overrides: Partial<ListingToolbarProps> = {}) {
  const props: ListingToolbarProps = {
    cardCount: 24,
    savedCount: 3,
    suggestedTags: [
      { tag: 'fine-tuning', cards: 4 },
      { tag: 'model merging', cards: 1 },
    ],
    highlightTag: undefined,
    savedView: 'show',
    expanded: true,
    busy: false,
    status: undefined,
    onToggle: vi.fn(),
    onHighlight: vi.fn(),
    onSavedView: vi.fn(),
    onSaveAll: vi.fn(),
    ...overrides,
  };
  const view = render(<ListingToolbar {...props} />);
  return { props, ...view };
}

describe('ListingToolbar', () => {
  it('is one pill with the counts until opened', () => {
    const { props } = setup({ expanded: false, cardCount: 1, savedCount: 0 });
    const pill = screen.getByRole('button', { name: /^Paper Shelf: 1 card · 0 saved/ });
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(pill);
    expect(props.onToggle).toHaveBeenCalled();
  });

  it('highlights the cards suggested for a chosen tag and saves them all', () => {
    const { props, rerender } = setup();
    const select = screen.getByLabelText('Highlight cards suggested for');
    expect(
      screen.getByRole('button', { name: /^Save all suggested \(choose a tag first\)/ }),
    ).toHaveProperty('disabled', true);
    fireEvent.change(select, { target: { value: 'fine-tuning' } });
    expect(props.onHighlight).toHaveBeenCalledWith('fine-tuning');

    rerender(<ListingToolbar {...props} highlightTag="fine-tuning" />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Save all 4 cards suggested for fine-tuning' }),
    );
    expect(props.onSaveAll).toHaveBeenCalledWith('fine-tuning');
  });

  it('switches how saved cards look', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Dim' }));
    expect(props.onSavedView).toHaveBeenCalledWith('dim');
  });

  it('offers undo in the status line, and says when nothing is suggested yet', () => {
    const onUndo = vi.fn();
    setup({ suggestedTags: [], status: { message: 'Tagged 4 papers.', onUndo } });
    expect(screen.getByRole('status').textContent).toContain('Tagged 4 papers.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
    expect(screen.getByText(/No suggestions here yet/)).toBeTruthy();
  });

  it('collapses on Escape and keeps the page from seeing its keys', () => {
    const { props } = setup();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Show' }), { key: 'Escape' });
    document.removeEventListener('keydown', pageListener);
    expect(props.onToggle).toHaveBeenCalled();
    expect(pageListener).not.toHaveBeenCalled();
  });
});

describe('ListingToolbar focus', () => {
  it('gives the focus to the panel’s first control on opening, and to the pill on closing', () => {
    const { props, rerender } = setup({ expanded: false });
    const pill = screen.getByRole('button', { name: /^Paper Shelf:/ });
    pill.focus();
    fireEvent.click(pill);
    expect(props.onToggle).toHaveBeenCalledTimes(1);
    rerender(<ListingToolbar {...props} expanded={true} />);
    const close = screen.getByRole('button', { name: 'Collapse the listing toolbar' });
    expect(document.activeElement).toBe(close);

    fireEvent.click(close);
    rerender(<ListingToolbar {...props} expanded={false} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Paper Shelf:/ }));

    // Escape from inside the panel, as well.
    rerender(<ListingToolbar {...props} expanded={true} />);
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Dim' }), { key: 'Escape' });
    rerender(<ListingToolbar {...props} expanded={false} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Paper Shelf:/ }));
  });

  it('takes no focus when rendered open, or re-rendered unchanged', () => {
    const { props, rerender } = setup();
    expect(document.activeElement).toBe(document.body);
    rerender(<ListingToolbar {...props} savedCount={4} />);
    expect(document.activeElement).toBe(document.body);
  });
});
