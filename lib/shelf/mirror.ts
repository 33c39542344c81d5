/**
 * The shelf in a page's memory, kept current by reading only what changed.
 *
 * A liveQuery over the whole table would read all of it again after every change: at 10,000
 * papers that is ~15 MB to read and deserialize, most of a second on a busy machine, for each
 * status key pressed. Instead, after the first full read, a change costs the list of ids (to see
 * papers come and go) and the papers whose `updatedAt` is at least the newest seen so far.
 * And the page's own writes do not wait even for that: their results are absorbed at once.
 *
 * Contract this relies on: every write that changes a paper sets its `updatedAt` to the time of
 * the write (all of lib/db does). A paper that comes back with an older `updatedAt` (undo) is
 * new to the mirror, so it is read in full anyway. The one write that keeps old timestamps on
 * papers the shelf already has, replacing the shelf with a backup, is followed by `invalidate`
 * and a full read in the page that made it.
 */
import { db } from '../db/db';
import { listPapersInPages } from '../db/papers';
import type { Paper } from '../paper/schemas';

/** One read of the shelf, as a liveQuery querier returns it (the querier itself changes nothing). */
export interface ShelfRead {
  /** The papers to add or replace. */
  records: Paper[];
  /** Every id on the shelf now; without it, `records` is the whole shelf. */
  ids?: string[];
}

const byNewestSaved = (a: Paper, b: Paper) => b.savedAt - a.savedAt;

/** Two writes can fall in the same millisecond: an equal `updatedAt` is not enough to skip one. */
function sameRecord(a: Paper, b: Paper): boolean {
  return a.updatedAt === b.updatedAt && JSON.stringify(a) === JSON.stringify(b);
}

export class ShelfMirror {
  private readonly byId = new Map<string, Paper>();
  private newestUpdate = Number.NEGATIVE_INFINITY;
  private loaded = false;
  /** Newest saved first; a new array after every change. */
  papers: Paper[] = [];

  /** The next read reads everything again. */
  invalidate(): void {
    this.loaded = false;
  }

  /** Reads what changed since the reads applied so far: everything, the first time. */
  read = (): Promise<ShelfRead> =>
    db.transaction('r', db.papers, async () => {
      if (!this.loaded) return { records: await listPapersInPages() };
      const ids = (await db.papers.toCollection().primaryKeys()) as string[];
      const updated = await db.papers.where('updatedAt').aboveOrEqual(this.newestUpdate).toArray();
      const have = new Set(updated.map((paper) => paper.id));
      const unknown = ids.filter((id) => !this.byId.has(id) && !have.has(id));
      const added = unknown.length > 0 ? await db.papers.bulkGet(unknown) : [];
      return { ids, records: [...updated, ...added.filter((paper) => paper !== undefined)] };
    });

  /** Applies a read; true when the shelf changed (and `papers` is a new array). */
  apply({ ids, records }: ShelfRead): boolean {
    const full = ids === undefined;
    const present = new Set(ids ?? records.map((paper) => paper.id));
    const gone = [...this.byId.keys()].filter((id) => !present.has(id));
    const wasLoaded = this.loaded;
    this.loaded = true;
    // A full read is the shelf as it is: nothing in it is older than what the page knows.
    return this.update(records, gone, full) || !wasLoaded;
  }

  /** What this page just wrote (the records lib/db returned): shown without reading them back. */
  absorb(written: readonly Paper[], removedIds: readonly string[] = []): boolean {
    return this.loaded && this.update(written, removedIds, false);
  }

  private update(records: readonly Paper[], removedIds: readonly string[], full: boolean): boolean {
    let changed = false;
    let reorder = false;
    for (const id of removedIds) {
      if (this.byId.delete(id)) changed = reorder = true;
    }
    for (const paper of records) {
      const known = this.byId.get(paper.id);
      this.newestUpdate = Math.max(this.newestUpdate, paper.updatedAt);
      // Never back in time: a read that began before a write this page absorbed.
      if (known && ((!full && known.updatedAt > paper.updatedAt) || sameRecord(known, paper))) {
        continue;
      }
      this.byId.set(paper.id, paper);
      changed = true;
      if (known?.savedAt !== paper.savedAt) reorder = true;
    }
    if (reorder) this.papers = [...this.byId.values()].sort(byNewestSaved);
    else if (changed) this.papers = this.papers.map((paper) => this.byId.get(paper.id) ?? paper);
    return changed;
  }
}
