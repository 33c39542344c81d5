// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * A page script that reuses a card element for another paper: an unkeyed Svelte or React list
 * (Hugging Face moving between daily pages client-side), or an infinite scroll recycling its rows,
 * changes the card's links and text in place, adding and removing no node. The session must see
 * that the card now names another paper and give it that paper's widget, with its saved state
 * from the scan's one lookup, and leave no widget of the old paper behind; while cards the page
 * did not change are not read again.
 */
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import { arxivIdOf } from '@/lib/paper/paper-id';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { adapterFor, pageSession, showPage, sitePage } from '../../fixtures/listing-page';

const daily = sitePage('huggingface', 'date-topical');
/** The first card's paper, saved with a tag; every other paper of the page is not saved. */
const SAVED_ON_PAGE = daily.ids[0] as string;
/** Papers the page does not show at first. */
const SAVED_ELSEWHERE = 'arxiv:2607.29998';
const NOT_SAVED = 'arxiv:2607.29999';

const SAVED_STATES: Record<string, SavedState> = {
  [SAVED_ON_PAGE]: { saved: true, tags: ['reward models'] },
  [SAVED_ELSEWHERE]: { saved: true, tags: ['video'] },
};

let session: PageSession | undefined;
/** Every saved-state lookup the session sent, in order. */
let lookups: string[][];
let savedCandidates: PaperCandidate[];

function recordingClient(): ShelfClient {
  const unused = () => Promise.reject(new Error('not used by these tests'));
  return {
    getSavedStates: async (ids) => {
      lookups.push(ids);
      return Object.fromEntries(
        ids.map((id) => [id, SAVED_STATES[id] ?? { saved: false, tags: [] }]),
      );
    },
    savePaper: async (candidate) => {
      savedCandidates.push(candidate);
      return { saved: true, tags: [] };
    },
    removePaper: unused,
    editPaperTags: unused,
    setPaperStatus: unused,
    listTagNames: async () => [],
  };
}

async function startSession(page = daily): Promise<PageSession> {
  showPage(page.html);
  session = pageSession(page.url, recordingClient());
  await session.start();
  lookups.length = 0;
  return session;
}

beforeEach(() => {
  lookups = [];
  savedCandidates = [];
});

afterEach(() => {
  session?.stop();
  session = undefined;
});

/** The page's paper cards, in page order. */
const cards = () => adapterFor(daily.url).findCards(document, daily.url);

function hostsIn(card: Element): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>('paper-shelf-card')];
}

function saveButton(host: HTMLElement): HTMLButtonElement {
  return host.shadowRoot?.querySelector('button') as HTMLButtonElement;
}

/**
 * What an unkeyed list does to show another paper in a Hugging Face card: every link and image
 * of the old paper repointed and the title's text node rewritten, all in place.
 */
function showPaperInPlace(card: Element, paperId: string, title: string): void {
  const from = arxivIdOf(adapterFor(daily.url).cardIds?.(card, daily.url)?.[0] ?? '');
  const to = arxivIdOf(paperId);
  if (!from || !to) throw new Error('not an arXiv paper');
  for (const element of card.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value?.includes(from)) element.setAttribute(attribute, value.replaceAll(from, to));
    }
  }
  const titleText = card.querySelector('h3 a')?.firstChild;
  if (!(titleText instanceof Text)) throw new Error('no title text');
  titleText.data = title;
}

/** Waits for the rescan the page's changes cause, until the card shows `paperId`'s widget. */
async function untilCardShows(card: Element, paperId: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const [host] = hostsIn(card);
    expect(host?.dataset.paperId).toBe(paperId);
    return host as HTMLElement;
  });
}

