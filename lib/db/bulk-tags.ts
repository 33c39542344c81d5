/**
 * "Save all suggested for a tag" from the listing toolbar, and its undo. The action records
 * exactly what it changed, so undo reverses that and nothing else: papers it saved are removed
 * (unless the user has touched them since), papers that were already saved only lose the tag.
 */

import { candidateIds } from '../paper/paper-id';
import { normalizeTagName, type Paper, type PaperCandidate } from '../paper/schemas';
import { db } from './db';
import { changeOf, editPaperTags, getSavedStates, type PaperChange, removePaper } from './papers';

export interface BulkTagUndo {
  tag: string;
  /** When the action ran: a paper saved by it and not updated since is still "its" paper. */
  at: number;
  /** Papers the action put on the shelf. */
  saved: PaperCandidate[];
  /** Papers already on the shelf that got the tag. */
  tagged: PaperCandidate[];
}

/** Adds `tag` to every candidate's paper, saving those not on the shelf, in one transaction. */
export async function tagPapers(
  candidates: readonly PaperCandidate[],
  tagName: string,
  now = Date.now(),
): Promise<{ papers: Paper[]; changes: PaperChange[]; undo: BulkTagUndo }> {
  const tag = normalizeTagName(tagName);
  return db.transaction('rw', db.papers, db.tags, db.rules, async () => {
    const before = await getSavedStates(candidates.flatMap(candidateIds));
    const undo: BulkTagUndo = { tag, at: now, saved: [], tagged: [] };
    const papers: Paper[] = [];
    const changes: PaperChange[] = [];
    for (const candidate of candidates) {
      const states = candidateIds(candidate).map((id) => before[id]);
      const wasSaved = states.some((state) => state?.saved);
      const hadTag = states.some((state) =>
        state?.tags.some((name) => name.toLowerCase() === tag.toLowerCase()),
      );
      if (hadTag) continue;
      const paper = await editPaperTags(candidate, { add: [tag] }, now);
      (wasSaved ? undo.tagged : undo.saved).push(candidate);
      papers.push(paper);
      changes.push(changeOf(paper, candidateIds(candidate)));
    }
    return { papers, changes, undo };
  });
}

/** Reverses a tagPapers action; returns what changed for the listing tabs. */
export async function undoTagPapers(undo: BulkTagUndo, now = Date.now()): Promise<PaperChange[]> {
  return db.transaction('rw', db.papers, db.tags, db.rules, async () => {
    const changes: PaperChange[] = [];
    for (const candidate of undo.saved) {
      const ids = candidateIds(candidate);
      const paper = await db.papers.where('aliases').anyOf(ids).first();
      if (!paper) continue;
      if (paper.updatedAt === undo.at) {
        const removed = await removePaper(paper.id);
        changes.push(changeOf(undefined, [...ids, ...(removed?.aliases ?? [])]));
      } else {
        // Tagged or noted since: keep the user's work, take back only the tag.
        changes.push(await removeTag(candidate, undo.tag, now));
      }
    }
    for (const candidate of undo.tagged) {
      const paper = await db.papers.where('aliases').anyOf(candidateIds(candidate)).first();
      if (paper) changes.push(await removeTag(candidate, undo.tag, now));
    }
    return changes;
  });
}

async function removeTag(candidate: PaperCandidate, tag: string, now: number) {
  const paper = await editPaperTags(candidate, { remove: [tag] }, now);
  return changeOf(paper, candidateIds(candidate));
}
