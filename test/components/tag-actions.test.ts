/**
 * What the options page's tag actions tell open listing tabs: the papers that changed, and for a
 * rename, merge or delete, that the tags themselves changed, so each tab asks for suggestions
 * again (entrypoints/listing/page-suggestions.ts) even when none of its cards carried the tag.
 * The page hands that to the background in one runtime message, sent by the time the action
 * resolves (lib/messaging/announce.ts), and the background tells the tabs.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tagActions } from '@/components/tag-actions';
import { paperHandlers } from '@/entrypoints/background/paper-handlers';
import { db } from '@/lib/db/db';
import { editPaperTags } from '@/lib/db/papers';
import { ensureTags } from '@/lib/db/tags';
import { registerHandlers } from '@/lib/messaging/dispatch';
import { removeAllListeners } from '@/lib/messaging/protocol';
import { deliverRuntimeMessages, type SentRuntimeMessage } from '../fixtures/announcements';
import { candidate } from '../fixtures/papers';
import { recordTabMessages, type SentToTab } from '../fixtures/tab-messages';

let sent: SentToTab[];
let announced: SentRuntimeMessage[];
let replies: () => Promise<unknown[]>;

/** What listing tab 3 was told, one entry per message. */
const toldTab = () =>
  sent
    .filter((send) => send.tabId === 3)
    .map(({ message }) => {
      const data = message.data as { changes: Array<{ ids: string[] }>; tagsChanged?: boolean };
      return { ids: data.changes.map((change) => change.ids[0]), tagsChanged: data.tagsChanged };
    });

beforeEach(async () => {
  await Promise.all([db.papers.clear(), db.tags.clear(), db.rules.clear()]);
  await editPaperTags(candidate({ id: 'arxiv:2607.00001' }), { add: ['fl', 'ml'] });
  await db.transaction('rw', db.tags, () => ensureTags(['unused']));
  sent = recordTabMessages([3, 4]);
  ({ sent: announced, replies } = deliverRuntimeMessages());
  registerHandlers(paperHandlers);
});

afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

it('hands each change to the background in one message, sent as the action resolves', async () => {
  await tagActions.rename('fl', 'federated learning');
  expect(announced.map((message) => message.type)).toEqual(['announceChanges']);
  await tagActions.delete('unused');
  expect(announced).toHaveLength(2);
  // The page itself queries and messages no tab: that is the background's part.
  await replies();
  expect(vi.mocked(fakeBrowser.tabs.query)).toHaveBeenCalledTimes(2);
  expect(toldTab()).toHaveLength(2);
});

it('tells listing tabs that the tags changed after a rename, a merge and a delete', async () => {
  await tagActions.rename('fl', 'federated learning');
  await tagActions.merge(['federated learning'], 'ml');
  await tagActions.delete('ml');
  await replies();
  expect(toldTab()).toEqual([
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
  ]);
});

it('tells them even when no paper carried the tag', async () => {
  expect(await tagActions.delete('unused')).toBe(0);
  await replies();
  expect(toldTab()).toEqual([{ ids: [], tagsChanged: true }]);
});

it('applying a rule only reports the papers it tagged', async () => {
  const rule = await tagActions.addRule({
    tag: 'bounds',
    field: 'title',
    pattern: 'Bounds',
    isRegex: false,
  });
  expect(await tagActions.applyRule(rule.id)).toBe(1);
  await replies();
  expect(toldTab()).toEqual([{ ids: ['arxiv:2607.00001'], tagsChanged: undefined }]);
});

it("tells the tabs of a recolour, each paper's state with the tag's new colour", async () => {
  expect(await tagActions.recolor('ml', '#0F766E')).toBe(1);
  await replies();
  expect(toldTab()).toEqual([{ ids: ['arxiv:2607.00001'], tagsChanged: undefined }]);
  expect(sent[0]?.message.data).toMatchObject({
    changes: [{ state: { tags: ['fl', 'ml'], tagColors: { ml: '#0f766e' } } }],
  });
});
