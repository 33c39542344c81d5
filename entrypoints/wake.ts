/**
 * Starts the background worker as a listing starts loading. Chromium stops an idle worker after
 * 30 s, so most listings a reader opens find it stopped, and the site's script, which runs at
 * `document_idle`, waited for it to start before its saved states came back (~70-150 ms more
 * than with a running worker: bench/README.md, seventeenth round). Sent from here, at
 * `document_start`, the worker starts and opens the database while the page is still parsed.
 *
 * A content script on every page of every supported site (wxt.config.ts adds it to the
 * manifest), so it is as small as a script can be: no adapter, no widget code, one message whose
 * answer nothing waits for. An unlisted script, as a content script's manifest options would
 * bring all the adapters into its bundle for their `matches`.
 */
import { sendMessage } from '@/lib/messaging/protocol';

export default defineUnlistedScript(() => {
  // A worker that cannot be reached (the extension reloading) changes nothing for the page.
  sendMessage('openShelf', {}).catch(() => {});
});
