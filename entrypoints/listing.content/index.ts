/**
 * The one content script: on every supported listing it runs a PageSession, renewed on
 * client-side navigation (Hugging Face's Day/Week/Month tabs change the URL without a reload).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { CONTENT_MATCHES, findAdapter } from '@/lib/sites';
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

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const client = resilientClient(shelfClient, ctx);
    acceptOnlyUserEventsInWidgets();
    let session: PageSession | undefined;

    const startSession = (href: string) => {
      session?.stop();
      session = undefined;
      const url = new URL(href);
      const match = findAdapter(url);
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
  },
});
