/**
 * The reading list's writes (lib/shelf/actions.ts) and what open listing tabs hear of them. The
 * popup closes on Escape or a click on the page, and its scripts stop with it: each action hands
 * its changes to the background in one runtime message, sent by the time the action resolves,
 * and leaves the tabs and the badge to the background (lib/messaging/announce.ts).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { paperHandlers } from '@/entrypoints/background/paper-handlers';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/db/papers';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { removeAllListeners } from '@/lib/messaging/protocol';
import * as shelf from '@/lib/shelf/actions';
import { deliverRuntimeMessages, type SentRuntimeMessage } from '../../fixtures/announcements';
import { candidate } from '../../fixtures/papers';
import { recordTabMessages, type SentToTab } from '../../fixtures/tab-messages';

const ID = 'arxiv:2607.01234';
const DOI = 'doi:10.1000/xyz';

let sentToTabs: SentToTab[];
let announced: SentRuntimeMessage[];
let replies: () => Promise<unknown[]>;

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear()]);
  await savePaper(candidate({ aliases: [DOI] }));
  sentToTabs = recordTabMessages([3, 4]);
  ({ sent: announced, replies } = deliverRuntimeMessages());
});

afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

/** Long enough for anything the page would still do after the action: a lazy import, a query. */
const afterThePageWouldHaveActed = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('each action of the reading list', () => {
  const actions: Array<[string, () => Promise<unknown>]> = [
    ['remove', () => shelf.remove([ID])],
    ['setStatus', () => shelf.setStatus([ID], 'read')],
    ['addTag', () => shelf.addTag([ID], 'graphs')],
    ['saveNote', () => shelf.saveNote(ID, '§3')],
  ];

  it.each(actions)('%s: one message to the background by the time it resolves', async (_, act) => {
    await act();
    // Sent as the write resolved, before the action's promise: a popup closed now has sent it.
    expect(announced.map((message) => message.type)).toEqual(['announceChanges']);
    await afterThePageWouldHaveActed();
    // The page itself asks for no tab and messages none; only its own announcements went out.
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(sentToTabs).toEqual([]);
    expect(announced.every((message) => message.type === 'announceChanges')).toBe(true);
  });

  it('restore (undo): one message of its own, the paper saved again', async () => {
    const removed = await shelf.remove([ID]);
    await shelf.restore(removed);
    expect(announced).toHaveLength(2);
    expect(announced[1]?.data).toMatchObject({
      changes: [{ ids: [ID, DOI], state: { saved: true, revision: expect.any(Number) } }],
    });
    await afterThePageWouldHaveActed();
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
  });

  it('removal: exactly one message, the paper unsaved under all its ids, stamped', async () => {
    const start = Date.now();
    await shelf.remove([ID]);
    expect(announced).toHaveLength(1);
    expect(announced[0]?.data).toEqual({
      changes: [
        { ids: [ID, DOI], state: { saved: false, tags: [], revision: expect.any(Number) } },
      ],
    });
    const [change] = (announced[0]!.data as { changes: Array<{ state: { revision: number } }> })
      .changes;
    expect(change?.state.revision).toBeGreaterThanOrEqual(start);
  });
});

describe('through the background', () => {
  beforeEach(() => {
    registerHandlers(paperHandlers);
  });

  it('a removal in the popup reaches every listing tab and the badge', async () => {
    await fakeBrowser.action.setBadgeText({ text: '1' });
    await shelf.remove([ID]);
    await replies();
    expect(sentToTabs.map((sent) => sent.tabId)).toEqual([3, 4]);
    expect(sentToTabs[0]?.message).toMatchObject({
      type: 'savedStatesChanged',
      data: { changes: [{ ids: [ID, DOI], state: { saved: false, tags: [] } }] },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a status change keeps the revision the popup stamped as its write resolved', async () => {
    await shelf.setStatus([ID], 'reading');
    await replies();
    const pageState = (announced[0]!.data as { changes: Array<{ state: unknown }> }).changes[0]
      ?.state;
    expect(pageState).toEqual({
      saved: true,
      tags: [],
      status: 'reading',
      revision: expect.any(Number),
    });
    expect(sentToTabs[0]?.message).toMatchObject({
      data: { changes: [{ ids: [ID, DOI], state: pageState }] },
    });
  });
});
