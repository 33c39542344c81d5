/**
 * On the sites that name venues (dblp, the ACL Anthology, Semantic Scholar, Google Scholar,
 * OpenReview), the cards of saved papers that show one are handed to the background after each
 * scan, which fills in what their records lack: a preprint saved on arXiv, seen later on dblp as
 * published at NeurIPS, gets its venue without the reader saving it again. One message a scan,
 * none when no saved card names a venue. Attached by those sites' entrypoints only, so that the
 * scripts of arXiv and Hugging Face, which show no venues, do not carry it.
 */
import { sendMessage } from '@/lib/messaging/protocol';
import type { PageSession } from './page-session';

export function fillDetailsOfSavedCards(session: PageSession): void {
  session.observe({
    cardsAdded(hosts) {
      const candidates = hosts
        .filter((host) => host.currentState?.saved && host.candidate.venue)
        .map((host) => host.candidate);
      // Nothing to tell the reader: the record is only richer, or stays as it was.
      if (candidates.length > 0) sendMessage('fillPaperDetails', { candidates }).catch(() => {});
    },
  });
}
