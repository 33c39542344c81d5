import { browser } from 'wxt/browser';
import { type BulkTagUndo, tagPapers, undoTagPapers } from '@/lib/db/bulk-tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { MessageHandlers } from '@/lib/messaging/dispatch';
import { stampedChange } from '@/lib/messaging/revision';
import type { PaperCandidate } from '@/lib/paper/schemas';
import { runInSlices } from '@/lib/scheduling';
import { paperText, type SuggestionModel, suggestTags } from '@/lib/suggest/model';
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

interface PendingUndo {
  undo: BulkTagUndo;
  expires: number;
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

/**
 * Pending undos in storage.session, not in the worker's memory: Chrome stops a worker idle for
 * 30 s, well inside UNDO_WINDOW_MS, and the next click on Undo woke one that had never heard of
 * the token. The session area outlives the worker (not a browser restart or an update of the
 * extension, after which the toolbar that showed Undo is gone too) and is not readable by
 * content scripts. All entries sit under one key, and each change reads, edits and writes them
 * back before the next begins: two tabs tagging at once would each store what it had read, and
 * the later write would drop the other's entry.
 */
function pendingUndos() {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `edit` on the entries not expired yet, and stores what it leaves. */
  const update = <Result>(edit: (pending: Map<string, PendingUndo>) => Result): Promise<Result> => {
    const run = queue.then(async () => {
      const stored = (await browser.storage.session.get(UNDO_STORAGE_KEY))[UNDO_STORAGE_KEY] as
        | Record<string, PendingUndo>
        | undefined;
      const now = Date.now();
      const pending = new Map(
        Object.entries(stored ?? {}).filter(([, entry]) => entry.expires >= now),
      );
      const result = edit(pending);
      await browser.storage.session.set({ [UNDO_STORAGE_KEY]: Object.fromEntries(pending) });
      return result;
    });
    queue = run.catch(() => {});
    return run;
  };

  return {
    /** Keeps `undo` for UNDO_WINDOW_MS under `token`. */
    remember: (token: string, undo: BulkTagUndo) =>
      update((pending) => {
        const oldestFirst = [...pending].sort(([, a], [, b]) => a.expires - b.expires);
        const excess = Math.max(0, pending.size - MAX_PENDING_UNDOS + 1);
        for (const [old] of oldestFirst.slice(0, excess)) pending.delete(old);
        const kept: BulkTagUndo = {
          ...undo,
          saved: undo.saved.map(undoCandidate),
          tagged: undo.tagged.map(undoCandidate),
        };
        pending.set(token, { undo: kept, expires: Date.now() + UNDO_WINDOW_MS });
      }),
    /** The undo kept under `token`, if it has not expired; it can be taken once. */
    take: (token: string) =>
      update((pending) => {
        const entry = pending.get(token);
        pending.delete(token);
        return entry?.undo;
      }),
  };
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
  const undos = pendingUndos();

  const rememberUndo = async (undo: BulkTagUndo): Promise<string> => {
    const token = crypto.randomUUID();
    try {
      await undos.remember(token, undo);
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
      const undo = await undos.take(undoToken);
      if (!undo) throw new UndoExpiredError('This can no longer be undone');
      return {
        changes: await broadcastPaperChanges((await undoTagPapers(undo)).map(stampedChange)),
      };
    },
  };
}
