import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useMemo, useState } from 'preact/hooks';
import { ShelfToolbar } from '@/components/ShelfToolbar';
import type { Paper } from '@/lib/paper/schemas';
import { countShelf, NO_FILTERS, type ShelfFilters } from '@/lib/shelf/query';
import { candidate, savedPaper } from '../fixtures/papers';

function renderToolbar(filters = NO_FILTERS) {
  const papers = [savedPaper(candidate(), { tags: ['fine-tuning'], savedAt: 1, updatedAt: 1 })];
  render(
    <ShelfToolbar
      query=""
      filters={filters}
      counts={countShelf(papers, filters)}
      tagColors={new Map()}
      searchRef={{ current: null }}
      onQuery={vi.fn()}
      onFilters={vi.fn()}
      onLeaveSearch={vi.fn()}
    />,
  );
}

const menu = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.text);

describe('ShelfToolbar filters', () => {
  it('lists each tag and site of the shelf with its count', () => {
    renderToolbar();
    expect(optionTexts(menu('Filter by tag'))).toEqual(['All tags', 'fine-tuning (1)']);
    expect(menu('Filter by tag').value).toBe('');
  });

  it('still shows a chosen tag and site that no paper has any more, not "All"', () => {
    renderToolbar({ ...NO_FILTERS, tags: ['federated learning'], site: 'dblp' });
    const chips = screen.getByRole('list', { name: 'Tag filters' });
    expect(within(chips).getByText('federated learning')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Remove tag filter federated learning' }),
    ).toBeTruthy();
    expect(optionTexts(menu('Filter by tag'))).toEqual(['And tagged…', 'fine-tuning (0)']);
    expect(menu('Filter by site').value).toBe('dblp');
  });
});

/** Five papers: llm on 1-3, rl on 1-2, vision on 1, 3 and 4, theory on 5. */
const SHELF: Paper[] = [
  ['1', ['llm', 'rl', 'vision']],
  ['2', ['llm', 'rl']],
  ['3', ['llm', 'vision']],
  ['4', ['vision']],
  ['5', ['theory']],
].map(([n, tags], index) =>
  savedPaper(candidate({ id: `arxiv:2607.0000${n}` }), {
    tags: tags as string[],
    savedAt: index,
    updatedAt: index,
  }),
);

/** The toolbar as the reading list holds it: filters in state, counts following the tags. */
function renderWithState(initial: ShelfFilters = NO_FILTERS) {
  const changes: ShelfFilters[] = [];
  function Harness() {
    const [filters, setFilters] = useState(initial);
    const counts = useMemo(() => countShelf(SHELF, filters), [filters]);
    return (
      <ShelfToolbar
        query=""
        filters={filters}
        counts={counts}
        tagColors={new Map([['llm', '#166534']])}
        searchRef={{ current: null }}
        onQuery={vi.fn()}
        onFilters={(next) => {
          changes.push(next);
          setFilters(next);
        }}
        onLeaveSearch={vi.fn()}
      />
    );
  }
  render(<Harness />);
  return { changes, last: () => changes.at(-1) };
}

const tagMenu = () => menu('Filter by tag');
/** A pick as the mouse makes it (or Enter in the open menu): a change no key press made. */
const pick = (tag: string) => fireEvent.change(tagMenu(), { target: { value: tag } });
const chipNames = () =>
  [...screen.getByRole('list', { name: 'Tag filters' }).querySelectorAll('.chip-name')].map(
    (chip) => chip.textContent,
  );
const removeButton = (tag: string) =>
  screen.getByRole('button', { name: `Remove tag filter ${tag}` });

