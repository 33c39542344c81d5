/**
 * Every write to the papers table. Each function is one Dexie transaction, so two tabs saving
 * the same paper at once end with one record, and a failure leaves the shelf as it was.
 */
import { byStrength, candidateIds, canonicalId, preferredId } from '../paper/paper-id';
import {
  LIMITS,
  normalizeTagName,
  PAPER_STATUSES,
  type Paper,
  type PaperCandidate,
  type PaperStatus,
  type SavedState,
  uniqueTags,
} from '../paper/schemas';
import { isSameKnownVenue } from '../paper/venue';
import { db } from './db';
import { autoTagsFor } from './rules';
import { samePaper } from './same-record';
import { ensureTags, spellTags } from './tags';

export { preferredId };

function distinctIds(candidate: PaperCandidate): string[] {
  return [...new Set(candidateIds(candidate))];
}

/** Papers that any of `ids` names, oldest saved first, each once. */
export async function papersKnownBy(ids: readonly string[]): Promise<Paper[]> {
  if (ids.length === 0) return [];
  const found = await db.papers.where('aliases').anyOf(ids).toArray();
  const unique = new Map(found.map((paper) => [paper.id, paper]));
  return [...unique.values()].sort((a, b) => a.savedAt - b.savedAt);
}

/** How far the user got with a paper: PAPER_STATUSES runs from to-read to read. */
function progressOf(status: PaperStatus): number {
  return PAPER_STATUSES.indexOf(status);
}

/**
 * One record from what is stored and what the page shows now: the user's tags, status and note
 * are kept (tags are unioned and the most advanced status wins when two records turn out to be
 * one paper); fields the stored record lacks are filled from the richer source.
 */
export function mergePaper(
  stored: Paper[],
  candidate: PaperCandidate | undefined,
  now: number,
): Paper {
  const [first, ...rest] = stored;
  const base: Paper = first ?? {
    ...(candidate as PaperCandidate),
    aliases: [],
    tags: [],
    status: 'to-read',
    note: '',
    savedAt: now,
    updatedAt: now,
  };
  const sources: Array<Partial<Paper>> = [...rest, ...(candidate ? [candidate] : [])];
  const merged: Paper = { ...base, authors: [...base.authors] };
  // Saved under its DOI and marked read there, then found to be the arXiv record saved first:
  // the paper is read. Only stored records count; a page has no status, and a file merged in
  // leaves the shelf's (lib/db/import.ts).
  for (const record of rest) {
    if (progressOf(record.status) > progressOf(merged.status)) merged.status = record.status;
  }
  for (const source of sources) {
    if (!merged.abstract && source.abstract) merged.abstract = source.abstract;
    if (!merged.pdfUrl && source.pdfUrl) merged.pdfUrl = source.pdfUrl;
    if (!merged.published && source.published) merged.published = source.published;
    if (!merged.primaryCategory && source.primaryCategory) {
      merged.primaryCategory = source.primaryCategory;
    }
    mergeVenue(merged, source);
    // A paper imported from a bare id list is titled by its id until a page shows the real title.
    if (
      source.title &&
      isStandInTitle(merged) &&
      !isStandInTitle({ ...merged, title: source.title })
    ) {
      merged.title = source.title;
    }
    // A listing the paper turns up on says more than "imported from a file".
    if (merged.site === 'imported' && source.site && source.site !== 'imported') {
      merged.site = source.site;
    }
    // A listing may show only a sample of the authors (HF avatars): the longer list wins.
    if (source.authors && source.authors.length > merged.authors.length) {
      merged.authors = [...source.authors];
    }
    if (source.tags) merged.tags = uniqueTags([...merged.tags, ...source.tags]);
    if (source.note && !merged.note.includes(source.note)) {
      merged.note = merged.note ? `${merged.note}\n\n${source.note}` : source.note;
    }
    if (source.savedAt !== undefined) merged.savedAt = Math.min(merged.savedAt, source.savedAt);
  }
  // The strongest id names the record (lib/paper/paper-id.ts).
  merged.aliases = byStrength([
    ...stored.flatMap((paper) => paper.aliases),
    ...(candidate ? distinctIds(candidate) : []),
  ]).slice(0, LIMITS.aliases);
  merged.id = preferredId(merged.aliases);
  merged.updatedAt = now;
  return merged;
}

