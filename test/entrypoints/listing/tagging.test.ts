// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Tag suggestions and the toolbar on a real PageSession over a listing fixture, with the
 * messaging replaced by recording fakes: one suggestTags message per scan (per batch on a long
 * listing), answers put on the
 * cards, a refresh after a tag change, and "save all suggested" with undo.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TOOLBAR_TAG } from '@/entrypoints/listing/listing-toolbar';
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import {
  SUGGESTION_BATCH,
  SUGGESTION_REFRESH_DELAY_MS,
  SUGGESTION_TEXT_CAP,
  type TaggingClient,
} from '@/entrypoints/listing/page-suggestions';
import { attachTagging } from '@/entrypoints/listing/tagging';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { adapterFor, pageSession, showPage, sitePage } from '../../fixtures/listing-page';
import {
  arxivNewListingHtml,
  arxivNewListingIds,
} from '../../fixtures/sites/arxiv/generate-large-listing';

const { html, url, ids } = sitePage('huggingface', 'date-topical');
const FL_PAPER = ids[2] as string;
const OTHER_FL_PAPER = ids[10] as string;

let session: PageSession;
let states: Map<string, SavedState>;
let suggestCalls: Array<Array<{ id: string; title: string; abstract?: string }>>;
let suggestions: Record<string, string[]>;

function shelfClient(): ShelfClient {
  const edit = async (candidate: PaperCandidate, edit: { add?: string[]; remove?: string[] }) => {
    const before = states.get(candidate.id)?.tags ?? [];
    const tags = [...before, ...(edit.add ?? [])].filter((tag) => !edit.remove?.includes(tag));
    const state = { saved: true, tags };
    states.set(candidate.id, state);
    return state;
  };
  return {
    getSavedStates: async (wanted) =>
      Object.fromEntries(wanted.map((id) => [id, states.get(id) ?? { saved: false, tags: [] }])),
    savePaper: async (candidate) => edit(candidate, {}),
    removePaper: async () => ({ saved: false, tags: [] }),
    editPaperTags: edit,
    setPaperStatus: async () => ({ saved: true, tags: [] }),
    listTagNames: async () => [],
  };
}

const taggingClient: TaggingClient & { tagged: string[][]; undone: string[] } = {
  tagged: [],
  undone: [],
  async suggestTags(papers) {
    suggestCalls.push(papers);
    return Object.fromEntries(papers.map((paper) => [paper.id, suggestions[paper.id] ?? []]));
  },
  async tagPapers(candidates, tag) {
    taggingClient.tagged.push(candidates.map((candidate) => candidate.id));
    return {
      changes: candidates.map((candidate) => ({
        ids: [candidate.id],
        state: { saved: true, tags: [tag] },
      })),
      undoToken: 'token-1',
    };
  },
  async undoTagPapers(token) {
    taggingClient.undone.push(token);
    return {
      changes: (taggingClient.tagged.at(-1) ?? []).map((id) => ({
        ids: [id],
        state: { saved: false, tags: [] },
      })),
    };
  },
};

const host = (id: string) =>
  document.querySelector(`paper-shelf-card[data-paper-id="${id}"]`) as HTMLElement;
const cardOf = (id: string) => host(id).closest('article') as HTMLElement;
const toolbarRoot = () =>
  (document.querySelector(TOOLBAR_TAG) as HTMLElement).shadowRoot as ShadowRoot;

/** The tags the expanded toolbar offers to highlight and save all suggested for. */
const toolbarTags = () =>
  [...toolbarRoot().querySelectorAll('option')].map((option) => option.value).filter(Boolean);

async function startSession(): Promise<void> {
  session = pageSession(url, shelfClient());
  attachTagging(session, adapterFor(url), taggingClient);
  await session.start();
  await vi.waitFor(() =>
    expect(host(ids[0] as string)?.hasAttribute('data-suggested-tags')).toBe(true),
  );
}

beforeEach(() => {
  showPage(html);
  states = new Map();
  suggestCalls = [];
  suggestions = { [FL_PAPER]: ['federated learning'], [OTHER_FL_PAPER]: ['federated learning'] };
  taggingClient.tagged = [];
  taggingClient.undone = [];
});

afterEach(() => {
  session?.stop();
});

