/**
 * The badge at each start of the worker (entrypoints/background/index.ts): set at the first start
 * after the extension or the browser started, re-enabling included, and left alone at later wakes.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_SHOWN_KEY, showBadgeOncePerSession } from '@/lib/badge';
import { db } from '@/lib/db/db';
import { savePaper } from '@/lib/db/papers';
import { candidate } from '../../fixtures/papers';

beforeEach(async () => {
  await db.papers.clear();
});

it('is set at the first worker start after the extension was (re-)enabled, not at every wake', async () => {
  await savePaper(candidate({ id: 'arxiv:2607.00001' }));
  await showBadgeOncePerSession();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  // A paper added behind the badge's back: a later wake in the same session counts nothing.
  await savePaper(candidate({ id: 'arxiv:2607.00002' }));
  await showBadgeOncePerSession();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  // Disabled and enabled again: Chrome blanks the badge and empties storage.session.
  await fakeBrowser.action.setBadgeText({ text: '' });
  await fakeBrowser.storage.session.clear();
  await showBadgeOncePerSession();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  expect(await fakeBrowser.storage.session.get(BADGE_SHOWN_KEY)).toEqual({
    [BADGE_SHOWN_KEY]: true,
  });
});
