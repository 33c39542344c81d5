/**
 * What the reading list (popup, options page) does to papers. Extension pages write through
 * lib/db directly (they share the extension's origin), then tell open listing tabs so that every
 * card follows; bulk actions never travel as messages, so they need no privileged message.
 */
import {
  changeOf,
  editPapersTags,
  removePapers,
  restorePapers,
  setPaperNote,
  setPapersStatus,
} from '../db/papers';
import { broadcastPaperChanges } from '../messaging/broadcast';
import type { Paper, PaperStatus } from '../paper/schemas';

function announce(papers: readonly Paper[]): Promise<void> {
  return broadcastPaperChanges(papers.map((paper) => changeOf(paper, paper.aliases)));
}

export async function setStatus(ids: readonly string[], status: PaperStatus): Promise<Paper[]> {
  const updated = await setPapersStatus(ids, status);
  await announce(updated);
  return updated;
}

export async function addTag(ids: readonly string[], tag: string): Promise<Paper[]> {
  const updated = await editPapersTags(ids, { add: [tag] });
  await announce(updated);
  return updated;
}

export async function saveNote(id: string, note: string): Promise<Paper | undefined> {
  const updated = await setPaperNote(id, note);
  if (updated) await announce([updated]);
  return updated;
}

/** Removes the papers; returns the removed records, which `restore` puts back (undo). */
export async function remove(ids: readonly string[]): Promise<Paper[]> {
  const removed = await removePapers(ids);
  await broadcastPaperChanges(removed.map((paper) => changeOf(undefined, paper.aliases)));
  return removed;
}

export async function restore(papers: readonly Paper[]): Promise<Paper[]> {
  const restored = await restorePapers(papers);
  await announce(restored);
  return restored;
}