describe('suggestions on a listing', () => {
  it('asks once per scan, for every card, with the text capped, and marks every card', async () => {
    await startSession();
    expect(suggestCalls).toHaveLength(1);
    expect(suggestCalls[0]?.map((paper) => paper.id)).toEqual(ids);
    for (const paper of suggestCalls[0] ?? []) {
      expect((paper.abstract ?? '').length).toBeLessThanOrEqual(SUGGESTION_TEXT_CAP);
    }
    expect(host(FL_PAPER).dataset.suggestedTags).toBe('federated learning');
    expect(host(ids[0] as string).dataset.suggestedTags).toBe('');
    const button = host(FL_PAPER).shadowRoot?.querySelector('button.suggested');
    expect(button?.getAttribute('aria-label')).toBe('Add suggested tag federated learning');
  });

  it('asks about a long listing in batches, each card once, and marks the cards of each', async () => {
    const count = 2 * SUGGESTION_BATCH + 37;
    const listingIds = arxivNewListingIds(count).map((id) => `arxiv:${id}`);
    const lastId = listingIds.at(-1) as string;
    suggestions = { [listingIds[3] as string]: ['theory'], [lastId]: ['theory'] };
    showPage(arxivNewListingHtml(count));
    const listingUrl = new URL('https://arxiv.org/list/cs.LG/new?skip=0&show=2000');
    session = pageSession(listingUrl, shelfClient());
    attachTagging(session, adapterFor(listingUrl), taggingClient);
    await session.start();
    await vi.waitFor(() => expect(host(lastId)?.dataset.suggestedTags).toBe('theory'), {
      timeout: 25_000,
    });
    expect(suggestCalls.map((batch) => batch.length)).toEqual([
      SUGGESTION_BATCH,
      SUGGESTION_BATCH,
      37,
    ]);
    expect(suggestCalls.flat().map((paper) => paper.id)).toEqual(listingIds);
    expect(host(listingIds[3] as string).dataset.suggestedTags).toBe('theory');
    expect(host(listingIds[4] as string).dataset.suggestedTags).toBe('');
    // 2,000-odd cards in happy-dom: seconds, and 5-8 s on a loaded machine.
  }, 30_000);

  it('a rescan that finds no new card sends nothing; new cards are asked about alone', async () => {
    await startSession();
    await session.scan();
    expect(suggestCalls).toHaveLength(1);

    const article = document.querySelector('article') as Element;
    const copy = article.cloneNode(true) as Element;
    for (const stale of copy.querySelectorAll('paper-shelf-card')) stale.remove();
    for (const link of copy.querySelectorAll('a[href^="/papers/"]')) {
      link.setAttribute(
        'href',
        (link.getAttribute('href') ?? '').replace(/\d{4}\.\d{5}/, '2607.29999'),
      );
    }
    article.parentElement?.append(copy);
    await session.scan();
    await vi.waitFor(() => expect(suggestCalls).toHaveLength(2));
    expect(suggestCalls[1]?.map((paper) => paper.id)).toEqual(['arxiv:2607.29999']);
  });

  it('accepting a suggestion tags the paper and drops the suggestion, then asks again once', async () => {
    await startSession();
    const suggested = host(FL_PAPER).shadowRoot?.querySelector('button.suggested');
    (suggested as HTMLButtonElement).click();
    const clickedAt = Date.now();
    await vi.waitFor(() => expect(host(FL_PAPER).dataset.tags).toBe('federated learning'));
    expect(host(FL_PAPER).dataset.suggestedTags).toBe('');
    expect(suggestCalls).toHaveLength(1);
    // The model changed: the page asks again, once, after things settle.
    await vi.waitFor(() => expect(suggestCalls).toHaveLength(2), {
      timeout: SUGGESTION_REFRESH_DELAY_MS * 3,
    });
    expect(Date.now() - clickedAt).toBeGreaterThanOrEqual(SUGGESTION_REFRESH_DELAY_MS - 50);
    expect(suggestCalls[1]).toHaveLength(ids.length);
  }, 15_000);

  it('asks again after a tag is deleted elsewhere, though no card here carried it', async () => {
    session = pageSession(url, shelfClient());
    const pageSuggestions = attachTagging(session, adapterFor(url), taggingClient);
    await session.start();
    await vi.waitFor(() => expect(host(FL_PAPER).dataset.suggestedTags).toBe('federated learning'));
    (toolbarRoot().querySelector('button.pill') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(toolbarTags()).toContain('federated learning'));

    // The options page deletes "federated learning": the model no longer knows it, and the
    // broadcast names only the papers that carried it, none of them on this listing; the content
    // script hands its tagsChanged on (run-listing-script.ts).
    suggestions = {};
    session.applyChanges([
      { ids: ['arxiv:2401.99999'], state: { saved: true, tags: [], revision: 1 } },
    ]);
    pageSuggestions.tagsChanged();
    await vi.waitFor(() => expect(suggestCalls).toHaveLength(2), {
      timeout: SUGGESTION_REFRESH_DELAY_MS * 3,
    });
    await vi.waitFor(() => expect(host(FL_PAPER).dataset.suggestedTags).toBe(''));
    expect(host(FL_PAPER).shadowRoot?.querySelector('button.suggested')).toBeNull();
    // Nor does the toolbar offer to save all the cards suggested for it.
    await vi.waitFor(() => expect(toolbarTags()).not.toContain('federated learning'));
  }, 15_000);
});

