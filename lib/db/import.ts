/**
 * Puts a parsed import file (lib/import) on the shelf, all or nothing.
 *
 * - merge: every incoming paper is merged into the record that any of its ids names, with the
 *   same rules as saving from a page (lib/db/papers.ts mergePaper: the shelf's status wins, tags
 *   are unioned, a new note is appended, missing fields are filled). Nothing is removed. A paper
 *   new to the shelf keeps the file's status, note and saved date, and is updated now.
 * - replace: the shelf becomes the file (a backup restore): papers, tags and rules not in it go,
 *   and the plan counts each of them, so that the preview says what a restore takes away; a rule
 *   or tag it keeps but as the file has it (an edited rule, a recoloured tag) counts too.
 *
 * Auto-tag rules come with backups: merge adds those the shelf does not have (by id); replace
 * restores the file's. A rule whose pattern this version would refuse is kept but never blocks a
 * save (lib/rules/match.ts skips it).
 *
 * planImport() computes what would change without writing (the preview); applyImport() computes
 * it again inside ONE read-write transaction and writes it, so what is applied matches the shelf
 * at that moment even if a tab saved a paper since the preview, and any failure rolls it all back.
 */

import { dateOfPaper } from '../export/paper-fields';
import { describeIssue, ImportError } from '../import/errors';
import type { ParsedImport } from '../import/types';
import { yearMonth } from '../paper/months';
import { type Paper, paperSchema, type Tag, uniqueTags } from '../paper/schemas';
import { newTagColors, tagColor } from '../paper/tag-colors';
import { venueTypeOf } from '../paper/venue';
import { clearRulesAndTagsChanged, markRulesAndTagsChanged } from './change-marks';
import { db } from './db';
import { changeOf, mergePaper, type PaperChange, papersKnownBy } from './papers';
import { samePaper, sameRecord } from './same-record';
import { ensureTags, knownTagSpelling } from './tags';

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  /** Papers not on the shelf before. */
  added: number;
  /** Papers on the shelf that the file changes. */
  updated: number;
  /** Papers on the shelf that the file holds as they are. */
  unchanged: number;
  /** Papers on the shelf that a replace removes. */
  removed: number;
  /** Tags the shelf did not have. */
  tagsAdded: number;
  /** Auto-tag rules the shelf did not have. */
  rulesAdded: number;
  /**
   * Auto-tag rules and tags on the shelf that a replace removes: those the file does not bring
   * back (a backup written before rules were in it has none, and a tag on no paper of the file
   * goes too). Papers that go are `removed`.
   */
  rulesRemoved: number;
  tagsRemoved: number;
  /**
   * Auto-tag rules on the shelf that a replace puts back as the file has them (same id, another
   * tag, pattern, field or state). A merge keeps the shelf's rules.
   */
  rulesUpdated: number;
  /**
   * Tags on the shelf that a replace gives another colour: the file's, or the default when the
   * file names the tag without a record of it. A merge keeps the shelf's colours. (A renamed tag
   * is one added and one removed: tags are stored by name.)
   */
  tagsRecolored: number;
}

/**
 * Every count that says the import changes the shelf, that is all but `unchanged`. Typed so that
 * a count added to ImportCounts cannot be left out of changesShelf: the preview turns Apply off
 * when nothing changes, and once did so for a restore that only put back an edited rule.
 */
const CHANGE_COUNTS: Record<Exclude<keyof ImportCounts, 'unchanged'>, true> = {
  added: true,
  updated: true,
  removed: true,
  tagsAdded: true,
  rulesAdded: true,
  rulesRemoved: true,
  tagsRemoved: true,
  rulesUpdated: true,
  tagsRecolored: true,
};

/** Whether applying the import would change anything on the shelf. */
export function changesShelf(counts: ImportCounts): boolean {
  return (Object.keys(CHANGE_COUNTS) as Array<keyof typeof CHANGE_COUNTS>).some(
    (count) => counts[count] > 0,
  );
}

