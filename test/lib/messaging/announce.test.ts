/**
 * An extension page's side of a broadcast (lib/messaging/announce.ts): one runtime message to the
 * background, gone before announceChanges returns, so that a popup closed right after its write
 * (Escape, a click on the page) still gets its change to every listing tab; the page itself
 * queries and messages no tab. Then the whole way: the background's listener takes the message,
 * checks the sender, and tells the tabs with the revisions the page stamped.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paperHandlers } from '@/entrypoints/background/paper-handlers';
import { db } from '@/lib/db/db';
import type { PaperChange } from '@/lib/db/papers';
import { announceChanges } from '@/lib/messaging/announce';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { removeAllListeners } from '@/lib/messaging/protocol';
import { deliverRuntimeMessages } from '../../fixtures/announcements';
import { contentScriptSender } from '../../fixtures/senders';
import { recordTabMessages, type SentToTab } from '../../fixtures/tab-messages';

const removal: PaperChange = {
  ids: ['arxiv:2607.01234', 'doi:10.1000/xyz'],
  state: { saved: false, tags: [] },
};
const tagged: PaperChange = {
  ids: ['arxiv:2607.00002'],
  state: { saved: true, tags: ['graphs'], status: 'reading' },
};

let sentToTabs: SentToTab[];

beforeEach(async () => {
  await db.papers.clear();
  sentToTabs = recordTabMessages([3, 4]);
});

afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

describe('announceChanges, in the page', () => {
  it('sends one runtime message before it returns, and no tab message of its own', async () => {
    const { sent } = deliverRuntimeMessages();
    const before = Date.now();
    const announced = announceChanges([removal, tagged]);
    // Synchronously: nothing awaited in between, so a page that closes now has sent it.
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      id: expect.any(Number),
      type: 'announceChanges',
      data: {
        changes: [
          { ids: removal.ids, state: { ...removal.state, revision: expect.any(Number) } },
          { ids: tagged.ids, state: { ...tagged.state, revision: expect.any(Number) } },
        ],
      },
      timestamp: expect.any(Number),
    });
    // Stamped in the page, as its write resolved (lib/messaging/revision.ts).
    const [first, second] = (sent[0]!.data as { changes: PaperChange[] }).changes;
    expect(first?.state.revision).toBeGreaterThanOrEqual(before);
    expect(second?.state.revision).toBeGreaterThan(first?.state.revision as number);
    await announced;
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(sentToTabs).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('keeps a revision the change already has', () => {
    const { sent } = deliverRuntimeMessages();
    void announceChanges([{ ...removal, state: { ...removal.state, revision: 42 } }]);
    expect(sent[0]?.data).toEqual({
      changes: [{ ids: removal.ids, state: { saved: false, tags: [], revision: 42 } }],
    });
  });

  it('says when tags changed, even with no paper changed; sends nothing for nothing', () => {
    const { sent } = deliverRuntimeMessages();
    void announceChanges([]);
    expect(sent).toEqual([]);
    void announceChanges([], { tagsChanged: true });
    expect(sent.map((message) => message.data)).toEqual([{ changes: [], tagsChanged: true }]);
  });

  it('resolves, logging, when the send fails or the background refuses', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce({ err: { name: 'MessageRefusedError', message: 'no' } } as never)
      .mockImplementationOnce(() => {
        throw new Error('Extension context invalidated.');
      });
    for (let i = 0; i < 3; i++) await expect(announceChanges([removal])).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(3);
    expect(error).toHaveBeenCalledTimes(3);
  });
});

describe('announceChanges, the whole way through the background', () => {
  beforeEach(() => {
    registerHandlers(paperHandlers);
  });

  it('reaches every listing tab with the states and revisions the page stamped', async () => {
    const { sent, replies } = deliverRuntimeMessages();
    void announceChanges([removal, tagged], { tagsChanged: true });
    expect(await replies()).toEqual([{ res: undefined }]);
    const announced = sent[0]?.data as { changes: PaperChange[] };
    expect(sentToTabs.map((send) => send.tabId)).toEqual([3, 4]);
    for (const { message } of sentToTabs) {
      expect(message).toMatchObject({
        type: 'savedStatesChanged',
        data: { changes: announced.changes, tagsChanged: true },
      });
    }
  });

  it('is refused from a content script: no tab is told anything', async () => {
    const { replies } = deliverRuntimeMessages(contentScriptSender);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await announceChanges([{ ids: ['arxiv:2607.01234'], state: { saved: true, tags: ['x'] } }]);
    expect(await replies()).toEqual([
      { err: expect.objectContaining({ name: 'MessageRefusedError' }) },
    ]);
    expect(sentToTabs).toEqual([]);
    expect(error).toHaveBeenCalledOnce();
  });
});
