/**
 * What the options page's tag actions tell open listing tabs: the papers that changed, and for a
 * rename, merge or delete, that the tags themselves changed, so each tab asks for suggestions
 * again (entrypoints/listing/page-suggestions.ts) even when none of its cards carried the tag.
 */
import { tagActions } from '@/components/tag-actions';
import { db } from '@/lib/db/db';
import { editPaperTags } from '@/lib/db/papers';
import { ensureTags } from '@/lib/db/tags';
import { candidate } from '../fixtures/papers';
import { recordTabMessages, type SentToTab } from '../fixtures/tab-messages';

let sent: SentToTab[];

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
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('tells listing tabs that the tags changed after a rename, a merge and a delete', async () => {
  await tagActions.rename('fl', 'federated learning');
  await tagActions.merge(['federated learning'], 'ml');
  await tagActions.delete('ml');
  expect(toldTab()).toEqual([
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
    { ids: ['arxiv:2607.00001'], tagsChanged: true },
  ]);
});

it('tells them even when no paper carried the tag', async () => {
  expect(await tagActions.delete('unused')).toBe(0);
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
  expect(toldTab()).toEqual([{ ids: ['arxiv:2607.00001'], tagsChanged: undefined }]);
});