export interface ImportResult extends ImportCounts {
  /** For broadcastPaperChanges: every paper written or removed, by all its ids. */
  changes: PaperChange[];
}

interface ImportPlan {
  result: ImportResult;
  /** The writes that make the plan real; run inside the plan's read-write transaction. */
  write(): Promise<void>;
}

/**
 * `merged` without what a shelf's own export writes of `stored` though the record does not hold
 * it, and an import then reads back: the type of a known venue (lib/paper/venue.ts) and the month
 * an arXiv id names (the export's year and month). Compared so, a record that gains only those is
 * unchanged: importing one's own export again previews no "updated".
 */
function withoutDerived(stored: Paper, merged: Paper): Paper {
  const { venueType, published, ...rest } = merged;
  const derivedDate = stored.published === undefined ? dateOfPaper(stored) : undefined;
  const derivedMonth = derivedDate?.month && yearMonth(derivedDate.year, derivedDate.month);
  const keepType = stored.venueType !== undefined || venueTypeOf(stored) !== venueType;
  const keepDate = stored.published !== undefined || published !== derivedMonth;
  return {
    ...rest,
    ...(venueType && keepType && { venueType }),
    ...(published && keepDate && { published }),
  };
}

/** The colour a tag's chips show, in one case for comparing: a replace that only recolours counts. */
function chipColor(tag: Pick<Tag, 'name' | 'color'>): string {
  return tagColor(tag.name, tag.color).toLowerCase();
}

interface MergedRecord {
  paper: Paper;
  /** Stored records this one replaces. */
  absorbed: Paper[];
  /** Every id the file named it by. */
  incomingIds: string[];
}

/**
 * The records `incoming` papers become, merged into `stored` ones and into each other (a file
 * may hold one paper twice, under two ids).
 */
function mergeAll(
  stored: readonly Paper[],
  incoming: readonly Paper[],
  now: number,
): MergedRecord[] {
  const records = new Map<string, MergedRecord>();
  const recordIdByAlias = new Map<string, string>();
  const add = (record: MergedRecord) => {
    records.set(record.paper.id, record);
    for (const alias of record.paper.aliases) recordIdByAlias.set(alias, record.paper.id);
  };
  for (const paper of stored) add({ paper, absorbed: [paper], incomingIds: [] });
  for (const paper of incoming) {
    const ids = [paper.id, ...paper.aliases];
    const matched = [...new Set(ids.flatMap((id) => recordIdByAlias.get(id) ?? []))]
      .map((id) => records.get(id) as MergedRecord)
      .sort((a, b) => a.paper.savedAt - b.paper.savedAt);
    for (const record of matched) records.delete(record.paper.id);
    add({
      // A paper new to the shelf comes in as the file has it: its status, note and dates (a
      // merge then marks it updated now: planWithin).
      paper: matched.length
        ? mergePaper(
            matched.map((record) => record.paper),
            paper,
            now,
          )
        : { ...paper, aliases: [...new Set([paper.id, ...paper.aliases])] },
      absorbed: matched.flatMap((record) => record.absorbed),
      incomingIds: [...matched.flatMap((record) => record.incomingIds), ...ids],
    });
  }
  return [...records.values()].filter((record) => record.incomingIds.length > 0);
}

/** A merged record must still be a valid paper (two notes together may pass the length limit). */
function checkPaper(paper: Paper): void {
  const checked = paperSchema.safeParse(paper, { error: describeIssue });
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new ImportError(`merged with the shelf, ${issue?.message ?? 'it is invalid'}`, {
    entry: paper.id,
    field: issue?.path.join('.'),
  });
}