describe('listing toolbar', () => {
  it('sits outside <body> and counts cards and saved cards', async () => {
    states.set(ids[0] as string, { saved: true, tags: [] });
    await startSession();
    expect(document.querySelector(TOOLBAR_TAG)?.parentElement).toBe(document.documentElement);
    await vi.waitFor(() =>
      expect(toolbarRoot().querySelector('button.pill')?.textContent).toContain(
        `${ids.length} cards · 1 saved`,
      ),
    );
  });

  it('stays out of the way on a single paper’s page', async () => {
    const single = sitePage('huggingface', 'paper');
    showPage(single.html);
    session = pageSession(single.url, shelfClient());
    attachTagging(session, adapterFor(single.url), taggingClient);
    await session.start();
    await vi.waitFor(() => expect(document.querySelector('paper-shelf-card')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Not even an empty host: the toolbar goes in the page only with a listing to count.
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
  });

  it('highlights the suggested cards, saves them all, undoes, and restores the page on stop', async () => {
    await startSession();
    (toolbarRoot().querySelector('button.pill') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(toolbarRoot().querySelector('select')).not.toBeNull());
    const select = toolbarRoot().querySelector('select') as HTMLSelectElement;
    select.value = 'federated learning';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    const card = host(FL_PAPER).closest('article') as HTMLElement;
    await vi.waitFor(() => expect(host(FL_PAPER).hasAttribute('data-highlighted')).toBe(true));
    expect(card.style.getPropertyValue('outline')).toContain('solid');
    expect(host(ids[0] as string).hasAttribute('data-highlighted')).toBe(false);

    const saveAll = toolbarRoot().querySelector('button.save-all') as HTMLButtonElement;
    expect(saveAll.getAttribute('aria-label')).toBe(
      'Save all 2 cards suggested for federated learning',
    );
    saveAll.click();
    await vi.waitFor(() => expect(host(FL_PAPER).dataset.saved).toBe('true'));
    expect(taggingClient.tagged).toEqual([[FL_PAPER, OTHER_FL_PAPER]]);

    const undo = await vi.waitFor(() => {
      const button = toolbarRoot().querySelector('button.undo');
      if (!button) throw new Error('no undo yet');
      return button as HTMLButtonElement;
    });
    undo.click();
    await vi.waitFor(() => expect(host(FL_PAPER).dataset.saved).toBe('false'));
    expect(taggingClient.undone).toEqual(['token-1']);

    session.stop();
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
    expect(card.style.getPropertyValue('outline')).toBe('');
  });

  it('lets the cards the page removed go, and restores the others on stop', async () => {
    states.set(ids[0] as string, { saved: true, tags: [] });
    states.set(ids[1] as string, { saved: true, tags: [] });
    await startSession();
    await chooseSavedView('dim');
    await vi.waitFor(() => expect(cardOf(ids[0] as string).style.opacity).toBe('0.4'));
    const kept = cardOf(ids[1] as string);
    expect(kept.style.opacity).toBe('0.4');

    const removed = removeCard(ids[0] as string);
    await session.scan();
    const collectGarbage = exposedGc();
    await vi.waitFor(() => {
      collectGarbage();
      expect(removed.deref()).toBeUndefined();
    });

    session.stop();
    expect(kept.style.opacity).toBe('');
  });
  it('gives a dimmed card back its look when the page reuses it for something not a paper', async () => {
    states.set(ids[0] as string, { saved: true, tags: [] });
    await startSession();
    await chooseSavedView('hide');
    const card = cardOf(ids[0] as string);
    await vi.waitFor(() => expect(card.style.display).toBe('none'));

    // An unkeyed list puts an announcement where the paper was: no paper link is left.
    for (const link of card.querySelectorAll('[href]')) link.setAttribute('href', '/posts/news');
    await vi.waitFor(() => expect(card.querySelector('paper-shelf-card')).toBeNull());
    expect(card.style.display).toBe('');
    await vi.waitFor(() =>
      expect(toolbarRoot().querySelector('.summary')?.textContent).toBe(
        `${ids.length - 1} cards · 0 saved`,
      ),
    );
  });
});

/** Opens the toolbar and picks how saved cards look: `show`, `dim` or `hide`. */
async function chooseSavedView(view: 'show' | 'dim' | 'hide'): Promise<void> {
  (toolbarRoot().querySelector('button.pill') as HTMLButtonElement).click();
  const radio = await vi.waitFor(() => {
    const input = toolbarRoot().querySelector(`input[value="${view}"]`);
    if (!input) throw new Error('no saved-view choice yet');
    return input as HTMLInputElement;
  });
  radio.click();
}

/** Takes the card of `id` out of the page; only a weak reference to it is left. */
function removeCard(id: string): WeakRef<HTMLElement> {
  const card = cardOf(id);
  card.remove();
  return new WeakRef(card);
}

/** V8's gc(), which Node exposes only with --expose-gc: the flag can be set at run time. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}