/**
 * The venue of one paper as two sources name it. One known venue goes by the fuller of its names
 * (the Anthology's "Proceedings of the 62nd Annual Meeting…" over dblp's "ACL (1)", Semantic
 * Scholar's "Neural Information Processing Systems" over "NeurIPS"), whichever site came first,
 * with its type once one is known. Two venues (a workshop paper later in a journal, which dblp
 * links to the same arXiv id; or two names this cannot tell are one) keep the first, unless only
 * the second states its type: a stated type is more than a name's words say.
 */
function mergeVenue(merged: Paper, source: Partial<Paper>): void {
  const { venue, venueType } = source;
  if (!venue) return;
  if (!merged.venue) {
    merged.venue = venue;
    if (venueType) merged.venueType = venueType;
  } else if (isSameKnownVenue(merged.venue, venue) || merged.venue === venue) {
    if (venue.length > merged.venue.length) merged.venue = venue;
    merged.venueType ??= venueType;
  } else if (venueType && !merged.venueType) {
    merged.venue = venue;
    merged.venueType = venueType;
  }
}

/** True when a paper's title is only one of its own ids (`arXiv:2403.01234`, a DOI, a URL). */
function isStandInTitle(paper: Pick<Paper, 'title' | 'id' | 'aliases'>): boolean {
  const id = canonicalId(paper.title);
  return id !== undefined && (id === paper.id || paper.aliases.includes(id));
}

/** Replaces `stored` records by `paper` (the id may change when a stronger alias arrives). */
async function replaceRecords(stored: Paper[], paper: Paper): Promise<void> {
  const obsolete = stored.map((p) => p.id).filter((id) => id !== paper.id);
  if (obsolete.length) await db.papers.bulkDelete(obsolete);
  await db.papers.put(paper);
}

/** A paper new to the shelf (nothing `stored`) also gets the tags of the rules it matches. */
async function addAutoTags(stored: Paper[], paper: Paper): Promise<void> {
  if (stored.length > 0) return;
  paper.tags = uniqueTags([...paper.tags, ...(await autoTagsFor(paper))]);
}

/** A change to one paper as listing tabs need it: every id it is known by, and its new state. */
export interface PaperChange {
  ids: string[];
  state: SavedState;
}

export function changeOf(paper: Paper | undefined, ids: readonly string[]): PaperChange {
  return {
    ids: [...new Set([...ids, ...(paper?.aliases ?? [])])],
    state: paper ? savedStateOf(paper) : { saved: false, tags: [] },
  };
}

function savedStateOf(paper: Paper): SavedState {
  return { saved: true, tags: [...paper.tags], status: paper.status };
}

/**
 * Saves a paper, or fills in what the stored record lacks; returns the record. A paper new to the
 * shelf gets the tags of the auto-tag rules it matches.
 */
export async function savePaper(candidate: PaperCandidate, now = Date.now()): Promise<Paper> {
  return db.transaction('rw', db.papers, db.tags, db.rules, async () => {
    const stored = await papersKnownBy(distinctIds(candidate));
    const paper = mergePaper(stored, candidate, now);
    await addAutoTags(stored, paper);
    paper.tags = await spellTags(paper.tags);
    await replaceRecords(stored, paper);
    await ensureTags(paper.tags, now);
    return paper;
  });
}

/**
 * Fills in what the saved records of `candidates` lack (a venue, an abstract, an id), as a save
 * from the page would, but only for papers already on the shelf, and writing only the records
 * the page adds something to: a page shown again writes nothing. Returns the records written.
 */
export async function fillPaperDetails(
  candidates: readonly PaperCandidate[],
  now = Date.now(),
): Promise<Paper[]> {
  return db.transaction('rw', db.papers, async () => {
    const written: Paper[] = [];
    for (const candidate of candidates) {
      const stored = await papersKnownBy(distinctIds(candidate));
      const [first] = stored;
      if (!first) continue;
      const paper = mergePaper(stored, candidate, now);
      if (stored.length === 1 && samePaper(paper, first)) continue;
      await replaceRecords(stored, paper);
      written.push(paper);
    }
    return written;
  });
}

