/**
 * Puts a parsed import file (lib/import) on the shelf, all or nothing.
 *
 * - merge: every incoming paper is merged into the record that any of its ids names, with the
 *   same rules as saving from a page (lib/db/papers.ts mergePaper: the shelf's status wins, tags
 *   are unioned, a new note is appended, missing fields are filled). Nothing is removed. A paper
 *   new to the shelf keeps the file's status, note and saved date, and is updated now.
 * - replace: the shelf becomes the file (a backup restore): papers, tags and rules not in it go,
 *   and the plan counts each of them, so that the preview says what a restore takes away.
 *
 * Auto-tag rules come with backups: merge adds those the shelf does not have (by id); replace
 * restores the file's. A rule whose pattern this version would refuse is kept but never blocks a
 * save (lib/rules/match.ts skips it).
 *
 * planImport() computes what would change without writing (the preview); applyImport() computes
 * it again inside ONE read-write transaction and writes it, so what is applied matches the shelf
 * at that moment even if a tab saved a paper since the preview, and any failure rolls it all back.
 */
import { ImportError } from '../import/errors';
import type { ParsedImport } from '../import/types';
import { type Paper, paperSchema, uniqueTags } from '../paper/schemas';
import { db } from './db';
import { changeOf, mergePaper, type PaperChange, papersKnownBy } from './papers';
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

/** The same paper apart from when it was last touched and the order of its aliases. */
function samePaper(a: Paper, b: Paper): boolean {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => key !== 'updatedAt')
    .sort() as Array<keyof Paper>;
  const comparable = (paper: Paper) =>
    JSON.stringify(keys.map((key) => (key === 'aliases' ? [...paper.aliases].sort() : paper[key])));
  return comparable(a) === comparable(b);
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
  const checked = paperSchema.safeParse(paper);
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
  const shelfTagNames = new Set((await db.tags.toCollection().primaryKeys()) as string[]);
  const shelfRuleIds = new Set((await db.rules.toCollection().primaryKeys()) as string[]);
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
    changes: [],
  };
  const allRecords: Paper[] = [];
  const changedRecords: Paper[] = [];
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
    if (before.length === 1 && samePaper(before[0] as Paper, paper)) {
      result.unchanged++;
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
  return db.transaction('rw', db.papers, db.tags, db.rules, async () => {
    const plan = await planWithin(parsed, mode, now);
    await plan.write();
    return plan.result;
  });
}
