/**
 * The reading list with several tags chosen: the results line, the empty state and its ways out,
 * and the list's keys next to the tag chips. Papers are in fake-indexeddb, read as the popup
 * reads them.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ShelfView } from '@/components/ShelfView';
import { db } from '@/lib/db/db';
import type { Paper } from '@/lib/paper/schemas';
import { candidate, savedPaper } from '../fixtures/papers';

const NOW = Date.now();

/** llm on 1 and 2, rl on 2 and 3, theory on 4; 5 untagged. Newest saved first: 1, 2, 3, 4, 5. */
const SHELF: Paper[] = [
  ['1', ['llm']],
  ['2', ['llm', 'rl']],
  ['3', ['rl']],
  ['4', ['theory']],
  ['5', []],
].map(([n, tags], index) =>
  savedPaper(candidate({ id: `arxiv:2607.0000${n}`, title: `Paper ${n}` }), {
    tags: tags as string[],
    savedAt: NOW - index * 1000,
    updatedAt: NOW - index * 1000,
  }),
);

// happy-dom lays nothing out: the list's viewport would be 0 px high, and show no row.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('papers') ? 480 : (clientHeight?.get?.call(this) ?? 0);
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear()]);
  await db.papers.bulkPut(SHELF);
});

const results = () => document.querySelector('.results')?.textContent;
const shownIds = () =>
  [...document.querySelectorAll('li[data-paper-id]')].map((row) =>
    row.getAttribute('data-paper-id')?.slice(-1),
  );
const tagMenu = () => screen.getByRole('combobox', { name: 'Filter by tag' }) as HTMLSelectElement;
const pick = (tag: string) => fireEvent.change(tagMenu(), { target: { value: tag } });

async function renderShelf() {
  render(<ShelfView layout="popup" />);
  await waitFor(() => expect(results()).toBe('5 papers'));
  // The whole shelf, not only its first page: the tag menu lists every tag.
  await waitFor(() => expect(tagMenu().options.length).toBe(4));
}

describe('ShelfView with tag filters', () => {
  it('shows the papers with all of the tags chosen, or any of them, and says how many', async () => {
    await renderShelf();
    pick('llm');
    await waitFor(() => expect(results()).toBe('2 of 5 papers'));
    expect(shownIds()).toEqual(['1', '2']);
    // What adding each tag would leave, here and now.
    expect([...tagMenu().options].map((option) => option.text)).toEqual([
      'And tagged…',
      'rl (1)',
      'theory (0)',
    ]);

    pick('rl');
    await waitFor(() => expect(results()).toBe('1 of 5 papers'));
    expect(shownIds()).toEqual(['2']);

    fireEvent.click(screen.getByRole('radio', { name: 'any of' }));
    await waitFor(() => expect(results()).toBe('3 of 5 papers'));
    expect(shownIds()).toEqual(['1', '2', '3']);
    expect([...tagMenu().options].map((option) => option.text)).toEqual([
      'Or tagged…',
      'theory (+1)',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Clear tags' }));
    await waitFor(() => expect(results()).toBe('5 papers'));
  });

  it('when no paper has all of them, offers any of them instead', async () => {
    await renderShelf();
    pick('llm');
    pick('theory');
    await screen.findByText('No paper matches');
    expect(results()).toBe('0 of 5 papers');
    fireEvent.click(screen.getByRole('button', { name: 'Show papers with any of these tags' }));
    await waitFor(() => expect(results()).toBe('3 of 5 papers'));
    expect(shownIds()).toEqual(['1', '2', '4']);
    expect((screen.getByRole('radio', { name: 'any of' }) as HTMLInputElement).checked).toBe(true);
    // The keys go on in the list: its first row has the focus.
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.paperId).toBe('arxiv:2607.00001'),
    );
  });

  it('does not offer "any of" when it would find nothing either', async () => {
    await renderShelf();
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), {
      target: { value: 'read' },
    });
    pick('llm');
    pick('theory');
    await screen.findByText('No paper matches');
    expect(screen.queryByRole('button', { name: 'Show papers with any of these tags' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    await waitFor(() => expect(results()).toBe('5 papers'));
    expect(screen.queryByRole('list', { name: 'Tag filters' })).toBeNull();
    expect(tagMenu().options[0]?.text).toBe('All tags');
  });

  it('keeps the list keys: Delete on a chip takes the tag away, not a paper; / still searches', async () => {
    await renderShelf();
    pick('llm');
    pick('rl');
    await waitFor(() => expect(results()).toBe('1 of 5 papers'));
    const chips = screen.getByRole('list', { name: 'Tag filters' });
    const removeRl = within(chips).getByRole('button', { name: 'Remove tag filter rl' });
    removeRl.focus();
    fireEvent.keyDown(removeRl, { key: 'Delete' });
    await waitFor(() => expect(results()).toBe('2 of 5 papers'));
    expect(await db.papers.count()).toBe(5);
    expect(screen.queryByText(/Removed/)).toBeNull();

    const removeLlm = screen.getByRole('button', { name: 'Remove tag filter llm' });
    expect(document.activeElement).toBe(removeLlm);
    fireEvent.keyDown(removeLlm, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search papers' }));

    // Select all (Ctrl+A in the list) takes the papers shown, those the tags keep.
    const firstRow = document.querySelector<HTMLElement>('li[data-paper-id]');
    fireEvent.keyDown(firstRow as HTMLElement, { key: 'a', ctrlKey: true });
    await screen.findByText('2 papers selected');
  });
});

describe('the list of keys', () => {
  it('opens with ? and closes with ? or Escape', async () => {
    await renderShelf();
    const help = document.querySelector('details.shortcuts') as HTMLDetailsElement;
    expect(help.open).toBe(false);
    fireEvent.keyDown(document.body, { key: '?' });
    await waitFor(() => expect(help.open).toBe(true));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(help.open).toBe(false));
    fireEvent.keyDown(document.body, { key: '?' });
    await waitFor(() => expect(help.open).toBe(true));
    fireEvent.keyDown(document.body, { key: '?' });
    await waitFor(() => expect(help.open).toBe(false));
  });
});