/** Removes the paper known by `id` (any of its aliases); returns what was removed. */
export async function removePaper(id: string): Promise<Paper | undefined> {
  return db.transaction('rw', db.papers, async () => {
    const stored = await papersKnownBy([id]);
    if (stored.length) await db.papers.bulkDelete(stored.map((paper) => paper.id));
    return stored[0];
  });
}

/** Removes several papers at once (bulk actions, privileged); returns what was removed. */
export async function removePapers(ids: readonly string[]): Promise<Paper[]> {
  return db.transaction('rw', db.papers, async () => {
    const stored = await papersKnownBy(ids);
    await db.papers.bulkDelete(stored.map((paper) => paper.id));
    return stored;
  });
}

/**
 * Puts back papers that were removed (undo): each record returns as it was, timestamps included.
 * A paper saved again in the meantime is merged with its old record, so nothing the user added
 * on either side is lost. Returns the records as stored.
 */
export async function restorePapers(papers: readonly Paper[], now = Date.now()): Promise<Paper[]> {
  return db.transaction('rw', db.papers, db.tags, async () => {
    // One lookup for all: undoing the removal of a whole shelf is 10,000 records.
    const resaved = new Set(
      (await papersKnownBy(papers.flatMap((paper) => paper.aliases))).flatMap((p) => p.aliases),
    );
    const untouched = papers.filter((paper) => !paper.aliases.some((id) => resaved.has(id)));
    await db.papers.bulkPut(untouched);
    const restored = [...untouched];
    for (const removed of papers) {
      if (!removed.aliases.some((id) => resaved.has(id))) continue;
      const stored = await papersKnownBy(removed.aliases);
      const all = [...stored, removed].sort((a, b) => a.savedAt - b.savedAt);
      const paper = mergePaper(all, undefined, now);
      await replaceRecords(stored, paper);
      restored.push(paper);
    }
    await ensureTags([...new Set(restored.flatMap((paper) => paper.tags))], now);
    return restored;
  });
}

/**
 * Applies `change` to every stored paper that `ids` name (any alias counts), in one transaction;
 * returns the updated records. Ids not on the shelf are skipped: a status never saves a paper.
 */
async function updatePapers(
  ids: readonly string[],
  change: (paper: Paper) => void,
  now: number,
): Promise<Paper[]> {
  const stored = await papersKnownBy(ids);
  for (const paper of stored) {
    change(paper);
    paper.updatedAt = now;
  }
  await db.papers.bulkPut(stored);
  return stored;
}

/** Sets the reading status of the papers `ids` name; returns the updated records. */
export async function setPapersStatus(
  ids: readonly string[],
  status: PaperStatus,
  now = Date.now(),
): Promise<Paper[]> {
  return db.transaction('rw', db.papers, () =>
    updatePapers(
      ids,
      (paper) => {
        paper.status = status;
      },
      now,
    ),
  );
}

/** Sets the reading status of one paper (any of its ids); undefined when it is not saved. */
export async function setPaperStatus(
  id: string,
  status: PaperStatus,
  now = Date.now(),
): Promise<Paper | undefined> {
  return (await setPapersStatus([id], status, now))[0];
}

/** Replaces the note of one paper (any of its ids); undefined when it is not saved. */
export async function setPaperNote(
  id: string,
  note: string,
  now = Date.now(),
): Promise<Paper | undefined> {
  return db.transaction('rw', db.papers, async () => {
    const [paper] = await updatePapers(
      [id],
      (stored) => {
        stored.note = note.slice(0, LIMITS.noteLength);
      },
      now,
    );
    return paper;
  });
}

export interface TagEdit {
  add?: readonly string[];
  remove?: readonly string[];
}

/**
 * Adds and removes tags on the paper `candidate` names, saving it first when it is not on the
 * shelf yet (tagging a paper is a way of saving it). Returns the record; undefined when the edit
 * only takes tags off a paper the shelf does not have, which saves nothing: a card that missed
 * the paper's removal (in the popup, another tab) must not bring it back.
 */
