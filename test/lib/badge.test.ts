import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, refreshBadge } from '@/lib/badge';
import { db } from '@/lib/db/db';
import { savePaper, setPaperStatus } from '@/lib/db/papers';
import { candidate } from '../fixtures/papers';

beforeEach(async () => {
  await db.papers.clear();
});

it('fits the count of papers to read in the badge', () => {
  expect(badgeText(0)).toBe('');
  expect(badgeText(7)).toBe('7');
  expect(badgeText(999)).toBe('999');
  expect(badgeText(1000)).toBe('1k+');
  expect(badgeText(12_345)).toBe('12k+');
});

it('shows how many papers are still to read', async () => {
  await savePaper(candidate({ id: 'arxiv:2607.00001' }));
  await savePaper(candidate({ id: 'arxiv:2607.00002' }));
  await setPaperStatus('arxiv:2607.00002', 'read');
  await refreshBadge();
  expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  expect(await fakeBrowser.action.getTitle({})).toBe('Paper Shelf: 1 paper to read');
});
