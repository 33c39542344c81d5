/**
 * The broadcast to listing tabs sends its own message (lib/messaging/broadcast.ts), so that a
 * tab it cannot reach is a rejected promise rather than an unchecked runtime.lastError. These
 * tests hold it to what the content script listens with: @webext-core/messaging's onMessage.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/db';
import type { PaperChange } from '@/lib/db/papers';
import { broadcastPaperChanges, TAB_DELIVERY_WAIT_MS } from '@/lib/messaging/broadcast';
import { onMessage, type PaperChangeMessage, removeAllListeners } from '@/lib/messaging/protocol';

const change: PaperChange = {
  ids: ['arxiv:2607.01234', 'doi:10.1000/xyz'],
  state: { saved: true, tags: ['graphs'], status: 'reading' },
};

/** Tabs 7 and 8 are listing tabs; a send to `unreachable` fails as Chrome fails it. */
function listingTabs({ unreachable }: { unreachable?: number } = {}) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId, message) => {
    if (tabId === unreachable) {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    // Delivered to this context's runtime.onMessage, where the content script's
    // library-made listener is registered; its answer comes back.
    return fakeBrowser.runtime.sendMessage(message);
  });
}

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

describe('broadcastPaperChanges', () => {
  it("reaches the content script's onMessage with the changes, revision stamped and tags coloured", async () => {
    await db.tags.put({ name: 'graphs', color: '#0f766e', createdAt: 1 });
    const sendMessage = listingTabs();
    const received: PaperChangeMessage[][] = [];
    onMessage('savedStatesChanged', ({ data }) => {
      received.push(data.changes);
    });
    const sent = await broadcastPaperChanges([change]);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage.mock.calls.map(([tabId]) => tabId)).toEqual([7, 8]);
    const expected = {
      ids: change.ids,
      state: { ...change.state, revision: expect.any(Number), tagColors: { graphs: '#0f766e' } },
    };
    expect(received).toEqual([[expected], [expected]]);
    // What the handler answers its own tab with: the very states the tabs got.
    expect(sent).toEqual(received[0]);
    // The library's own shape: an id, the name, the data and a timestamp.
    const [, message] = sendMessage.mock.calls[0] ?? [];
    expect(message).toEqual({
      id: expect.any(Number),
      type: 'savedStatesChanged',
      data: { changes: received[0] },
      timestamp: expect.any(Number),
    });
  });

  it('goes on past a tab without our content script, and resolves', async () => {
    listingTabs({ unreachable: 7 });
    const received: number[] = [];
    onMessage('savedStatesChanged', ({ data }) => {
      received.push(data.changes.length);
    });
    await expect(broadcastPaperChanges([change])).resolves.toHaveLength(1);
    expect(received).toEqual([1]);
  });

  it('does not wait past TAB_DELIVERY_WAIT_MS for a tab that holds the message (frozen)', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
      let done = false;
      const broadcast = broadcastPaperChanges([change]).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(TAB_DELIVERY_WAIT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await broadcast;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing when nothing changed', async () => {
    const sendMessage = listingTabs();
    await broadcastPaperChanges([]);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
