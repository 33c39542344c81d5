// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * With the guard the content script installs (user-events.ts), events a page script makes reach
 * neither the cards' widgets nor the listing toolbar, while the user's own still do. happy-dom
 * has no `isTrusted` at all, so each test says which events are the user's.
 */
import { guardEveryWidget } from '@/entrypoints/listing/card-host';
import { TOOLBAR_TAG } from '@/entrypoints/listing/listing-toolbar';
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import type { TaggingClient } from '@/entrypoints/listing/page-suggestions';
import { attachTagging } from '@/entrypoints/listing/tagging';
import { acceptOnlyUserEventsInWidgets } from '@/entrypoints/listing/user-events';
import { adapterFor, pageSession, showPage, sitePage } from '../../fixtures/listing-page';

const { html, url, ids } = sitePage('huggingface', 'date-topical');
const UNSAVED = ids[0] as string;
const SAVED = ids[1] as string;
const FL_PAPER = ids[2] as string;

/** Whether the events dispatched from now on are the user's (a browser's `isTrusted`). */
let trusted = false;

const calls: string[] = [];
const shelfClient: ShelfClient = {
  getSavedStates: async (wanted) =>
    Object.fromEntries(wanted.map((id) => [id, { saved: id === SAVED, tags: [] }])),
  savePaper: async (candidate) => {
    calls.push(`savePaper ${candidate.id}`);
    return { saved: true, tags: [] };
  },
  removePaper: async (id) => {
    calls.push(`removePaper ${id}`);
    return { saved: false, tags: [] };
  },
  editPaperTags: async (candidate) => {
    calls.push(`editPaperTags ${candidate.id}`);
    return { saved: true, tags: [] };
  },
  setPaperStatus: async (id) => {
    calls.push(`setPaperStatus ${id}`);
    return { saved: true, tags: [] };
  },
  listTagNames: async () => [],
};
const taggingClient: TaggingClient = {
  suggestTags: async (papers) =>
    Object.fromEntries(
      papers.map((paper) => [paper.id, paper.id === FL_PAPER ? ['federated learning'] : []]),
    ),
  tagPapers: async (_candidates, tag) => {
    calls.push(`tagPapers ${tag}`);
    return { changes: [], undoToken: 'token' };
  },
  undoTagPapers: async () => ({ changes: [] }),
};

let session: PageSession | undefined;

async function startSession(): Promise<PageSession> {
  showPage(html);
  session = pageSession(url, shelfClient);
  attachTagging(session, adapterFor(url), taggingClient);
  await session.start();
  await vi.waitFor(() => expect(document.querySelector(TOOLBAR_TAG)).not.toBeNull());
  return session;
}

const cardRoot = (id: string) =>
  (document.querySelector(`paper-shelf-card[data-paper-id="${id}"]`) as HTMLElement)
    .shadowRoot as ShadowRoot;
const toolbarRoot = () =>
  (document.querySelector(TOOLBAR_TAG) as HTMLElement).shadowRoot as ShadowRoot;
/** Lets replies, renders and the toolbar's queued render happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(() => {
  Object.defineProperty(Event.prototype, 'isTrusted', {
    get: () => trusted,
    configurable: true,
  });
});
afterAll(() => {
  delete (Event.prototype as { isTrusted?: boolean }).isTrusted;
});
beforeEach(() => {
  trusted = false;
  calls.length = 0;
  acceptOnlyUserEventsInWidgets();
});
afterEach(() => {
  session?.stop();
  session = undefined;
  guardEveryWidget(undefined);
});

describe('with only the user’s events accepted', () => {
  it('a page script cannot save or remove a card, nor bring a copy of still markup to life', async () => {
    const open = await startSession();
    const copy = open.cardHosts.find((host) => host.candidate.id === UNSAVED);
    expect(copy?.isRendered).toBe(false);

    (cardRoot(UNSAVED).querySelector('button.save') as HTMLButtonElement).click();
    (cardRoot(SAVED).querySelector('button.save') as HTMLButtonElement).click();
    await settle();
    expect(copy?.isRendered).toBe(false);
    expect(calls).toEqual([]);

    trusted = true;
    (cardRoot(UNSAVED).querySelector('button.save') as HTMLButtonElement).click();
    await settle();
    expect(calls).toEqual([`savePaper ${UNSAVED}`]);
  });

  it('a page script cannot open the toolbar, choose a tag or view, or save all', async () => {
    await startSession();
    const pill = await vi.waitFor(() => {
      const button = toolbarRoot().querySelector('button.pill');
      if (!button) throw new Error('no pill yet');
      return button as HTMLButtonElement;
    });
    pill.click();
    await settle();
    expect(toolbarRoot().querySelector('.panel')).toBeNull();

    // The user opens it; then the script acts on what it shows.
    trusted = true;
    pill.click();
    await settle();
    trusted = false;
    const select = toolbarRoot().querySelector('select') as HTMLSelectElement;
    select.value = 'federated learning';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const hide = toolbarRoot().querySelector('input[value="hide"]') as HTMLInputElement;
    hide.checked = true;
    hide.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const saveAll = toolbarRoot().querySelector('button.save-all') as HTMLButtonElement;
    expect(saveAll.disabled).toBe(true);
    saveAll.disabled = false;
    saveAll.click();
    await settle();
    expect(calls).toEqual([]);
    expect(document.querySelector('[data-highlighted]')).toBeNull();
    const savedCard = cardRoot(SAVED).host.closest('article') as HTMLElement;
    expect(savedCard.style.getPropertyValue('display')).toBe('');

    // The same, done by the user, works.
    trusted = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    hide.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(savedCard.style.getPropertyValue('display')).toBe('none');
    (toolbarRoot().querySelector('button.save-all') as HTMLButtonElement).click();
    await settle();
    expect(calls).toEqual(['tagPapers federated learning']);
  });
});
