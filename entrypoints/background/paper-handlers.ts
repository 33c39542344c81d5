import {
  changeOf,
  editPaperTags,
  fillPaperDetails,
  getSavedStates,
  removePaper,
  removePapers,
  savePaper,
  setPaperNote,
  setPaperStatus,
} from '@/lib/db/papers';
import { listTags } from '@/lib/db/tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { MessageHandlers } from '@/lib/messaging/dispatch';
import { nextRevision, stampedChange, withRevision } from '@/lib/messaging/revision';
import { candidateIds } from '@/lib/paper/paper-id';

/**
 * Handlers for saving, tagging and removing papers. Each change is stamped at once, before
 * anything else can resolve, and the reply is the stamped state (lib/messaging/revision.ts).
 */
export const paperHandlers: MessageHandlers = {
  async getSavedStates({ ids }) {
    const states = await getSavedStates(ids);
    const revision = nextRevision();
    return Object.fromEntries(
      Object.entries(states).map(([id, state]) => [id, withRevision(state, revision)]),
    );
  },

  async savePaper({ candidate }) {
    const paper = await savePaper(candidate);
    const change = stampedChange(changeOf(paper, candidateIds(candidate)));
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async removePaper({ id }) {
    const removed = await removePaper(id);
    const change = stampedChange(changeOf(undefined, [id, ...(removed?.aliases ?? [])]));
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async editPaperTags({ candidate, add, remove }) {
    const paper = await editPaperTags(candidate, { add, remove });
    const change = stampedChange(changeOf(paper, candidateIds(candidate)));
    await broadcastPaperChanges([change]);
    return change.state;
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
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async setPaperNote({ id, note }) {
    const change = stampedChange(changeOf(await setPaperNote(id, note), [id]));
    await broadcastPaperChanges([change]);
    return change.state;
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
    await broadcastPaperChanges(changes, { tagsChanged: tagsChanged === true });
  },
};
