import { type BulkTagUndo, tagPapers, undoTagPapers } from '@/lib/db/bulk-tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { MessageHandlers } from '@/lib/messaging/dispatch';
import { stampedChange } from '@/lib/messaging/revision';
import { runInSlices } from '@/lib/scheduling';
import { paperText, type SuggestionModel, suggestTags } from '@/lib/suggest/model';
import type { SuggestionService } from './suggestion-service';

/** How long the toolbar's "save all suggested" can be undone. */
export const UNDO_WINDOW_MS = 2 * 60_000;
const MAX_PENDING_UNDOS = 20;

/** A toolbar action that is no longer in memory (too old, or the worker restarted). */
export class UndoExpiredError extends Error {
  override name = 'UndoExpiredError';
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
  // In memory on purpose: an undo is meant for the next seconds, and keeping it in storage would
  // need the "storage" permission. A worker restart simply ends the undo window.
  const undos = new Map<string, { undo: BulkTagUndo; expires: number }>();

  const rememberUndo = (undo: BulkTagUndo): string => {
    const now = Date.now();
    for (const [token, entry] of undos) if (entry.expires < now) undos.delete(token);
    while (undos.size >= MAX_PENDING_UNDOS) undos.delete(undos.keys().next().value as string);
    const token = crypto.randomUUID();
    undos.set(token, { undo, expires: now + UNDO_WINDOW_MS });
    return token;
  };

  return {
    async suggestTags({ papers }) {
      // A 2,000-card page takes a few hundred ms to score: in slices, so a click's save goes first.
      return runInSlices(scoring(await suggestions.model(), papers));
    },

    async tagPapers({ candidates, tag }) {
      const tagged = await tagPapers(candidates, tag);
      // Stamped before the broadcast, so that the reply carries the same revisions (a tab takes
      // the reply's states only when nothing newer reached it: lib/messaging/revision.ts).
      const changes = tagged.changes.map(stampedChange);
      await broadcastPaperChanges(changes);
      return { changes, undoToken: rememberUndo(tagged.undo) };
    },

    async undoTagPapers({ undoToken }) {
      const entry = undos.get(undoToken);
      if (!entry || entry.expires < Date.now()) {
        undos.delete(undoToken);
        throw new UndoExpiredError('This can no longer be undone');
      }
      undos.delete(undoToken);
      const changes = (await undoTagPapers(entry.undo)).map(stampedChange);
      await broadcastPaperChanges(changes);
      return { changes };
    },
  };
}
