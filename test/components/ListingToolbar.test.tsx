import { fireEvent, render, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
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

const saved = (onUndo = vi.fn()) => ({ message: 'Tagged 4 papers “fine-tuning”.', onUndo });

describe('ListingToolbar focus after save all and undo', () => {
  it('moves the focus to Undo once Save all is done', () => {
    const { props, rerender } = setup({ highlightTag: 'fine-tuning' });
    const saveAll = screen.getByRole('button', {
      name: 'Save all 4 cards suggested for fine-tuning',
    });
    saveAll.focus();
    fireEvent.click(saveAll);
    expect(props.onSaveAll).toHaveBeenCalledWith('fine-tuning');
    // The controller renders busy, then the result; the tagged cards are no longer suggested.
    rerender(<ListingToolbar {...props} highlightTag="fine-tuning" busy={true} />);
    expect(document.activeElement).toBe(saveAll);
    const suggestedTags = [{ tag: 'model merging', cards: 1 }];
    rerender(<ListingToolbar {...props} suggestedTags={suggestedTags} status={saved()} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('status').textContent).toContain('Tagged 4 papers “fine-tuning”.');
  });

  it('moves the focus back to the highlight select once Undo is done', () => {
    const status = saved();
    const { props, rerender } = setup({ status });
    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    expect(status.onUndo).toHaveBeenCalled();
    rerender(<ListingToolbar {...props} status={status} busy={true} />);
    rerender(
      <ListingToolbar {...props} status={{ message: 'Undone: “fine-tuning” taken back.' }} />,
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Highlight cards suggested for'));
  });

  it('falls back to the collapse button when no tag is left to highlight', () => {
    const status = saved();
    const { props, rerender } = setup({ status });
    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    rerender(<ListingToolbar {...props} status={status} busy={true} />);
    rerender(
      <ListingToolbar {...props} suggestedTags={[]} status={{ message: 'Undone: taken back.' }} />,
    );
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Collapse the listing toolbar' }),
    );
  });

  it('leaves the focus where the user took it meanwhile', () => {
    const { props, rerender } = setup({ highlightTag: 'fine-tuning' });
    const saveAll = screen.getByRole('button', { name: /^Save all 4 cards/ });
    saveAll.focus();
    fireEvent.click(saveAll);
    rerender(<ListingToolbar {...props} highlightTag="fine-tuning" busy={true} />);
    const dim = screen.getByRole('radio', { name: 'Dim' });
    dim.focus();
    rerender(<ListingToolbar {...props} status={saved()} />);
    expect(document.activeElement).toBe(dim);
  });

  it('leaves the focus on Save all to try again when it failed', () => {
    const { props, rerender } = setup({ highlightTag: 'fine-tuning' });
    const saveAll = screen.getByRole('button', { name: /^Save all 4 cards/ });
    saveAll.focus();
    fireEvent.click(saveAll);
    rerender(<ListingToolbar {...props} highlightTag="fine-tuning" busy={true} />);
    rerender(
      <ListingToolbar
        {...props}
        highlightTag="fine-tuning"
        status={{ message: 'Paper Shelf could not do that: try again' }}
      />,
    );
    expect(document.activeElement).toBe(saveAll);
  });
});

describe('ListingToolbar status line', () => {
  const undone = { message: 'Undone: “fine-tuning” taken back.' };

  it('clears a past result when the user next changes the highlight', () => {
    setup({ status: undone });
    expect(screen.getByRole('status').textContent).toBe(undone.message);
    fireEvent.change(screen.getByLabelText('Highlight cards suggested for'), {
      target: { value: 'model merging' },
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('clears a past result when the user next changes the saved view', () => {
    const { props, rerender } = setup({ status: undone });
    fireEvent.click(screen.getByRole('radio', { name: 'Hide' }));
    expect(props.onSavedView).toHaveBeenCalledWith('hide');
    rerender(<ListingToolbar {...props} savedView="hide" status={undone} />);
    expect(screen.getByRole('status').textContent).toBe('');
    // A new result is shown again.
    rerender(
      <ListingToolbar {...props} savedView="hide" status={{ message: 'Tagged 1 paper.' }} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Tagged 1 paper.');
  });

  it('keeps a result that can still be undone', () => {
    setup({ status: saved() });
    fireEvent.click(screen.getByRole('radio', { name: 'Dim' }));
    expect(screen.getByRole('status').textContent).toContain('Tagged 4 papers');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});

describe('ListingToolbar focus in its shadow root, as on a listing', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  beforeEach(() => {
    host = document.createElement('paper-shelf-toolbar');
    document.body.append(host);
    shadow = host.attachShadow({ mode: 'open' });
  });
  afterEach(() => {
    preactRender(null, shadow);
    host.remove();
  });

  const show = (overrides: Partial<ListingToolbarProps>) =>
    preactRender(
      <ListingToolbar
        cardCount={24}
        savedCount={3}
        suggestedTags={[{ tag: 'fine-tuning', cards: 4 }]}
        highlightTag={undefined}
        savedView="show"
        expanded={true}
        busy={false}
        status={undefined}
        onToggle={vi.fn()}
        onHighlight={vi.fn()}
        onSavedView={vi.fn()}
        onSaveAll={vi.fn()}
        {...overrides}
      />,
      shadow,
    );

  it('goes from Undo, once gone, to the highlight select', () => {
    const status = saved();
    show({ status });
    const undo = shadow.querySelector('button.undo') as HTMLButtonElement;
    undo.focus();
    expect(shadow.activeElement).toBe(undo);
    fireEvent.click(undo);
    show({ status, busy: true });
    show({ status: { message: 'Undone: “fine-tuning” taken back.' } });
    expect(shadow.activeElement).toBe(shadow.querySelector('select'));
  });

  it('stays on the page when the user went back to it meanwhile', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    const status = saved();
    show({ status });
    const undo = shadow.querySelector('button.undo') as HTMLButtonElement;
    undo.focus();
    fireEvent.click(undo);
    show({ status, busy: true });
    outside.focus();
    show({ status: { message: 'Undone: “fine-tuning” taken back.' } });
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
