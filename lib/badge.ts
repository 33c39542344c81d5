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

/** In storage.session: the badge has been set since the extension (or the browser) started. */
export const BADGE_SHOWN_KEY = 'badge-shown';

/**
 * At each start of the worker: sets the badge unless it is known to be set already. The badge
 * text outlives the worker, but Chrome clears it when the extension is disabled and enabled
 * again, which fires neither runtime.onStartup nor onInstalled, and the badge stayed blank until
 * the shelf next changed. storage.session is emptied on the same occasions (disable, reload,
 * update, browser restart), so a flag kept there says whether the badge is still showing; every
 * other wake costs one read of it, not a count of the shelf ahead of the message that woke it.
 */
export async function showBadgeOncePerSession(): Promise<void> {
  const stored = await browser.storage.session.get(BADGE_SHOWN_KEY);
  if (stored[BADGE_SHOWN_KEY]) return;
  await refreshBadge();
  // After the badge is set: a start that failed to set it leaves the next one to try.
  await browser.storage.session.set({ [BADGE_SHOWN_KEY]: true });
}
