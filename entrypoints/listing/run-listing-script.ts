/**
 * The content script of one site, run by entrypoints/<site>.content.ts: on its listings it runs a
 * PageSession, renewed on client-side navigation (Hugging Face's Day/Week/Month tabs change the
 * URL without a reload).
 *
 * One script per site, not one for all (shared/DESIGN.md has one): each carries only its own
 * adapter, so a page loads and compiles what it uses. With all seven adapters in one script it
 * was 26.9 KB gzip, over the 25 KB budget (bench/README.md), and every new site made every
 * page's script bigger.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { matchPage } from '@/lib/sites/adapter-match';
import type { SiteAdapter } from '@/lib/sites/types';
import { PageSession, type ShelfClient } from './page-session';
import type { TaggingClient } from './page-suggestions';
import { resilientClient } from './resilient-client';
import { attachTagging } from './tagging';
import { acceptOnlyUserEventsInWidgets } from './user-events';

const shelfClient: ShelfClient = {
  getSavedStates: (ids) => sendMessage('getSavedStates', { ids }),
  savePaper: (candidate) => sendMessage('savePaper', { candidate }),
  removePaper: (id) => sendMessage('removePaper', { id }),
  editPaperTags: (candidate, edit) =>
    sendMessage('editPaperTags', { candidate, add: edit.add ?? [], remove: edit.remove ?? [] }),
  setPaperStatus: (id, status) => sendMessage('setPaperStatus', { id, status }),
  listTagNames: () => sendMessage('listTagNames', {}),
};

const taggingClient: TaggingClient = {
  suggestTags: (papers) => sendMessage('suggestTags', { papers }),
  tagPapers: (candidates, tag) => sendMessage('tagPapers', { candidates, tag }),
  undoTagPapers: (undoToken) => sendMessage('undoTagPapers', { undoToken }),
};

/** What `main` of a site's content script does; entrypoints/<site>.content.ts hands it the adapter. */
// biome-ignore lint/suspicious/noExplicitAny: each adapter has its own page context type.
export function runListingScript(adapter: SiteAdapter<any>, ctx: ContentScriptContext): void {
  const client = resilientClient(shelfClient, ctx);
  acceptOnlyUserEventsInWidgets();
  let session: PageSession | undefined;

  const startSession = (href: string) => {
    session?.stop();
    session = undefined;
    const url = new URL(href);
    const match = matchPage(adapter, url);
    if (!match) return;
    session = new PageSession(match, url, client);
    attachTagging(session, match.adapter, taggingClient);
    void session.start();
  };

  const removeChangeListener = onMessage('savedStatesChanged', ({ data }) => {
    session?.applyChanges(data.changes);
  });
  ctx.onInvalidated(() => {
    // The extension was reloaded or updated: this script is orphaned and its messages would
    // fail, so its widgets go away cleanly; the new content script annotates the page afresh.
    session?.stop();
    try {
      removeChangeListener();
    } catch {
      // An orphaned script has no chrome.runtime left to remove the listener from.
    }
  });

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => startSession(newUrl.href));
  ctx.addEventListener(document, 'visibilitychange', () => {
    // Broadcasts can be missed while the worker restarts; a tab coming back catches up.
    if (document.visibilityState === 'visible') void session?.refreshStates().catch(() => {});
  });

  startSession(location.href);
}
