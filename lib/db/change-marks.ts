/**
 * When the auto-tag rules or tags last changed, for the backup reminder's "changed since the last
 * backup" (lib/backup/reminder.ts). Papers say when they changed with their `updatedAt`; a rule
 * or tag has no such date, and deleting one leaves no record to hold it, so every change to them
 * that the user makes (lib/db/rules.ts, lib/db/tags.ts, a merge import) marks the time here, in
 * its own transaction. A tag record created for a paper's new tag needs no mark: the paper's
 * `updatedAt` says it, and a removed paper needs none: the reminder compares the paper count with
 * the last backup's. Restoring a backup clears the mark: the rules and tags are then the file's.
 */
import { db } from './db';

const RULES_AND_TAGS = 'rules-and-tags';

/** Call inside the transaction that changes rules or tags; it must include changeMarks. */
export async function markRulesAndTagsChanged(now: number): Promise<void> {
  await db.changeMarks.put({ part: RULES_AND_TAGS, changedAt: now });
}

/** The rules and tags are now as a backup file holds them; call inside its transaction. */
export async function clearRulesAndTagsChanged(): Promise<void> {
  await db.changeMarks.delete(RULES_AND_TAGS);
}

export async function rulesAndTagsChangedAt(): Promise<number | undefined> {
  return (await db.changeMarks.get(RULES_AND_TAGS))?.changedAt;
}
