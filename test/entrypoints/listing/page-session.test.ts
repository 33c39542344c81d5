// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * The scan of one page view, on the arXiv /new fixture with a fake background: one lookup per
 * scan, every card annotated once with its state whenever the reply comes (before, during or
 * after the widgets are built), and a clear problem on every card when the lookup fails.
 */
import { CardHost } from '@/entrypoints/listing/card-host';
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import type { SavedState } from '@/lib/paper/schemas';
import { adapterFor, pageSession, showPage, sitePage } from '../../fixtures/listing-page';
import { arxivNewListingHtml } from '../../fixtures/sites/arxiv/generate-large-listing';

const listNew = sitePage('arxiv', 'list-new');
const { url, candidates } = listNew;
const SAVED_ID = candidates[1]!.id;
/** Long enough that building its widgets takes several slices. */
const LONG_LISTING = 300;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Every requested id is unsaved, except SAVED_ID, which carries a tag. */
function statesOf(ids: string[]): Record<string, SavedState> {
  return Object.fromEntries(
    ids.map((id) => [
      id,
      id === SAVED_ID ? { saved: true, tags: ['theory'] } : { saved: false, tags: [] },
    ]),
  );
}

function fakeClient(getSavedStates: ShelfClient['getSavedStates']): ShelfClient {
  const unused = () => Promise.reject(new Error('not used by these tests'));
  return {
    getSavedStates,
    savePaper: unused,
    removePaper: unused,
    editPaperTags: unused,
    setPaperStatus: unused,
    listTagNames: () => Promise.resolve([]),
  };
}

function hosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('paper-shelf-card')];
}

function buttonNames(host: HTMLElement): string[] {
  return [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent ?? '');
}

let session: PageSession | undefined;

function startSession(client: ShelfClient, html: string): Promise<void> {
  showPage(html);
  session = pageSession(url, client);
  return session.start();
}

afterEach(() => {
  session?.stop();
  session = undefined;
});

const fixtureHtml = listNew.html;

/** A session on the fixture, answered at once; every lookup it sends is recorded, in order. */
async function startRecordingLookups(): Promise<string[][]> {
  const lookups: string[][] = [];
  await startSession(
    fakeClient(async (ids) => {
      lookups.push(ids);
      return statesOf(ids);
    }),
    fixtureHtml,
  );
  return lookups;
}

