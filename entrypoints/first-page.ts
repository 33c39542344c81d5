/**
 * Loaded by the popup and the options page as a classic `defer` script in their head, ahead of
 * their module script: it runs as soon as the (tiny) page is parsed, while the modules still load,
 * and starts reading the newest papers so that IndexedDB answers meanwhile
 * (lib/db/first-page.ts). Built as `/first-page.js`, a ~1 KB IIFE.
 *
 * `defer`, not `async`: deferred scripts and module scripts run in document order, so the read has
 * always started when the reading list mounts to take it. An `async` script runs whenever its
 * fetch ends, and on a busy machine that was sometimes after the module had mounted (the list then
 * read through Dexie, and the early read was wasted).
 */
import { startFirstPageRead } from '@/lib/db/first-page';

export default defineUnlistedScript(() => {
  startFirstPageRead();
});