async function planWithin(
  parsed: ParsedImport,
  mode: ImportMode,
  now: number,
): Promise<ImportPlan> {
  const incomingIds = parsed.papers.flatMap((paper) => [paper.id, ...paper.aliases]);
  // Whole records, not keys: a replace compares them with the file's (rulesUpdated,
  // tagsRecolored). Both tables are small next to the papers.
  const shelfTags = await db.tags.toArray();
  const shelfRules = await db.rules.toArray();
  const shelfTagNames = new Set(shelfTags.map((tag) => tag.name));
  const shelfRuleIds = new Set(shelfRules.map((rule) => rule.id));
  // Merge touches only the records the file names; replace starts from an empty shelf. (Only
  // Dexie calls are awaited here: IndexedDB commits a transaction that waits on anything else.)
  const shelf = mode === 'replace' ? await db.papers.toArray() : [];
  const stored = mode === 'merge' && incomingIds.length > 0 ? await papersKnownBy(incomingIds) : [];
  const records = mergeAll(stored, parsed.papers, now);
  // On merge, a tag the shelf has in another case is the shelf's tag ("ml" in the file when the
  // shelf has "ML"), as when saving from a page (spellTags): else the import made a second tag.
  // A replace takes the file's names as they are: the shelf becomes the file.
  const known = mode === 'merge' ? knownTagSpelling(shelfTagNames) : () => undefined;
  const spell = (name: string) => known(name) ?? name;
  for (const { paper } of records) paper.tags = uniqueTags(paper.tags.map(spell));

  const result: ImportResult = {
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    tagsAdded: 0,
    rulesAdded: parsed.rules.filter((rule) => !shelfRuleIds.has(rule.id)).length,
    rulesRemoved: 0,
    tagsRemoved: 0,
    rulesUpdated: 0,
    tagsRecolored: 0,
    changes: [],
  };
  const allRecords: Paper[] = [];
  const changedRecords: Paper[] = [];
  const unchangedRecords: Paper[] = [];
  const idsToDelete: string[] = [];
  // On replace, what a record replaces is the shelf's records that share an id with it.
  const shelfByAlias = new Map(shelf.flatMap((paper) => paper.aliases.map((a) => [a, paper])));
  const replaced = new Set<Paper>();
  for (const { paper, absorbed, incomingIds: ids } of records) {
    checkPaper(paper);
    const before =
      mode === 'merge'
        ? absorbed
        : [...new Set(paper.aliases.flatMap((alias) => shelfByAlias.get(alias) ?? []))];
    for (const old of before) replaced.add(old);
    allRecords.push(paper);
    const [only] = before;
    if (before.length === 1 && only && samePaper(only, withoutDerived(only, paper))) {
      result.unchanged++;
      unchangedRecords.push(paper);
      continue;
    }
    if (before.length === 0) {
      result.added++;
      // New to the shelf, it changes the shelf now, and says so: the backup reminder's "changed
      // since the last backup" and the suggestion model's fingerprint read the newest
      // `updatedAt` (a paper removed and an old one imported left it as it was). Its other dates
      // are the file's; a replace keeps the file's `updatedAt` too, being a restore.
      if (mode === 'merge') paper.updatedAt = now;
    } else result.updated++;
    changedRecords.push(paper);
    idsToDelete.push(...before.map((old) => old.id).filter((id) => id !== paper.id));
    result.changes.push(changeOf(paper, [...ids, ...before.flatMap((old) => old.aliases)]));
  }
  for (const paper of shelf) {
    if (replaced.has(paper)) continue;
    result.removed++;
    result.changes.push(changeOf(undefined, paper.aliases));
  }

  // Tags the file brings keep its colours, unless the shelf has them already (merge).
  const tagsToWrite =
    mode === 'replace' ? parsed.tags : parsed.tags.filter((tag) => known(tag.name) === undefined);
  const rulesToWrite =
    mode === 'replace'
      ? parsed.rules
      : parsed.rules
          .filter((rule) => !shelfRuleIds.has(rule.id))
          .map((rule) => ({ ...rule, tag: spell(rule.tag) }));
  const tagNames = new Set([
    ...parsed.tags.map((tag) => spell(tag.name)),
    ...records.flatMap((record) => record.paper.tags),
    ...rulesToWrite.map((rule) => rule.tag),
  ]);
  result.tagsAdded = [...tagNames].filter((name) => !shelfTagNames.has(name)).length;
  if (mode === 'replace') {
    // write() clears both tables: what the file does not put back is gone.
    const fileRuleIds = new Set(parsed.rules.map((rule) => rule.id));
    result.rulesRemoved = [...shelfRuleIds].filter((id) => !fileRuleIds.has(id)).length;
    result.tagsRemoved = [...shelfTagNames].filter((name) => !tagNames.has(name)).length;
    const fileRules = new Map(parsed.rules.map((rule) => [rule.id, rule]));
    result.rulesUpdated = shelfRules.filter((stored) => {
      const restored = fileRules.get(stored.id);
      return restored !== undefined && !sameRecord(stored, restored);
    }).length;
    // A tag the file holds a record of comes back as that record; one it names only on papers or
    // rules comes back from ensureTags, in the colour it gives a new tag next to the file's.
    const fileTags = new Map(parsed.tags.map((tag) => [tag.name, chipColor(tag)]));
    const madeAgain = [...tagNames].filter((name) => !fileTags.has(name));
    const colorsMade = newTagColors(madeAgain, fileTags.values());
    const restoredColor = new Map([
      ...fileTags,
      ...madeAgain.map((name, index) => [name, colorsMade[index]] as [string, string]),
    ]);
    const recolored = new Set(
      shelfTags
        .filter((stored) => tagNames.has(stored.name))
        .filter((stored) => chipColor(stored) !== restoredColor.get(stored.name))
        .map((stored) => stored.name),
    );
    result.tagsRecolored = recolored.size;
    // Listing tabs are told of a paper whose tag changes colour, though the paper is as it was:
    // its cards show the tag's chip (the background sends the colours with the states).
    for (const paper of unchangedRecords) {
      if (paper.tags.some((tag) => recolored.has(tag))) {
        result.changes.push(changeOf(paper, paper.aliases));
      }
    }
  }

  async function write(): Promise<void> {
    if (mode === 'replace') {
      await db.papers.clear();
      await db.tags.clear();
      await db.rules.clear();
    }
    await db.papers.bulkDelete(idsToDelete);
    // On replace the unchanged records go back too: the clear took them away.
    await db.papers.bulkPut(mode === 'replace' ? allRecords : changedRecords);
    await db.tags.bulkPut(tagsToWrite);
    await db.rules.bulkPut(rulesToWrite);
    await ensureTags([...tagNames], now);
    // For the backup reminder: a restore leaves the rules and tags as a backup file holds them,
    // so nothing about them is new since a backup; a merge that adds some makes a shelf no file
    // holds (as it marks the papers it adds updated now).
    if (mode === 'replace') await clearRulesAndTagsChanged();
    else if (result.rulesAdded + result.tagsAdded > 0) await markRulesAndTagsChanged(now);
  }
  return { result, write };
}

/** What importing would change, without changing anything. */
export async function planImport(
  parsed: ParsedImport,
  mode: ImportMode,
  now = Date.now(),
): Promise<ImportResult> {
  const plan = await db.transaction('r', db.papers, db.tags, db.rules, () =>
    planWithin(parsed, mode, now),
  );
  return plan.result;
}

/** Imports in one transaction: the shelf ends as planned or, on any error, as it was. */
export async function applyImport(
  parsed: ParsedImport,
  mode: ImportMode,
  now = Date.now(),
): Promise<ImportResult> {
  return db.transaction('rw', db.papers, db.tags, db.rules, db.changeMarks, async () => {
    const plan = await planWithin(parsed, mode, now);
    await plan.write();
    return plan.result;
  });
}
