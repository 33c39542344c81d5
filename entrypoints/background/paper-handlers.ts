import {
  changeOf,
  editPaperTags,
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

/** Handlers for saving, tagging and removing papers. */
export const paperHandlers: MessageHandlers = {
  async getSavedStates({ ids }) {
    return getSavedStates(ids);
  },

  async savePaper({ candidate }) {
    const paper = await savePaper(candidate);
    const change = changeOf(paper, [candidate.id, ...(candidate.aliases ?? [])]);
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async removePaper({ id }) {
    const removed = await removePaper(id);
    const change = changeOf(undefined, [id, ...(removed?.aliases ?? [])]);
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async editPaperTags({ candidate, add, remove }) {
    const paper = await editPaperTags(candidate, { add, remove });
    const change = changeOf(paper, [candidate.id, ...(candidate.aliases ?? [])]);
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async setPaperStatus({ id, status }) {
    const change = changeOf(await setPaperStatus(id, status), [id]);
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async setPaperNote({ id, note }) {
    const change = changeOf(await setPaperNote(id, note), [id]);
    await broadcastPaperChanges([change]);
    return change.state;
  },

  async listTagNames() {
    return (await listTags()).map((tag) => tag.name);
  },

  async removePapers({ ids }) {
    const removed = await removePapers(ids);
    await broadcastPaperChanges(removed.map((paper) => changeOf(undefined, paper.aliases)));
    return { removed: removed.length };
  },
};
