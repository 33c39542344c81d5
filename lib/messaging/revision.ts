/**
 * Saved states carry a revision so that a listing tab can tell an old state from a new one.
 * Two tabs tagging one paper at once get their replies and each other's broadcasts in any
 * order: tab A could receive B's broadcast (both tags) and then its own, older reply (one tag)
 * and show the older state for good. Each state is stamped right after the database call that
 * produced it resolved: transactions on the same papers run one after the other and resolve in
 * that order, so revisions follow the order of the changes (and a read's revision is later than
 * every change it saw). Milliseconds, never repeating within a context; a restarted worker goes
 * on from the clock.
 *
 * An extension page that writes (popup, options) stamps its changes itself, as its write resolves,
 * and the background passes those revisions on (lib/messaging/announce.ts): stamped when the
 * background received them, a removal in the popup could carry a later revision than a save a
 * listing tab made after it, and tabs would show the paper removed while the shelf has it.
 */
import type { SavedState } from '../paper/schemas';

let lastRevision = 0;

export function nextRevision(): number {
  lastRevision = Math.max(Date.now(), lastRevision + 1);
  return lastRevision;
}

export type StampedState = SavedState & { revision: number };

/** `state` stamped with a new revision unless it has one. */
export function withRevision(state: SavedState, revision = nextRevision()): StampedState {
  return state.revision === undefined ? { ...state, revision } : (state as StampedState);
}

/**
 * `change` with its state stamped unless it has a revision. Every state a handler answers with
 * goes through here, not only the broadcast copy: a reply without a revision is never older
 * (isOlderState), so it would overwrite a newer broadcast that reached the tab first.
 */
export function stampedChange<Change extends { state: SavedState }>(
  change: Change,
): Change & { state: StampedState } {
  return { ...change, state: withRevision(change.state) };
}

/** True when `incoming` is older than `known` (states without a revision are never older). */
export function isOlderState(incoming: SavedState, known: SavedState | undefined): boolean {
  return (
    incoming.revision !== undefined &&
    known?.revision !== undefined &&
    incoming.revision < known.revision
  );
}
