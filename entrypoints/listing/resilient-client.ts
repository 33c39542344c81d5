/**
 * The content script's line to the background, made to survive what browsers do to extensions:
 *
 * - Chrome stops the MV3 service worker whenever it likes, also in the middle of a message: the
 *   reply port closes and the click would be lost. Every message a card sends is idempotent
 *   (saves merge, tag edits are add/remove deltas, removal of a removed paper is a no-op, a
 *   status is set, not toggled), so a
 *   message that failed in transit is sent again (a few times, further apart each time: Chrome
 *   may stop the fresh worker too); sending it wakes a fresh worker.
 * - Reloading, updating or removing the extension orphans this script ("Extension context
 *   invalidated"): nothing it sends can arrive any more. `ctx.isInvalid` notices, invalidates the
 *   context, and the session stops (its widgets go) instead of showing an error no retry can
 *   fix; after an update the new content script annotates the page again
 *   (entrypoints/background/open-tabs.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { delay, withTimeout } from '@/lib/scheduling';
import type { ShelfClient } from './page-session';
import type { TaggingClient } from './page-suggestions';

/**
 * The pauses before each new send of a message that failed in transit. The first is long enough
 * for Chrome to finish stopping the old worker before the message starts a new one. With one
 * retry only, a save clicked while the worker was stopped twice in a row was lost ("Could not
 * reach Paper Shelf"): 1 in ~10 runs of the e2e test that stops it four times during a burst of
 * saves, on a loaded machine. Three, growing, give up after ~1.75 s of pauses.
 */
const RETRY_DELAYS_MS = [250, 500, 1_000];
/**
 * A read with no reply by then is sent again once, and fails the second time: a reply that never
 * comes would leave every card "loading" for good. (In a diagnostic run, 2 loads of ~60 of a
 * 2,000-entry page kept every widget without its state for 15 s; not reproduced since, so the
 * cause, no reply or two failures, is not known.) A worker that must start first answers in
 * ~1-2 s.
 */
export const READ_TIMEOUT_MS = 5_000;

/** Errors the background raised on purpose (a malformed or forbidden message): final. */
const BACKGROUND_ERRORS = new Set(['InvalidMessageError', 'MessageRefusedError']);

function isBackgroundError(error: unknown): boolean {
  return error instanceof Error && BACKGROUND_ERRORS.has(error.name);
}

class ReplyTimeoutError extends Error {
  override name = 'ReplyTimeoutError';
}

/** `promise`, or a ReplyTimeoutError after `ms`. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return withTimeout(promise, ms, () => new ReplyTimeoutError(`No reply in ${ms} ms`));
}

type Context = Pick<ContentScriptContext, 'isInvalid'>;

/** Sends with `send`, and again after a failure in transit, as the header says. */
function retrying(ctx: Context) {
  return async <T>(send: () => Promise<T>): Promise<T> => {
    for (let retry = 0; ; retry++) {
      try {
        return await send();
      } catch (error) {
        // A worker that is there but does not answer is asked once more, not kept waiting on.
        const retries = error instanceof ReplyTimeoutError ? 1 : RETRY_DELAYS_MS.length;
        if (ctx.isInvalid || isBackgroundError(error) || retry >= retries) throw error;
        await delay(RETRY_DELAYS_MS[retry] as number);
        if (ctx.isInvalid) throw error;
      }
    }
  };
}

export function resilientClient(client: ShelfClient, ctx: Context): ShelfClient {
  const call = retrying(ctx);
  return {
    // Reads only: a write that is merely slow must not be sent twice while the first still runs.
    getSavedStates: (ids) => call(() => withinTime(client.getSavedStates(ids), READ_TIMEOUT_MS)),
    savePaper: (candidate) => call(() => client.savePaper(candidate)),
    removePaper: (id) => call(() => client.removePaper(id)),
    editPaperTags: (candidate, edit) => call(() => client.editPaperTags(candidate, edit)),
    setPaperStatus: (id, status) => call(() => client.setPaperStatus(id, status)),
    listTagNames: () => call(() => withinTime(client.listTagNames(), READ_TIMEOUT_MS)),
  };
}

/**
 * The tag suggestions, sent again when they fail in transit as reads are: a worker stopped
 * while it scored a listing's batch left its cards without suggestions until the next change.
 * With no timeout: a woken worker trains before it answers, seconds on a large shelf. The
 * toolbar's actions go once: "Save all" again after a lost reply would store an undo that
 * undoes nothing, and an undo token is taken by its first use.
 */
export function resilientTaggingClient(client: TaggingClient, ctx: Context): TaggingClient {
  const call = retrying(ctx);
  return {
    suggestTags: (papers) => call(() => client.suggestTags(papers)),
    tagPapers: (candidates, tag) => client.tagPapers(candidates, tag),
    undoTagPapers: (undoToken) => client.undoTagPapers(undoToken),
  };
}