export function editPaperTags(
  candidate: PaperCandidate,
  edit: TagEdit & { add: readonly [string, ...string[]] },
  now?: number,
): Promise<Paper>;
export function editPaperTags(
  candidate: PaperCandidate,
  edit: TagEdit,
  now?: number,
): Promise<Paper | undefined>;
export async function editPaperTags(
  candidate: PaperCandidate,
  edit: TagEdit,
  now = Date.now(),
): Promise<Paper | undefined> {
  return db.transaction('rw', db.papers, db.tags, db.rules, async () => {
    const stored = await papersKnownBy(distinctIds(candidate));
    if (stored.length === 0 && edit.remove?.length && !edit.add?.length) return undefined;
    const paper = mergePaper(stored, candidate, now);
    await addAutoTags(stored, paper);
    applyTagEdit(paper, edit);
    paper.tags = await spellTags(paper.tags);
    await replaceRecords(stored, paper);
    await ensureTags(paper.tags, now);
    return paper;
  });
}

/**
 * Adds and removes tags on every saved paper `ids` name (bulk tagging from the reading list);
 * unlike editPaperTags it never saves a paper. Returns the updated records.
 */
export async function editPapersTags(
  ids: readonly string[],
  edit: TagEdit,
  now = Date.now(),
): Promise<Paper[]> {
  return db.transaction('rw', db.papers, db.tags, async () => {
    // The papers' own tags are spelled as stored already; only the added names may differ.
    const spelled = { ...edit, add: await spellTags(edit.add ?? []) };
    const updated = await updatePapers(ids, (paper) => applyTagEdit(paper, spelled), now);
    await ensureTags([...new Set(updated.flatMap((paper) => paper.tags))], now);
    return updated;
  });
}

function applyTagEdit(paper: Paper, edit: TagEdit): void {
  const removed = new Set((edit.remove ?? []).map((tag) => normalizeTagName(tag).toLowerCase()));
  paper.tags = uniqueTags([...paper.tags, ...(edit.add ?? [])]).filter(
    (tag) => !removed.has(tag.toLowerCase()),
  );
}

/** Saved state of each requested id (any alias counts); ids not on the shelf are unsaved. */
export async function getSavedStates(ids: readonly string[]): Promise<Record<string, SavedState>> {
  const wanted = new Set(ids);
  const states: Record<string, SavedState> = {};
  for (const id of wanted) states[id] = { saved: false, tags: [] };
  const papers = await db.papers
    .where('aliases')
    .anyOf([...wanted])
    .toArray();
  for (const paper of papers) {
    for (const alias of paper.aliases) {
      if (wanted.has(alias)) states[alias] = savedStateOf(paper);
    }
  }
  return states;
}

/**
 * The whole reading list, newest first, read `pageSize` papers per request: each request's
 * records are deserialized in a task of their own, so reading 10,000 papers (15 MB) never blocks
 * the page for long. Pages follow savedAt; a run of equal savedAt cut by a page is read whole.
 * `pause`, if given, is awaited between pages (background work lets other work go first).
 */
export async function listPapersInPages(
  pageSize = 2000,
  pause?: () => Promise<void>,
): Promise<Paper[]> {
  const papers: Paper[] = [];
  let before = Number.POSITIVE_INFINITY;
  for (let pageNumber = 0; ; pageNumber++) {
    if (pageNumber > 0) await pause?.();
    const page = await db.papers.where('savedAt').below(before).reverse().limit(pageSize).toArray();
    const last = page.at(-1)?.savedAt;
    if (page.length < pageSize || last === undefined) {
      papers.push(...page);
      return papers;
    }
    papers.push(...page.filter((paper) => paper.savedAt !== last));
    papers.push(...(await db.papers.where('savedAt').equals(last).toArray()));
    before = last;
  }
}

/** The reading list, newest first; `limit` reads only the newest papers (a first page). */
export async function listPapers(options: { limit?: number } = {}): Promise<Paper[]> {
  const newestFirst = db.papers.orderBy('savedAt').reverse();
  return (options.limit === undefined ? newestFirst : newestFirst.limit(options.limit)).toArray();
}