describe('PageSession scan', () => {
  it('annotates every card once, with its state, from one lookup of all their ids', async () => {
    const lookups = await startRecordingLookups();
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toEqual(expect.arrayContaining(candidates.map((c) => c.id)));
    expect(hosts().map((host) => host.dataset.paperId)).toEqual(candidates.map((c) => c.id));
    for (const host of hosts()) {
      const saved = host.dataset.paperId === SAVED_ID;
      expect(host.dataset.saved).toBe(String(saved));
      expect(host.dataset.tags).toBe(saved ? 'theory' : '');
      expect(buttonNames(host)[0]).toMatch(saved ? /Saved$/ : /Save$/);
    }
  });

  it('asks for the states before parsing the cards, from the ids the adapter reads first', async () => {
    const parseCard = vi.spyOn(adapterFor(url), 'parseCard');
    const parsedWhenAsked: number[] = [];
    try {
      await startSession(
        fakeClient(async (ids) => {
          parsedWhenAsked.push(parseCard.mock.calls.length);
          return statesOf(ids);
        }),
        fixtureHtml,
      );
      expect(parsedWhenAsked).toEqual([0]);
      expect(parseCard).toHaveBeenCalled();
      expect(hosts().map((host) => host.dataset.saved)).toEqual(
        candidates.map((c) => String(c.id === SAVED_ID)),
      );
    } finally {
      parseCard.mockRestore();
    }
  });

  it('puts the cards in view in the page before it parses the others', async () => {
    // Entries 100 px apart: with happy-dom's 768 px viewport, and half a viewport around it,
    // the first 12 are in view.
    const inViewCount = 12;
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const entry = this.closest('dt');
      const index = entry ? [...document.querySelectorAll('dt')].indexOf(entry) : 0;
      return new DOMRect(0, index * 100, 800, 50);
    });
    const parseCard = vi.spyOn(adapterFor(url), 'parseCard');
    const originalAttach = CardHost.prototype.attach;
    let parsedAtFirstAttach: number | undefined;
    const attached: Element[] = [];
    const attach = vi.spyOn(CardHost.prototype, 'attach').mockImplementation(function (
      this: CardHost,
    ) {
      parsedAtFirstAttach ??= parseCard.mock.calls.length;
      const done = originalAttach.call(this);
      if (done) attached.push(this.element);
      return done;
    });
    try {
      await startSession(
        fakeClient(async (ids) => statesOf(ids)),
        arxivNewListingHtml(LONG_LISTING),
      );
      expect(parsedAtFirstAttach).toBe(inViewCount);
      expect(parseCard).toHaveBeenCalledTimes(LONG_LISTING);
      expect(hosts()).toHaveLength(LONG_LISTING);
      // The first hosts attached are those of the cards in view, in document order.
      expect(attached.slice(0, inViewCount)).toEqual(hosts().slice(0, inViewCount));
    } finally {
      rects.mockRestore();
      parseCard.mockRestore();
      attach.mockRestore();
    }
  }, 60_000);

  it('sends the saved-state lookup before it reads the page context or any card', async () => {
    // @webext-core/messaging calls runtime.sendMessage after an await of its own, as the fake
    // client below does: a scan that went on building synchronously would hold the message back
    // until its next await.
    const adapter = adapterFor(url);
    const originalReadPage = adapter.readPage;
    if (!originalReadPage) throw new Error('the fixture adapter must read a page');
    const order: string[] = [];
    const readPage = vi.spyOn(adapter, 'readPage').mockImplementation((...args) => {
      order.push('readPage');
      return originalReadPage(...args);
    });
    const parseCard = vi.spyOn(adapter, 'parseCard');
    try {
      await startSession(
        fakeClient(async (ids) => {
          order.push(`lookup, ${parseCard.mock.calls.length} cards parsed`);
          await undefined;
          order.push('lookup sent');
          return statesOf(ids);
        }),
        arxivNewListingHtml(LONG_LISTING),
      );
      expect(order.slice(0, 3)).toEqual(['lookup, 0 cards parsed', 'lookup sent', 'readPage']);
    } finally {
      readPage.mockRestore();
      parseCard.mockRestore();
    }
  }, 60_000);

  it('reads the ids of a long listing in slices, letting the page run before the lookup', async () => {
    const adapter = adapterFor(url);
    const originalCardIds = adapter.cardIds;
    if (!originalCardIds) throw new Error('the fixture adapter must read card ids');
    let lookupSent = false;
    let pageRanBeforeLookup: boolean | undefined;
    // Each card's ids cost 0.1 ms here, 30 ms for the listing: several slices.
    const cardIds = vi.spyOn(adapter, 'cardIds').mockImplementation((...args) => {
      if (pageRanBeforeLookup === undefined) {
        pageRanBeforeLookup = false;
        setTimeout(() => {
          pageRanBeforeLookup = !lookupSent;
        }, 0);
      }
      const until = performance.now() + 0.1;
      while (performance.now() < until);
      return originalCardIds(...args);
    });
    try {
      await startSession(
        fakeClient(async (ids) => {
          lookupSent = true;
          return statesOf(ids);
        }),
        arxivNewListingHtml(LONG_LISTING),
      );
      expect(pageRanBeforeLookup).toBe(true);
      expect(hosts()).toHaveLength(LONG_LISTING);
    } finally {
      cardIds.mockRestore();
    }
  }, 60_000);

  it('puts the widgets in the page before a late reply, then gives each its state', async () => {
    const reply = deferred<Record<string, SavedState>>();
    let requested: string[] = [];
    const scan = startSession(
      fakeClient((ids) => {
        requested = ids;
        return reply.promise;
      }),
      fixtureHtml,
    );
    await vi.waitFor(() => expect(hosts()).toHaveLength(candidates.length));
    // Built before the reply: shown, disabled, no state yet.
    expect(hosts().every((host) => host.dataset.saved === undefined)).toBe(true);
    expect(hosts()[0]?.shadowRoot?.querySelector('button')?.disabled).toBe(true);

    reply.resolve(statesOf(requested));
    await scan;
    expect(hosts().map((host) => host.dataset.saved)).toEqual(
      candidates.map((c) => String(c.id === SAVED_ID)),
    );
    expect(hosts()[0]?.shadowRoot?.querySelector('button')?.disabled).toBe(false);
  });

  it('waits briefly for a reply that is on its way: widgets go in once, with their state', async () => {
    // What each host showed when it was put in the page.
    const savedWhenInserted: Array<string | undefined> = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLElement && node.localName === 'paper-shelf-card') {
            savedWhenInserted.push(node.dataset.saved);
          }
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    await startSession(
      fakeClient((ids) => new Promise((resolve) => setTimeout(() => resolve(statesOf(ids)), 30))),
      fixtureHtml,
    );
    await Promise.resolve();
    observer.disconnect();
    expect(savedWhenInserted).toEqual(candidates.map((c) => String(c.id === SAVED_ID)));
  });

  it('renders each widget once, in its state, when the reply comes after the build', async () => {
    const prepare = vi.spyOn(CardHost.prototype, 'prepare');
    const setState = vi.spyOn(CardHost.prototype, 'setState');
    try {
      await startSession(
        fakeClient((ids) => new Promise((resolve) => setTimeout(() => resolve(statesOf(ids)), 30))),
        arxivNewListingHtml(LONG_LISTING),
      );
      // No "loading" render first, then a second one with the state.
      expect(prepare).toHaveBeenCalledTimes(LONG_LISTING);
      expect(prepare.mock.calls.every(([state]) => state?.saved === false)).toBe(true);
      expect(setState).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
      setState.mockRestore();
    }
  }, 60_000);

  it('says on every card that Paper Shelf is unavailable when the lookup fails', async () => {
    await startSession(
      fakeClient(() => Promise.reject(new Error('Could not establish connection'))),
      fixtureHtml,
    );
    expect(hosts()).toHaveLength(candidates.length);
    for (const host of hosts()) {
      expect(host.dataset.saved).toBeUndefined();
      expect(host.shadowRoot?.querySelector('[role="status"]')?.textContent).toMatch(/unavailable/);
    }
  });

  it('stops asking for the states of cards the page removed', async () => {
    const lookups = await startRecordingLookups();
    const [gone, ...kept] = session?.cardHosts ?? [];
    if (!gone || !session) throw new Error('no cards');
    gone.card.remove();
    await session.scan();
    lookups.length = 0;

    await session.refreshStates();

    expect(lookups).toHaveLength(1);
    expect(lookups[0]).not.toContain(gone.candidate.id);
    expect(new Set(lookups[0])).toEqual(new Set(kept.flatMap((host) => host.ids)));
  });

  it('annotates a long listing fully when the reply comes in the middle of the build', async () => {
    const reply = deferred<Record<string, SavedState>>();
    let requested: string[] = [];
    const scan = startSession(
      fakeClient((ids) => {
        requested = ids;
        // Answer a little later, while widgets are being built in slices.
        setTimeout(() => reply.resolve(statesOf(ids)), 5);
        return reply.promise;
      }),
      arxivNewListingHtml(LONG_LISTING),
    );
    await scan;
    expect(requested).toHaveLength(LONG_LISTING);
    expect(hosts()).toHaveLength(LONG_LISTING);
    expect(hosts().every((host) => host.dataset.saved === 'false')).toBe(true);
    expect(new Set(hosts().map((host) => host.closest('dt'))).size).toBe(LONG_LISTING);
  }, 60_000);
});
