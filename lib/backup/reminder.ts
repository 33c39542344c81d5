/**
 * The backup reminder: the shelf lives only in this browser profile, so the user chooses how
 * often Paper Shelf reminds them to save a backup file (weekly, monthly, never). The choice, and
 * the date and paper count of the last backup, are kept in `browser.storage.local`: in Firefox,
 * an extension's `localStorage` is cleared with the browsing history, and a Dexie table for a few
 * values would cost a schema version.
 *
 * No automatic backup: writing files unasked needs the "downloads" permission ("Manage your
 * downloads" at install) and fills the Downloads folder with copies nobody looks at. The
 * reminder offers the backup in one click instead.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { rulesAndTagsChangedAt } from '../db/change-marks';
import { db } from '../db/db';

export const REMINDER_CHOICES = ['weekly', 'monthly', 'never'] as const;
export type ReminderChoice = (typeof REMINDER_CHOICES)[number];

export const REMINDER_LABELS: Record<ReminderChoice, string> = {
  weekly: 'Every week',
  monthly: 'Every month',
  never: 'Never',
};

const DAY_MS = 24 * 60 * 60 * 1000;
const INTERVAL_MS: Record<Exclude<ReminderChoice, 'never'>, number> = {
  weekly: 7 * DAY_MS,
  monthly: 30 * DAY_MS,
};
/** "Later" hides the reminder for this long. */
export const SNOOZE_MS = 3 * DAY_MS;

const settingsSchema = z.object({
  reminder: z.enum(REMINDER_CHOICES),
  lastBackupAt: z.optional(z.number()),
  /**
   * How many papers the shelf held at the last backup: a removed paper leaves no record to date
   * it, but the count drops (isBackupDue). Missing for a backup recorded by an older version.
   */
  lastBackupPaperCount: z.optional(z.number()),
  snoozedUntil: z.optional(z.number()),
});
export type BackupSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { reminder: 'monthly' };

const STORAGE_KEY = 'backup';

/** What the reminder needs to know about the shelf. */
export interface ShelfSummary {
  paperCount: number;
  /** When the oldest paper was saved: a shelf never backed up is due one interval after. */
  firstSavedAt?: number;
  /**
   * The latest change to a paper, an auto-tag rule or a tag (all of which a backup holds). A
   * removed paper leaves no date: `paperCount` shows it (isBackupDue).
   */
  lastChangedAt?: number;
}

/**
 * The shelf as the reminder sees it, from indexes and one mark rather than a scan of every
 * record: the popup runs this in a liveQuery, again after every change.
 */
export async function summarizeShelf(): Promise<ShelfSummary> {
  const [paperCount, first, last, rulesOrTagsChangedAt] = await Promise.all([
    db.papers.count(),
    db.papers.orderBy('savedAt').first(),
    db.papers.orderBy('updatedAt').last(),
    rulesAndTagsChangedAt(),
  ]);
  const changes = [last?.updatedAt, rulesOrTagsChangedAt].filter((at) => at !== undefined);
  return {
    paperCount,
    firstSavedAt: first?.savedAt,
    lastChangedAt: changes.length > 0 ? Math.max(...changes) : undefined,
  };
}

/**
 * Whether the shelf may differ from what the last backup file holds. Saving, editing or importing
 * a paper dates it (`updatedAt`) and a change to the rules or tags is marked (change-marks.ts),
 * but a removed paper leaves no record to date: removals show as a paper count other than the
 * backup's. Every paper that joins the shelf is dated after the backup except one put back by an
 * undo (restorePapers keeps its dates), which the count catches as well; a removal undone before
 * the next backup changes nothing, as the shelf is then again what the file holds.
 */
function changedSinceBackup(settings: BackupSettings, shelf: ShelfSummary): boolean {
  const { lastBackupAt, lastBackupPaperCount } = settings;
  if (lastBackupAt === undefined) return true;
  if ((shelf.lastChangedAt ?? 0) > lastBackupAt) return true;
  return lastBackupPaperCount !== undefined && shelf.paperCount !== lastBackupPaperCount;
}

export function isBackupDue(settings: BackupSettings, shelf: ShelfSummary, now: number): boolean {
  if (settings.reminder === 'never' || shelf.paperCount === 0) return false;
  if (settings.snoozedUntil !== undefined && now < settings.snoozedUntil) return false;
  if (!changedSinceBackup(settings, shelf)) return false;
  const since = settings.lastBackupAt ?? shelf.firstSavedAt ?? now;
  return now - since >= INTERVAL_MS[settings.reminder];
}

export async function loadBackupSettings(): Promise<BackupSettings> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = settingsSchema.safeParse(stored);
  // A value from a future version or hand-edited storage: start from the defaults again.
  return parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS };
}

export async function updateBackupSettings(
  change: Partial<BackupSettings>,
): Promise<BackupSettings> {
  const settings = { ...(await loadBackupSettings()), ...change };
  await browser.storage.local.set({ [STORAGE_KEY]: settings });
  return settings;
}

/**
 * A backup file of the whole shelf was written: the reminder waits a whole interval again, and
 * counts the shelf's papers to notice the ones removed from now on.
 */
export async function recordBackup(now = Date.now()): Promise<BackupSettings> {
  const lastBackupPaperCount = await db.papers.count();
  return updateBackupSettings({ lastBackupAt: now, lastBackupPaperCount, snoozedUntil: undefined });
}

/**
 * The shelf was replaced by a file's papers (lib/db/import.ts, mode `replace`): it is what that
 * file holds, so the papers it counts now are the ones to notice removals from. The date stays:
 * the user wrote no new file, and a paper the file dates after the last backup is still news.
 */
export async function recordRestore(): Promise<BackupSettings> {
  return updateBackupSettings({ lastBackupPaperCount: await db.papers.count() });
}

/** Calls `listener` with the new settings whenever any extension page changes them. */
export function onBackupSettingsChanged(listener: (settings: BackupSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(STORAGE_KEY in changes)) return;
    const parsed = settingsSchema.safeParse(changes[STORAGE_KEY]?.newValue);
    listener(parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS });
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
