// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * A card is saved when any of its ids is: the Scholar card of arxiv:2607.08111 also carries the
 * paper's DOI, under which dblp saved it. Removing it or setting its status must reach that
 * record. The real background handlers run on fake IndexedDB, and the shelf is read afterwards.
 */
import { paperHandlers } from '@/entrypoints/background/paper-handlers';
import type { CardHost } from '@/entrypoints/listing/card-host';
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import { db } from '@/lib/db/db';
import { getSavedStates, savePaper } from '@/lib/db/papers';
import type { PaperCandidate, PaperStatus, SavedState } from '@/lib/paper/schemas';
import { pageSession, showPage, sitePage } from '../../fixtures/listing-page';

const { html, url } = sitePage('scholar', 'results');
const ARXIV = 'arxiv:2607.08111';
const DOI = 'doi:10.1145/3746059.3747211';

type Handler = (data: unknown) => Promise<unknown>;
const handlers = paperHandlers as unknown as Record<string, Handler>;
const call = <T>(name: string, data: unknown) => handlers[name]?.(data) as Promise<T>;

const sent: Array<[string, unknown]> = [];
const client: ShelfClient = {
  getSavedStates: (ids) => call('getSavedStates', { ids }),
  savePaper: (candidate) => call('savePaper', { candidate }),
  removePaper: (id) => {
    sent.push(['removePaper', id]);
    return call<SavedState>('removePaper', { id });
  },
  editPaperTags: (candidate, edit) =>
    call('editPaperTags', { candidate, add: edit.add ?? [], remove: edit.remove ?? [] }),
  setPaperStatus: (id, status) => {
    sent.push(['setPaperStatus', id]);
    return call<SavedState>('setPaperStatus', { id, status });
  },
  listTagNames: () => call('listTagNames', {}),
};

/** What dblp saved: the DOI only. */
const fromDblp: PaperCandidate = {
  id: DOI,
  title: 'A paper',
  authors: [],
  url: 'https://doi.org/10.1145/3746059.3747211',
  site: 'dblp',
};

let session: PageSession | undefined;

async function openScholar(): Promise<PageSession> {
  showPage(html);
  session = pageSession(url, client);
  await session.start();
  return session;
}

const hostElement = () =>
  document.querySelector(`paper-shelf-card[data-paper-id="${ARXIV}"]`) as HTMLElement;
const clickSave = () =>
  (
    (hostElement().shadowRoot as ShadowRoot).querySelector('button.save') as HTMLButtonElement
  ).click();
const cardHost = (open: PageSession) =>
  open.cardHosts.find((host) => host.candidate.id === ARXIV) as CardHost;
const setStatus = (open: PageSession, status: PaperStatus) =>
  (
    open as unknown as { actions: { setStatus(host: CardHost, s: PaperStatus): void } }
  ).actions.setStatus(cardHost(open), status);

beforeEach(async () => {
  await db.papers.clear();
  sent.length = 0;
});
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('a card saved under another of its ids', () => {
  it('is removed from the shelf by its Saved button', async () => {
    await savePaper(fromDblp);
    await openScholar();
    expect(hostElement().dataset.saved).toBe('true');

    clickSave();

    await vi.waitFor(() => expect(hostElement().dataset.saved).toBe('false'));
    expect(sent).toEqual([['removePaper', DOI]]);
    expect(await db.papers.count()).toBe(0);
    expect((await getSavedStates([ARXIV, DOI]))[DOI]?.saved).toBe(false);
  });

  it('gets its reading status set on the record', async () => {
    await savePaper(fromDblp);
    const open = await openScholar();

    setStatus(open, 'reading');

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await vi.waitFor(async () =>
      expect((await getSavedStates([DOI]))[DOI]).toMatchObject({ saved: true, status: 'reading' }),
    );
    expect(sent).toEqual([['setPaperStatus', DOI]]);
    expect(hostElement().dataset.saved).toBe('true');
    expect(await db.papers.count()).toBe(1);
  });

  it('is still removed after a status change, which does not make its own id saved', async () => {
    await savePaper(fromDblp);
    const open = await openScholar();
    setStatus(open, 'read');
    await vi.waitFor(async () => expect((await getSavedStates([DOI]))[DOI]?.status).toBe('read'));

    clickSave();

    await vi.waitFor(() => expect(hostElement().dataset.saved).toBe('false'));
    expect(sent).toEqual([
      ['setPaperStatus', DOI],
      ['removePaper', DOI],
    ]);
    expect(await db.papers.count()).toBe(0);
  });

  it('saved as two records, one under each of its ids, is removed as both', async () => {
    await savePaper(fromDblp);
    await savePaper({ ...fromDblp, id: ARXIV, url: 'https://arxiv.org/abs/2607.08111' });
    expect(await db.papers.count()).toBe(2);
    await openScholar();
    expect(hostElement().dataset.saved).toBe('true');

    clickSave();

    await vi.waitFor(() => expect(hostElement().dataset.saved).toBe('false'));
    expect(await db.papers.count()).toBe(0);
  });

  it('saved under both of its ids, is removed as one record', async () => {
    await savePaper({ ...fromDblp, id: ARXIV, aliases: [DOI], site: 'scholar' });
    await openScholar();
    expect(hostElement().dataset.saved).toBe('true');

    clickSave();

    await vi.waitFor(() => expect(hostElement().dataset.saved).toBe('false'));
    expect(await db.papers.count()).toBe(0);
  });
});