describe('a card the page reuses for another paper', () => {
  it('gets the new paper’s widget, with its saved state, and no widget of the old one', async () => {
    await startSession();
    const [first, second] = cards() as [Element, Element];
    const [oldFirstHost, oldSecondHost] = [hostsIn(first)[0], hostsIn(second)[0]];
    expect(oldFirstHost?.dataset.saved).toBe('true');

    showPaperInPlace(first, NOT_SAVED, 'A Paper Nobody Saved');
    showPaperInPlace(second, SAVED_ELSEWHERE, 'A Paper Saved Elsewhere');

    const firstHost = await untilCardShows(first, NOT_SAVED);
    const secondHost = await untilCardShows(second, SAVED_ELSEWHERE);
    expect(hostsIn(first)).toHaveLength(1);
    expect(hostsIn(second)).toHaveLength(1);
    expect(oldFirstHost?.isConnected).toBe(false);
    expect(oldSecondHost?.isConnected).toBe(false);
    expect(firstHost.dataset.saved).toBe('false');
    expect(firstHost.dataset.tags).toBe('');
    expect(saveButton(firstHost).textContent).toMatch(/Save$/);
    expect(secondHost.dataset.saved).toBe('true');
    expect(secondHost.dataset.tags).toBe('video');
    expect(saveButton(secondHost).textContent).toMatch(/Saved$/);
    // Both new papers in one lookup, and nothing asked about the cards the page left alone.
    expect(lookups).toHaveLength(1);
    expect(new Set(lookups[0])).toEqual(new Set([NOT_SAVED, SAVED_ELSEWHERE]));
    expect(session?.cardCount).toBe(daily.ids.length);
  });

  it('saves the paper the card shows now', async () => {
    await startSession();
    const [, second] = cards() as [Element, Element];
    showPaperInPlace(second, NOT_SAVED, 'A Paper Nobody Saved');
    const host = await untilCardShows(second, NOT_SAVED);

    saveButton(host).click();

    await vi.waitFor(() => expect(host.dataset.saved).toBe('true'));
    expect(savedCandidates.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: NOT_SAVED, title: 'A Paper Nobody Saved' },
    ]);
  });

  it('asks about a whole page of reused cards in one message', async () => {
    await startSession();
    const newIds = cards().map((_, index) => `arxiv:2608.${String(10001 + index)}`);
    for (const [index, card] of cards().entries()) {
      showPaperInPlace(card, newIds[index] as string, `Paper ${index}`);
    }

    await vi.waitFor(() =>
      expect(cards().map((card) => hostsIn(card)[0]?.dataset.paperId)).toEqual(newIds),
    );
    expect(cards().every((card) => hostsIn(card).length === 1)).toBe(true);
    expect(lookups).toHaveLength(1);
    expect(new Set(lookups[0])).toEqual(new Set(newIds));
  });

  it('shows two cards that swapped papers in their known states, without asking again', async () => {
    await startSession();
    const [first, second] = cards() as [Element, Element];
    const secondPaper = daily.ids[1] as string;
    showPaperInPlace(first, secondPaper, daily.candidates[1]?.title as string);
    showPaperInPlace(second, SAVED_ON_PAGE, daily.candidates[0]?.title as string);

    expect((await untilCardShows(first, secondPaper)).dataset.saved).toBe('false');
    const secondHost = await untilCardShows(second, SAVED_ON_PAGE);
    expect(secondHost.dataset.saved).toBe('true');
    expect(secondHost.dataset.tags).toBe('reward models');
    expect(lookups).toEqual([]);
  });

  it('is seen by the attribute that names a dblp entry', async () => {
    const conf = sitePage('dblp', 'conf');
    await startSession(conf);
    const entry = document.querySelector('li.entry[id="conf/acl/NissVT24"]') as Element;
    const oldHost = hostsIn(entry)[0];

    entry.setAttribute('id', 'conf/acl/Reused24');

    await vi.waitFor(() =>
      expect(session?.cardHosts.find((host) => host.card === entry)?.ids).toContain(
        'dblp:conf/acl/Reused24',
      ),
    );
    expect(oldHost?.isConnected).toBe(false);
    expect(hostsIn(entry)).toHaveLength(1);
  });
});

describe('cards the page did not reuse', () => {
  it('keep their widget, and only the changed card is read again', async () => {
    const adapter = adapterFor(daily.url);
    const current = await startSession();
    const card = cards()[2] as Element;
    const host = hostsIn(card)[0];
    const cardIds = vi.spyOn(adapter, 'cardIds');
    const parseCard = vi.spyOn(adapter, 'parseCard');
    try {
      // An upvote: the count's text is replaced, the paper stays.
      const count = card.querySelector('.leading-none') as Element;
      count.textContent = '13';
      // A change outside every card.
      document.body.append(document.createElement('footer'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await current.scan();

      expect(hostsIn(card)).toEqual([host]);
      expect(cardIds.mock.calls.map(([read]) => cards().indexOf(read))).toEqual([2]);
      expect(parseCard).not.toHaveBeenCalled();
      expect(lookups).toEqual([]);
    } finally {
      cardIds.mockRestore();
      parseCard.mockRestore();
    }
  });
});
