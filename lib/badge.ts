/**
 * The toolbar badge: how many saved papers are still to read.
 *
 * Why this count and not "saved papers on this page": on a listing, every card already shows
 * whether it is saved, so a per-page count repeats what is on screen; the backlog is seen nowhere
 * until the popup opens. It is also the cheaper one: one count on the `status` index after a
 * change, one global badge, no per-tab state to rebuild when the service worker restarts.
 */
import { browser } from 'wxt/browser';
import { db } from './db/db';

/** The toolbar has room for about four characters. */
export function badgeText(toRead: number): string {
  if (toRead <= 0) return '';
  if (toRead < 1000) return String(toRead);
  return `${Math.floor(toRead / 1000)}k+`;
}

/** Shows the current count; called after every change to the shelf, wherever it was made. */
export async function refreshBadge(): Promise<void> {
  // MV2 (Firefox) names the toolbar button browserAction.
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const toRead = await db.papers.where('status').equals('to-read').count();
  await action.setBadgeBackgroundColor({ color: '#b45309' });
  await action.setBadgeText({ text: badgeText(toRead) });
  await action.setTitle({
    title:
      toRead === 1
        ? 'Paper Shelf: 1 paper to read'
        : `Paper Shelf: ${toRead.toLocaleString()} papers to read`,
  });
}
