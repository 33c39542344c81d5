/**
 * Tells every open listing tab that papers changed, so each card stays current whether the
 * change came from another tab, the popup or the options page; and brings the toolbar badge up
 * to date. Every write to the shelf ends here, whichever page made it; always in the background:
 * an extension page hands its changes over (lib/messaging/announce.ts), since it may be closed
 * before a broadcast of its own reached every tab.
 */
import { browser } from 'wxt/browser';
import { refreshBadge } from '../badge';
import type { PaperChange } from '../db/papers';
import { withTagColors } from '../db/tags';
import { delay } from '../scheduling';
import { CONTENT_MATCHES } from '../sites';
import { messageEnvelope } from './envelope';
import type { ProtocolMap } from './protocol';
import { stampedChange } from './revision';

/**
 * How long a change waits for a tab to take its message. Every handler awaits its broadcast
 * before it replies, so a tab that does not answer (a page the browser froze to save power, one
 * stuck in a long task) would keep the tab that saved waiting for its reply, and the
 * suggestions' training waiting for the worker to be idle. The message still reaches a tab that
 * takes longer; only the wait for it ends.
 */
export const TAB_DELIVERY_WAIT_MS = 1_000;

/**
 * `tagsChanged`: the change renamed, merged or deleted a tag (components/tag-actions.ts). Tabs
 * then ask for fresh suggestions: a tab asks by itself only when one of its own cards changed
 * tags, and a tag gone from papers none of its cards show would stay suggested there, to be
 * created again by a click on the chip. Sent even when no paper changed.
 *
 * Returns the changes as the tabs got them, stamped and with their tags' colours: a handler
 * answers its own tab with the same state (a reply of the same revision replaces the broadcast's).
 */
export async function broadcastPaperChanges(
  changes: PaperChange[],
  { tagsChanged = false }: { tagsChanged?: boolean } = {},
): Promise<PaperChange[]> {
  if (changes.length === 0 && !tagsChanged) return [];
  const badge = refreshBadge().catch((error) =>
    console.error('Paper Shelf: updating the badge failed', error),
  );
  // Changes come stamped from the handlers and from extension pages (announceChanges); any other
  // (the link menu's save) gets its revision here. Colours are added here, for every sender:
  // extension pages announce states as their own writes left them.
  const stamped = changes.map(stampedChange);
  const states = await withTagColors(stamped.map((change) => change.state));
  const sent = stamped.map((change, index) => ({
    ...change,
    state: states[index] ?? change.state,
  }));
  // Host permissions for the listing sites let us find those tabs without the "tabs" permission.
  const tabs = await browser.tabs.query({ url: CONTENT_MATCHES });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const delivered = notifyTab(tab.id, 'savedStatesChanged', {
        changes: sent,
        ...(tagsChanged && { tagsChanged }),
      }).catch(() => {
        // A tab still loading, or one whose content script is gone after an update: it asks
        // for fresh states on its next scan.
      });
      await Promise.race([delivered, delay(TAB_DELIVERY_WAIT_MS)]);
    }),
  );
  await badge;
  return sent;
}

/** Messages only ever sent to listing tabs, never answered by the background. */
type TabMessageName = 'savedStatesChanged';

/**
 * Sends `name` to a tab as @webext-core/messaging's sendMessage(name, data, tabId) would, but
 * through the promise form of tabs.sendMessage. The library (4.0.0) hands Chrome a callback that
 * never reads runtime.lastError, so each tab without our content script (an offline error page,
 * a tab opened before install) logged "Unchecked runtime.lastError: Could not establish
 * connection" in the worker's console; a rejected promise is ours to catch. The message has the
 * library's shape, so the content script's onMessage receives it as its own
 * (test/lib/messaging/broadcast.test.ts).
 */
async function notifyTab<Name extends TabMessageName>(
  tabId: number,
  name: Name,
  data: Parameters<ProtocolMap[Name]>[0],
): Promise<void> {
  await browser.tabs.sendMessage(tabId, messageEnvelope(name, data));
}
