/**
 * Loaded by the popup and the options page as a classic `async` script in their head: it runs
 * before their modules have loaded, and starts reading the newest papers so that IndexedDB
 * answers meanwhile (lib/db/first-page.ts). Built as `/first-page.js`, a ~1 KB IIFE.
 */
import { startFirstPageRead } from '@/lib/db/first-page';

export default defineUnlistedScript(() => {
  startFirstPageRead();
});
