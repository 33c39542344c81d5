import { type BulkTagUndo, tagPapers, undoTagPapers } from '@/lib/db/bulk-tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { MessageHandlers } from '@/lib/messaging/dispatch';
import { stampedChange } from '@/lib/messaging/revision';
import type { PaperCandidate } from '@/lib/paper/schemas';
import { runInSlices } from '@/lib/scheduling';
import { paperText, type SuggestionModel, suggestTags } from '@/lib/suggest/model';
import { sessionEntries } from './session-entries';
import type { SuggestionService } from './suggestion-service';

/** How long the toolbar's "save all suggested" can be undone. */
export const UNDO_WINDOW_MS = 2 * 60_000;
/**
 * Undo entries kept at once, the oldest dropped first: a toolbar offers to undo its last action
 * only, so a few cover several listing tabs, and each entry may name thousands of papers.
 */
export const MAX_PENDING_UNDOS = 5;
/** The storage.session key of the pending undos. */
export const UNDO_STORAGE_KEY = 'bulk-tag-undos';

/** A toolbar action that can no longer be undone (too old, or the browser restarted since). */
export class UndoExpiredError extends Error {
  override name = 'UndoExpiredError';
}

/**
 * What undoTagPapers needs of a candidate: the ids it finds the paper by, and the fields every
 * candidate has. The rest (abstract, authors, PDF link) was merged into the record by the action
 * itself, so the undo's edit would take nothing from it; kept, it made an entry for a 5,000-card
 * listing about 8 MB, most of Chrome's 10 MB for storage.session, rather than about 1 MB.
 */
function undoCandidate({ id, aliases, title, url, site }: PaperCandidate): PaperCandidate {
  return { id, ...(aliases && { aliases }), title, url, site, authors: [] };
}

/** Each paper's suggested tags, keyed by id, one paper a step. */
function* scoring(
  model: SuggestionModel,
  papers: ReadonlyArray<{ id: string; title: string; abstract?: string }>,
): Generator<void, Record<string, string[]>> {
  const reply: Record<string, string[]> = {};
  for (const paper of papers) {
    reply[paper.id] = suggestTags(model, paperText(paper)).map((suggestion) => suggestion.tag);
    yield;
  }
  return reply;
}

/** Handlers for tag suggestions and bulk tagging from the listing toolbar. */
export function createTagHandlers(suggestions: SuggestionService): MessageHandlers {
  // In storage.session: the worker is stopped after 30 s idle, well inside UNDO_WINDOW_MS.
  const undos = sessionEntries<BulkTagUndo>(UNDO_STORAGE_KEY, {
    lifetimeMs: UNDO_WINDOW_MS,
    maxEntries: MAX_PENDING_UNDOS,
  });

  const rememberUndo = async (undo: BulkTagUndo): Promise<string> => {
    const token = crypto.randomUUID();
    try {
      await undos.put(token, {
        ...undo,
        saved: undo.saved.map(undoCandidate),
        tagged: undo.tagged.map(undoCandidate),
      });
    } catch (error) {
      // The papers are tagged and the tabs told: only the undo is lost (its token then expired).
      console.error('Paper Shelf: keeping the undo failed', error);
    }
    return token;
  };

  return {
    async suggestTags({ papers }) {
      // A 2,000-card page takes a few hundred ms to score: in slices, so a click's save goes first.
      return runInSlices(scoring(await suggestions.model(), papers));
    },

    async tagPapers({ candidates, tag }) {
      const tagged = await tagPapers(candidates, tag);
      // Stamped as the write resolves; the reply is the broadcast's own changes, with the same
      // revisions (a tab takes the reply's states only when nothing newer reached it:
      // lib/messaging/revision.ts) and the tags' colours.
      const changes = await broadcastPaperChanges(tagged.changes.map(stampedChange));
      return { changes, undoToken: await rememberUndo(tagged.undo) };
    },

    async undoTagPapers({ undoToken }) {
      const [undo] = await undos.take((token) => token === undoToken);
      if (!undo) throw new UndoExpiredError('This can no longer be undone');
      return {
        changes: await broadcastPaperChanges((await undoTagPapers(undo)).map(stampedChange)),
      };
    },
  };
}
