// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * A listing tab keeps the latest state of each paper whatever order replies and broadcasts
 * arrive in (two tabs tagging one paper at once): a PageSession on the Hugging Face fixture,
 * with a client whose reply the test releases after a newer broadcast; then with the
 * background's own handlers behind the client, so that every kind of reply is covered as the
 * background really sends it.
 */
import { paperHandlers } from '@/entrypoints/background/paper-handlers';
import { SuggestionService } from '@/entrypoints/background/suggestion-service';
import { createTagHandlers } from '@/entrypoints/background/tag-handlers';
import type { PageSession, ShelfClient } from '@/entrypoints/listing/page-session';
import { db } from '@/lib/db/db';
import { dispatchMessage, type MessageHandler } from '@/lib/messaging/dispatch';
import type { MessageName, ProtocolMap } from '@/lib/messaging/protocol';
import type { PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { pageSession, showPage, sitePage } from '../../fixtures/listing-page';
import { contentScriptSender } from '../../fixtures/senders';
import { recordTabMessages, type SentToTab } from '../../fixtures/tab-messages';

const { html, url, candidates } = sitePage('huggingface', 'daily');
const paperId = candidates[0]?.id as string;

let releaseReply: (state: SavedState) => void;

const client: ShelfClient = {
  getSavedStates: async (ids) =>
    Object.fromEntries(ids.map((id) => [id, { saved: false, tags: [], revision: 1 }])),
  savePaper: () =>
    new Promise((resolve) => {
      releaseReply = resolve;
    }),
  removePaper: async () => ({ saved: false, tags: [] }),
  editPaperTags: async () => ({ saved: true, tags: [] }),
  setPaperStatus: async () => ({ saved: true, tags: [] }),
  listTagNames: async () => [],
};

const host = () =>
  document.querySelector(`paper-shelf-card[data-paper-id="${paperId}"]`) as HTMLElement;

let session: PageSession;

async function startSession(shelf: ShelfClient): Promise<void> {
  showPage(html);
  session = pageSession(url, shelf);
  await session.start();
}

afterEach(() => session.stop());

describe('a tab receiving states out of order', () => {
  beforeEach(async () => {
    await startSession(client);
    await vi.waitFor(() => expect(host()?.dataset.saved).toBe('false'));
    // The user clicks Save; the reply is held back.
    (host().shadowRoot!.querySelector('button') as HTMLButtonElement).click();
  });

  it('keeps a newer broadcast over its own older reply', async () => {
    session.applyChanges([
      { ids: [paperId], state: { saved: true, tags: ['alpha', 'beta'], revision: 20 } },
    ]);
    releaseReply({ saved: true, tags: ['alpha'], revision: 10 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host().dataset.tags).toBe('alpha,beta');
  });

  it('takes its own reply when it is the newer one', async () => {
    session.applyChanges([
      { ids: [paperId], state: { saved: true, tags: ['beta'], revision: 10 } },
    ]);
    releaseReply({ saved: true, tags: ['alpha', 'beta'], revision: 20 });
    await vi.waitFor(() => expect(host().dataset.tags).toBe('alpha,beta'));
  });
});

describe('a tab receiving the background’s replies late', () => {
  const paper = candidates[0] as PaperCandidate;
  const tagHandlers = createTagHandlers(new SuggestionService());
  let broadcasts: SentToTab[];
  /** Replies wait for this before they reach tab A, as behind a busy worker. */
  let replyGate: Promise<void>;
  let openGate: () => void;

  /** A message of this tab (or another one) answered by the background's own handler. */
  function send<Name extends MessageName>(name: Name, data: Parameters<ProtocolMap[Name]>[0]) {
    const handler = (paperHandlers[name] ?? tagHandlers[name]) as MessageHandler<Name>;
    return dispatchMessage(name, handler, data, contentScriptSender);
  }

  const late =
    <Args extends unknown[], Reply>(call: (...args: Args) => Promise<Reply>) =>
    async (...args: Args): Promise<Reply> => {
      const reply = await call(...args);
      await replyGate;
      return reply;
    };

  /** Tab B adds a tag to the paper; tab A receives the broadcast before its own reply. */
  async function otherTabAddsTag(tag: string): Promise<void> {
    const before = broadcasts.length;
    await send('editPaperTags', { candidate: paper, add: [tag], remove: [] });
    const broadcast = broadcasts[before]?.message.data as Parameters<
      ProtocolMap['savedStatesChanged']
    >[0];
    session.applyChanges(broadcast.changes);
    await vi.waitFor(() => expect(host().dataset.tags).toContain(tag));
  }

  beforeEach(async () => {
    await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
    broadcasts = recordTabMessages();
    replyGate = new Promise((resolve) => {
      openGate = resolve;
    });
    await send('savePaper', { candidate: paper });
    await startSession({
      getSavedStates: (ids) => send('getSavedStates', { ids }),
      savePaper: (candidate) => send('savePaper', { candidate }),
      removePaper: (id) => send('removePaper', { id }),
      editPaperTags: (candidate, edit) =>
        send('editPaperTags', { candidate, add: edit.add ?? [], remove: edit.remove ?? [] }),
      setPaperStatus: late((id, status) => send('setPaperStatus', { id, status })),
      listTagNames: () => send('listTagNames', {}),
    });
    await vi.waitFor(() => expect(host()?.dataset.saved).toBe('true'));
  });

  afterEach(() => vi.restoreAllMocks());

  it('keeps a newer broadcast over the late reply to a status change', async () => {
    const root = host().shadowRoot as ShadowRoot;
    (root.querySelector('button.status') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[role="menuitemradio"]')).not.toBeNull());
    const reading = [...root.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')].find(
      (item) => item.textContent?.includes('Reading'),
    ) as HTMLButtonElement;
    reading.click();
    await vi.waitFor(async () => expect((await db.papers.get(paperId))?.status).toBe('reading'));
    await otherTabAddsTag('from tab B');
    openGate();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host().dataset.tags).toBe('from tab B');
    expect((root.querySelector('button.status') as HTMLElement).dataset.status).toBe('reading');
  });

  it('keeps a newer broadcast over the late replies to bulk tagging and its undo', async () => {
    // What the listing toolbar does with tagPapers' reply (listing-toolbar.ts saveAll, undo).
    const tagged = late(() => send('tagPapers', { candidates: [paper], tag: 'diffusion' }))();
    await vi.waitFor(async () =>
      expect((await db.papers.get(paperId))?.tags).toEqual(['diffusion']),
    );
    await otherTabAddsTag('from tab B');
    openGate();
    const { changes, undoToken } = await tagged;
    session.applyChanges(changes);
    expect(host().dataset.tags).toBe('diffusion,from tab B');

    replyGate = new Promise((resolve) => {
      openGate = resolve;
    });
    const undone = late(() => send('undoTagPapers', { undoToken }))();
    await vi.waitFor(async () =>
      expect((await db.papers.get(paperId))?.tags).toEqual(['from tab B']),
    );
    await otherTabAddsTag('again');
    openGate();
    session.applyChanges((await undone).changes);
    expect(host().dataset.tags).toBe('from tab B,again');
  });
});
