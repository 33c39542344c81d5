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
import type { PageSuggestions, TaggingClient } from './page-suggestions';
import { resilientClient, resilientTaggingClient } from './resilient-client';
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

/**
 * What `main` of a site's content script does; entrypoints/<site>.content.ts hands it the adapter,
 * and what else follows each page session on that site alone (./fill-details.ts).
 */
export function runListingScript(
  // biome-ignore lint/suspicious/noExplicitAny: each adapter has its own page context type.
  adapter: SiteAdapter<any>,
  ctx: ContentScriptContext,
  attachToSession?: (session: PageSession) => void,
): void {
  const client = resilientClient(shelfClient, ctx);
  const tagging = resilientTaggingClient(taggingClient, ctx);
  acceptOnlyUserEventsInWidgets();
  let session: PageSession | undefined;
  let suggestions: PageSuggestions | undefined;
  /** The page the session was started for (or found no listing on), without its hash. */
  let sessionPage: string | undefined;

  const startSession = (href: string) => {
    session?.stop();
    session = undefined;
    suggestions = undefined;
    const url = new URL(href);
    sessionPage = withoutHash(url);
    const match = matchPage(adapter, url);
    if (!match) return;
    session = new PageSession(match, url, client);
    suggestions = attachTagging(session, match.adapter, tagging);
    attachToSession?.(session);
    void session.start();
  };

  const removeChangeListener = onMessage('savedStatesChanged', ({ data }) => {
    session?.applyChanges(data.changes);
    // A rename, merge or delete in the options page: the suggestions may name a tag that is gone.
    if (data.tagsChanged) suggestions?.tagsChanged();
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

  /*
   * WXT 0.21 fires `wxt:locationchange` from the Navigation API's `navigate` event
   * (node_modules/wxt/dist/utils/internal/location-watcher.mjs): before the navigation commits,
   * for any navigation the page starts, hash-only ones included. Restarting the session on it
   * took every widget away for a page still shown: a navigation that never commits (a download
   * link, a 204, Stop) left the page without any, and a hash link (OpenReview's href="#") rebuilt
   * them all. So the session follows `location` instead, read in a task after the event: by then
   * a same-document navigation (pushState: Hugging Face's Day/Week/Month tabs) has updated it;
   * a navigation to another document never will, and that document runs its own script.
   * A change of hash alone keeps the session: the listing is the same page.
   */
  const followLocation = () => {
    if (withoutHash(new URL(location.href)) !== sessionPage) startSession(location.href);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(followLocation, 0));
  // Back and forward between pushState entries: the URL changes before popstate fires, which
  // catches a traversal that had not committed yet when the task after `navigate` ran.
  ctx.addEventListener(window, 'popstate', followLocation);
  ctx.addEventListener(document, 'visibilitychange', () => {
    // Broadcasts can be missed while the worker restarts; a tab coming back catches up.
    if (document.visibilityState === 'visible') void session?.refreshStates().catch(() => {});
  });

  startSession(location.href);
}

function withoutHash(url: URL): string {
  const page = new URL(url);
  page.hash = '';
  return page.href;
}
