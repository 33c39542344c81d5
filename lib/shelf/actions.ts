/**
 * What the reading list (popup, options page) does to papers. Extension pages write through
 * lib/db directly (they share the extension's origin), then tell open listing tabs so that every
 * card follows; bulk actions never travel as messages, so they need no privileged message.
 *
 * Each action resolves as soon as the database has the change, with the records as stored, so
 * the list can show them at once; telling the tabs and the badge follows on its own.
 */
import {
  changeOf,
  editPapersTags,
  type PaperChange,
  removePapers,
  restorePapers,
  setPaperNote,
  setPapersStatus,
} from '../db/papers';
import type { Paper, PaperStatus } from '../paper/schemas';

/**
 * Tells listing tabs and the badge. Loaded on the first write: messaging and the site registry
 * (which tabs to tell) are not needed to show the list.
 */
function announce(changes: PaperChange[]): void {
  import('../messaging/broadcast')
    .then(({ broadcastPaperChanges }) => broadcastPaperChanges(changes))
    .catch((error) => console.error('Paper Shelf: telling open tabs about a change failed', error));
}

const changesOf = (papers: readonly Paper[]) =>
  papers.map((paper) => changeOf(paper, paper.aliases));

export async function setStatus(ids: readonly string[], status: PaperStatus): Promise<Paper[]> {
  const updated = await setPapersStatus(ids, status);
  announce(changesOf(updated));
  return updated;
}

export async function addTag(ids: readonly string[], tag: string): Promise<Paper[]> {
  const updated = await editPapersTags(ids, { add: [tag] });
  announce(changesOf(updated));
  return updated;
}

export async function saveNote(id: string, note: string): Promise<Paper | undefined> {
  const updated = await setPaperNote(id, note);
  if (updated) announce(changesOf([updated]));
  return updated;
}

/** Removes the papers; returns the removed records, which `restore` puts back (undo). */
export async function remove(ids: readonly string[]): Promise<Paper[]> {
  const removed = await removePapers(ids);
  announce(removed.map((paper) => changeOf(undefined, paper.aliases)));
  return removed;
}

export async function restore(papers: readonly Paper[]): Promise<Paper[]> {
  const restored = await restorePapers(papers);
  announce(changesOf(restored));
  return restored;
}
