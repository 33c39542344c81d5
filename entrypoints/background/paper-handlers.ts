import { db } from '@/lib/db/db';
import {
  changeOf,
  editPaperTags,
  fillPaperDetails,
  getSavedStates,
  type PaperChange,
  papersKnownBy,
  removePaper,
  removePapers,
  restorePapers,
  savePaper,
  setPaperNote,
  setPaperStatus,
} from '@/lib/db/papers';
import { knownTagSpelling, listTags, withTagColors } from '@/lib/db/tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { MessageHandlers } from '@/lib/messaging/dispatch';
import { nextRevision, stampedChange, withRevision } from '@/lib/messaging/revision';
import { candidateIds } from '@/lib/paper/paper-id';
import type { Paper, PaperCandidate, SavedState } from '@/lib/paper/schemas';
import { sessionEntries } from './session-entries';

/** How long a paper removed from a card comes back whole when saved again. */
export const RESAVE_RESTORES_WITHIN_MS = 10 * 60_000;
/** The storage.session key of the papers removed from cards lately. */
export const REMOVED_FROM_CARDS_KEY = 'removed-from-cards';

/**
 * A card's "Saved" button removes the paper at one click, and with it the user's tags, status
 * and note: a slip of the mouse must not cost those. The record is kept for a while, and saving
 * (or tagging) the paper again in that time brings it back as it was, merged with what the card
 * shows now. Only removals from cards: the popup and options page have their own Undo.
 */
const removedFromCards = sessionEntries<Paper>(REMOVED_FROM_CARDS_KEY, {
  lifetimeMs: RESAVE_RESTORES_WITHIN_MS,
  maxEntries: 20,
});

async function keepRemoved(paper: Paper): Promise<void> {
  try {
    await removedFromCards.put(paper.id, paper);
  } catch (error) {
    // The paper is removed and the tabs told: only the way back is lost.
    console.error('Paper Shelf: keeping the removed paper failed', error);
  }
}

/** Takes the kept papers that any of `ids` names (see removedFromCards), in one storage write. */
async function takeRemoved(ids: readonly string[]): Promise<Paper[]> {
  const wanted = new Set(ids);
  try {
    return await removedFromCards.take((_, kept) => kept.aliases.some((id) => wanted.has(id)));
  } catch (error) {
    console.error('Paper Shelf: reading the removed papers failed', error);
    return [];
  }
}

/**
 * Puts back the paper `candidate` names if a card removed it lately (see removedFromCards) and it
 * is still off the shelf: one saved again some other way since (the toolbar, an import) keeps
 * what it has. Its tags come back only as far as they still exist: one renamed, merged or
 * deleted since is not made again.
 */
async function restoreIfRemovedLately(candidate: PaperCandidate): Promise<void> {
  const [removed] = await takeRemoved(candidateIds(candidate));
  if (!removed || (await papersKnownBy(removed.aliases)).length > 0) return;
  const spelled = knownTagSpelling((await db.tags.toCollection().primaryKeys()) as string[]);
  const tags = removed.tags.flatMap((tag) => spelled(tag) ?? []);
  await restorePapers([{ ...removed, tags }]);
}

/** Tells the tabs, then answers with the state as they got it (its tags' colours filled in). */
async function replyAfterBroadcast(change: PaperChange): Promise<SavedState> {
  const [sent] = await broadcastPaperChanges([change]);
  return (sent ?? change).state;
}

/**
 * Handlers for saving, tagging and removing papers. Each change is stamped at once, before
 * anything else can resolve, and the reply is the stamped state (lib/messaging/revision.ts).
 */
export const paperHandlers: MessageHandlers = {
  async getSavedStates({ ids }) {
    const states = Object.entries(await getSavedStates(ids));
    const revision = nextRevision();
    const colored = await withTagColors(states.map(([, state]) => withRevision(state, revision)));
    return Object.fromEntries(states.map(([id], index) => [id, colored[index] as SavedState]));
  },

  async savePaper({ candidate }) {
    await restoreIfRemovedLately(candidate);
    const paper = await savePaper(candidate);
    const change = stampedChange(changeOf(paper, candidateIds(candidate)));
    return replyAfterBroadcast(change);
  },

  async removePaper({ id }) {
    const removed = await removePaper(id);
    const change = stampedChange(changeOf(undefined, [id, ...(removed?.aliases ?? [])]));
    if (removed) await keepRemoved(removed);
    return replyAfterBroadcast(change);
  },

  async editPaperTags({ candidate, add, remove }) {
    await restoreIfRemovedLately(candidate);
    const paper = await editPaperTags(candidate, { add, remove });
    const change = stampedChange(changeOf(paper, candidateIds(candidate)));
    return replyAfterBroadcast(change);
  },

  async fillPaperDetails({ candidates }) {
    const written = await fillPaperDetails(candidates);
    // The states are as they were; the ids may be more (a dblp key, a DOI), which tabs then know.
    if (written.length > 0) {
      await broadcastPaperChanges(
        written.map((paper) => stampedChange(changeOf(paper, paper.aliases))),
      );
    }
  },

  async setPaperStatus({ id, status }) {
    const change = stampedChange(changeOf(await setPaperStatus(id, status), [id]));
    return replyAfterBroadcast(change);
  },

  async setPaperNote({ id, note }) {
    const change = stampedChange(changeOf(await setPaperNote(id, note), [id]));
    return replyAfterBroadcast(change);
  },

  async listTagNames() {
    return (await listTags()).map((tag) => tag.name);
  },

  async removePapers({ ids }) {
    const removed = await removePapers(ids);
    await broadcastPaperChanges(
      removed.map((paper) => stampedChange(changeOf(undefined, paper.aliases))),
    );
    return { removed: removed.length };
  },

  /**
   * A write an extension page made (lib/messaging/announce.ts), told to the tabs from here: the
   * page may close before a broadcast of its own got through. Privileged (protocol.ts). The
   * states keep the revisions the page stamped as its write resolved.
   */
  async announceChanges({ changes, tagsChanged }) {
    // What an extension page did to a paper since (an import, a removal with its own Undo)
    // comes after a card's removal: saving on a card must not bring back the older record.
    await takeRemoved(changes.flatMap((change) => change.ids));
    await broadcastPaperChanges(changes, { tagsChanged: tagsChanged === true });
  },
};
