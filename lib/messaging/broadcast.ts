/**
 * Tells every open listing tab that papers changed, so each card stays current whether the
 * change came from another tab, the popup or the options page; and brings the toolbar badge up
 * to date. Every write to the shelf ends here, whichever page made it.
 */
import { browser } from 'wxt/browser';
import { refreshBadge } from '../badge';
import type { PaperChange } from '../db/papers';
import { CONTENT_MATCHES } from '../sites';
import { sendMessage } from './protocol';
import { withRevision } from './revision';

export async function broadcastPaperChanges(changes: PaperChange[]): Promise<void> {
  if (changes.length === 0) return;
  const badge = refreshBadge().catch((error) =>
    console.error('Paper Shelf: updating the badge failed', error),
  );
  // Changes made outside the background (a removal in the popup) get their revision here.
  const stamped = changes.map((change) => ({ ...change, state: withRevision(change.state) }));
  // Host permissions for the listing sites let us find those tabs without the "tabs" permission.
  const tabs = await browser.tabs.query({ url: CONTENT_MATCHES });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await sendMessage('savedStatesChanged', { changes: stamped }, tab.id);
      } catch {
        // A tab still loading, or one whose content script is gone after an update: it asks
        // for fresh states on its next scan.
      }
    }),
  );
  await badge;
}