describe('ShelfToolbar tag filters', () => {
  it('adds each tag picked as a chip, and offers the others with what adding them leaves', () => {
    const { last } = renderWithState();
    expect(optionTexts(tagMenu())).toEqual([
      'All tags',
      'llm (3)',
      'rl (2)',
      'theory (1)',
      'vision (3)',
    ]);
    expect(screen.queryByRole('list', { name: 'Tag filters' })).toBeNull();

    pick('llm');
    expect(last()).toEqual({ ...NO_FILTERS, tags: ['llm'] });
    expect(chipNames()).toEqual(['llm']);
    // Back to its placeholder, ready for the next tag; the chosen one is a chip, not a choice.
    expect(tagMenu().value).toBe('');
    expect(optionTexts(tagMenu())).toEqual(['And tagged…', 'rl (2)', 'theory (0)', 'vision (2)']);
    // One tag: nothing to combine yet.
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear tags' })).toBeNull();

    pick('vision');
    expect(last()?.tags).toEqual(['llm', 'vision']);
    expect(chipNames()).toEqual(['llm', 'vision']);
    expect(optionTexts(tagMenu())).toEqual(['And tagged…', 'rl (1)', 'theory (0)']);
  });

  it('colours each chip as the tag is coloured on the papers', () => {
    renderWithState({ ...NO_FILTERS, tags: ['llm', 'theory'] });
    const chip = (tag: string) => removeButton(tag).closest('.chip') as HTMLElement;
    expect(chip('llm').style.getPropertyValue('--chip-color')).toBe('#166534');
    expect(chip('theory').style.getPropertyValue('--chip-color')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('once two tags are chosen, offers "all of" or "any of", the counts following', () => {
    const { last } = renderWithState({ ...NO_FILTERS, tags: ['rl'] });
    pick('theory');
    const match = screen.getByRole('radiogroup', { name: 'Tag match' });
    const all = within(match).getByRole('radio', { name: 'all of' }) as HTMLInputElement;
    const any = within(match).getByRole('radio', { name: 'any of' }) as HTMLInputElement;
    expect(all.checked).toBe(true);
    expect(any.checked).toBe(false);
    expect(optionTexts(tagMenu())).toEqual(['And tagged…', 'llm (0)', 'vision (0)']);

    fireEvent.click(any);
    expect(last()).toEqual({ ...NO_FILTERS, tags: ['rl', 'theory'], tagMatch: 'any' });
    expect(any.checked).toBe(true);
    // With "any of", a tag adds the papers it carries that are not shown yet.
    expect(optionTexts(tagMenu())).toEqual(['Or tagged…', 'llm (+1)', 'vision (+2)']);

    fireEvent.click(all);
    expect(last()?.tagMatch).toBe('all');
  });

  it('removes a tag by its chip, the focus going to the chip in its place', () => {
    const { last } = renderWithState({ ...NO_FILTERS, tags: ['llm', 'rl', 'vision'] });
    removeButton('rl').focus();
    fireEvent.click(removeButton('rl'));
    expect(last()?.tags).toEqual(['llm', 'vision']);
    expect(chipNames()).toEqual(['llm', 'vision']);
    expect(document.activeElement).toBe(removeButton('vision'));
    // The last chip: the one before it takes the focus.
    fireEvent.click(removeButton('vision'));
    expect(document.activeElement).toBe(removeButton('llm'));
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('removes a tag with Delete or Backspace on its chip', () => {
    const { last } = renderWithState({ ...NO_FILTERS, tags: ['llm', 'rl'] });
    fireEvent.keyDown(removeButton('llm'), { key: 'Delete' });
    expect(last()?.tags).toEqual(['rl']);
    fireEvent.keyDown(removeButton('rl'), { key: 'Backspace' });
    expect(last()?.tags).toEqual([]);
  });

  it('with the last chip gone, is no tag filter: the menu has the focus, "all of" again', () => {
    const { last } = renderWithState({ ...NO_FILTERS, tags: ['llm'], tagMatch: 'any' });
    fireEvent.click(removeButton('llm'));
    expect(last()).toEqual(NO_FILTERS);
    expect(screen.queryByRole('list', { name: 'Tag filters' })).toBeNull();
    expect(document.activeElement).toBe(tagMenu());
    expect(optionTexts(tagMenu())[0]).toBe('All tags');
  });

  it('clears every tag at once', () => {
    const { last } = renderWithState({
      ...NO_FILTERS,
      tags: ['llm', 'rl'],
      tagMatch: 'any',
      status: 'read',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Clear tags' }));
    // The other filters stay.
    expect(last()).toEqual({ ...NO_FILTERS, status: 'read' });
    expect(screen.queryByRole('list', { name: 'Tag filters' })).toBeNull();
    expect(document.activeElement).toBe(tagMenu());
  });

  it('keeps the "any of" chosen while a tag is taken away and another added', () => {
    const { last } = renderWithState({ ...NO_FILTERS, tags: ['llm', 'rl'], tagMatch: 'any' });
    fireEvent.click(removeButton('rl'));
    expect(last()).toEqual({ ...NO_FILTERS, tags: ['llm'], tagMatch: 'any' });
    expect(optionTexts(tagMenu())[0]).toBe('Or tagged…');
    pick('theory');
    expect(last()).toEqual({ ...NO_FILTERS, tags: ['llm', 'theory'], tagMatch: 'any' });
    expect((screen.getByRole('radio', { name: 'any of' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('ShelfToolbar tag menu from the keyboard', () => {
  // A closed <select> changes its value on arrow keys (Chromium, Firefox): the key press comes
  // first, then the change, in the same task.
  const arrowTo = (tag: string, key = 'ArrowDown') => {
    fireEvent.keyDown(tagMenu(), { key });
    fireEvent.change(tagMenu(), { target: { value: tag } });
  };

  it('arrowing through the tags adds none of them; Enter adds the one shown', () => {
    const { changes, last } = renderWithState();
    arrowTo('llm');
    arrowTo('rl');
    arrowTo('theory');
    expect(changes).toEqual([]);
    expect(tagMenu().value).toBe('theory');
    fireEvent.keyDown(tagMenu(), { key: 'Enter' });
    expect(last()?.tags).toEqual(['theory']);
    expect(tagMenu().value).toBe('');
    expect(chipNames()).toEqual(['theory']);
  });

  it('a letter typed to jump to a tag does not add it either', () => {
    const { changes } = renderWithState();
    arrowTo('vision', 'v');
    expect(changes).toEqual([]);
    expect(tagMenu().value).toBe('vision');
  });

  it('Escape drops the tag shown', () => {
    const { changes } = renderWithState();
    arrowTo('rl');
    fireEvent.keyDown(tagMenu(), { key: 'Escape' });
    expect(tagMenu().value).toBe('');
    fireEvent.blur(tagMenu());
    expect(changes).toEqual([]);
  });

  it('leaving the menu adds the tag shown, as leaving any other filter menu keeps its choice', () => {
    const { last } = renderWithState();
    arrowTo('rl', 'ArrowUp');
    fireEvent.blur(tagMenu());
    expect(last()?.tags).toEqual(['rl']);
    expect(tagMenu().value).toBe('');
  });

  it('a change after the key press has been handled is a pick (the open menu, a click)', async () => {
    const { last } = renderWithState();
    fireEvent.keyDown(tagMenu(), { key: 'ArrowDown' });
    await new Promise((done) => setTimeout(done));
    pick('llm');
    expect(last()?.tags).toEqual(['llm']);
  });

  it('Space and Alt+ArrowDown open the menu: what is chosen in it is added at once', () => {
    const { last } = renderWithState();
    fireEvent.keyDown(tagMenu(), { key: ' ' });
    pick('llm');
    expect(last()?.tags).toEqual(['llm']);
    fireEvent.keyDown(tagMenu(), { key: 'ArrowDown', altKey: true });
    pick('rl');
    expect(last()?.tags).toEqual(['llm', 'rl']);
  });
});
