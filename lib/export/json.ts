/**
 * The JSON backup: everything needed to restore a shelf (papers with notes and statuses, tags
 * with their colours, auto-tag rules), exactly as stored, so that import(export(shelf)) is the
 * same shelf (test/lib/export/backup-round-trip.test.ts checks that for any text).
 *
 * `schemaVersion` counts changes to this file format, not Dexie versions: a reader refuses
 * backups newer than it knows and reads every older one.
 */
import * as z from 'zod/mini';
import {
  type AutoTagRule,
  autoTagRuleSchema,
  type Paper,
  paperSchema,
  type Tag,
  tagSchema,
} from '../paper/schemas';

export const BACKUP_FORMAT = 'paper-shelf-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  papers: z.array(paperSchema),
  tags: z.array(tagSchema),
  /** Optional: backups written before auto-tag rules existed have none. */
  rules: z.optional(z.array(autoTagRuleSchema)),
});
export type Backup = z.infer<typeof backupSchema>;

export interface ShelfContents {
  papers: readonly Paper[];
  tags: readonly Tag[];
  rules?: readonly AutoTagRule[];
}

export function exportBackup({ papers, tags, rules = [] }: ShelfContents): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    // Id and title first, so that a backup reads well and two backups diff well.
    papers: papers.map(({ id, title, ...rest }) => ({ id, title, ...rest })),
    tags: [...tags],
    rules: [...rules],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
