/**
 * What the reading list (popup, options page) does to papers. Extension pages write through
 * lib/db directly (they share the extension's origin), then tell open listing tabs so that every
 * card follows; the writes themselves never travel as messages, only the news of them does.
 *
 * Each action resolves as soon as the database has the change, with the records as stored, so
 * the list can show them at once; telling the tabs and the badge follows on its own, in the
 * background (lib/messaging/announce.ts): the popup may be closed the moment after.
 */
import {
  changeOf,
  editPapersTags,
  removePapers,
  restorePapers,
  setPaperNote,
  setPapersStatus,
} from '../db/papers';
import { announceChanges } from '../messaging/announce';
import type { Paper, PaperStatus } from '../paper/schemas';

const changesOf = (papers: readonly Paper[]) =>
  papers.map((paper) => changeOf(paper, paper.aliases));

export async function setStatus(ids: readonly string[], status: PaperStatus): Promise<Paper[]> {
  const updated = await setPapersStatus(ids, status);
  void announceChanges(changesOf(updated));
  return updated;
}

export async function addTag(ids: readonly string[], tag: string): Promise<Paper[]> {
  const updated = await editPapersTags(ids, { add: [tag] });
  void announceChanges(changesOf(updated));
  return updated;
}

export async function saveNote(id: string, note: string): Promise<Paper | undefined> {
  const updated = await setPaperNote(id, note);
  if (updated) void announceChanges(changesOf([updated]));
  return updated;
}

/** Removes the papers; returns the removed records, which `restore` puts back (undo). */
export async function remove(ids: readonly string[]): Promise<Paper[]> {
  const removed = await removePapers(ids);
  void announceChanges(removed.map((paper) => changeOf(undefined, paper.aliases)));
  return removed;
}

export async function restore(papers: readonly Paper[]): Promise<Paper[]> {
  const restored = await restorePapers(papers);
  void announceChanges(changesOf(restored));
  return restored;
}
