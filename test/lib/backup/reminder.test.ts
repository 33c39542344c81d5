/**
 * When the backup reminder is due, what it reads of the shelf (fake-indexeddb), and where its
 * settings live (browser.storage.local).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildBackupFile } from '@/lib/backup/backup-file';
import {
  type BackupSettings,
  DEFAULT_BACKUP_SETTINGS,
  isBackupDue,
  loadBackupSettings,
  onBackupSettingsChanged,
  recordBackup,
  SNOOZE_MS,
  summarizeShelf,
  updateBackupSettings,
} from '@/lib/backup/reminder';
import { db } from '@/lib/db/db';
import { applyImport } from '@/lib/db/import';
import { editPaperTags } from '@/lib/db/papers';
import { addRule, deleteRule, updateRule } from '@/lib/db/rules';
import { deleteTag, ensureTags, mergeTags, recolorTag, renameTag } from '@/lib/db/tags';
import { exportPapers } from '@/lib/export';
import { parseImport } from '@/lib/import';
import { candidate } from '../../fixtures/papers';
import { autoTagRule } from '../../fixtures/rules';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;

describe('isBackupDue', () => {
  const shelf = { paperCount: 12, firstSavedAt: NOW - 40 * DAY, lastChangedAt: NOW - DAY };
  const monthly: BackupSettings = { reminder: 'monthly' };

  it('is due a month after the first save when the shelf was never backed up', () => {
    expect(isBackupDue(monthly, shelf, NOW)).toBe(true);
    expect(isBackupDue(monthly, { ...shelf, firstSavedAt: NOW - 20 * DAY }, NOW)).toBe(false);
  });

  it('waits the chosen interval after the last backup', () => {
    expect(isBackupDue({ ...monthly, lastBackupAt: NOW - 29 * DAY }, shelf, NOW)).toBe(false);
    expect(isBackupDue({ ...monthly, lastBackupAt: NOW - 31 * DAY }, shelf, NOW)).toBe(true);
    expect(isBackupDue({ reminder: 'weekly', lastBackupAt: NOW - 8 * DAY }, shelf, NOW)).toBe(true);
  });

  it('stays quiet when nothing changed since the last backup, or the shelf is empty', () => {
    const stale = { ...monthly, lastBackupAt: NOW - 90 * DAY };
    expect(isBackupDue(stale, { ...shelf, lastChangedAt: NOW - 91 * DAY }, NOW)).toBe(false);
    expect(isBackupDue(monthly, { paperCount: 0 }, NOW)).toBe(false);
  });

  it('respects "never" and a snooze', () => {
    expect(isBackupDue({ reminder: 'never' }, shelf, NOW)).toBe(false);
    expect(isBackupDue({ ...monthly, snoozedUntil: NOW + 1 }, shelf, NOW)).toBe(false);
    expect(isBackupDue({ ...monthly, snoozedUntil: NOW - 1 }, shelf, NOW)).toBe(true);
  });
});

describe('summarizeShelf: changes since the last backup', () => {
  const SAVED_AT = NOW - 40 * DAY;
  const BACKED_UP_AT = NOW - 35 * DAY;
  const CHANGED_AT = NOW - 10 * DAY;
  const backedUp: BackupSettings = { reminder: 'monthly', lastBackupAt: BACKED_UP_AT };
  let ruleId: string;

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await editPaperTags(candidate(), { add: ['nlp'] }, SAVED_AT);
    ruleId = (
      await addRule({ tag: 'nlp', field: 'title', pattern: 'language', isRegex: false }, SAVED_AT)
    ).id;
    await db.transaction('rw', db.tags, () => ensureTags(['unused'], SAVED_AT));
  });

  it('is quiet when nothing changed since the backup', async () => {
    const shelf = await summarizeShelf();
    expect(shelf).toEqual({ paperCount: 1, firstSavedAt: SAVED_AT, lastChangedAt: SAVED_AT });
    expect(isBackupDue(backedUp, shelf, NOW)).toBe(false);
  });

  // Each leaves every paper as it was: only the rules or tags changed.
  it.each([
    [
      'adding a rule',
      () => addRule({ tag: 'rl', field: 'any', pattern: 'reward', isRegex: false }, CHANGED_AT),
    ],
    ['editing a rule', () => updateRule(ruleId, { pattern: 'linguistics' }, CHANGED_AT)],
    ['deleting a rule', () => deleteRule(ruleId, CHANGED_AT)],
    ['renaming a tag', () => renameTag('unused', 'spare', CHANGED_AT)],
    ['merging tags', () => mergeTags(['unused'], 'spare', CHANGED_AT)],
    ['recolouring a tag', () => recolorTag('nlp', '#000000', CHANGED_AT)],
    ['deleting a tag', () => deleteTag('unused', CHANGED_AT)],
  ])('counts %s as a change', async (_, change) => {
    await change();
    expect((await db.papers.toArray()).map((paper) => paper.updatedAt)).toEqual([SAVED_AT]);
    const shelf = await summarizeShelf();
    expect(shelf.lastChangedAt).toBe(CHANGED_AT);
    expect(isBackupDue(backedUp, shelf, NOW)).toBe(true);
  });

  it('counts a merge import that brings only a rule', async () => {
    const file = exportPapers('json', [], [], { rules: [autoTagRule({ id: 'theirs' })] });
    await applyImport(parseImport(file), 'merge', CHANGED_AT);
    expect((await summarizeShelf()).lastChangedAt).toBe(CHANGED_AT);
  });

  it('does not count restoring a backup: the shelf is then what the file holds', async () => {
    const backup = parseImport((await buildBackupFile(new Date(BACKED_UP_AT))).text);
    await updateRule(ruleId, { pattern: 'linguistics' }, CHANGED_AT);
    await applyImport(backup, 'replace', NOW - DAY);
    const shelf = await summarizeShelf();
    expect(shelf.lastChangedAt).toBe(SAVED_AT);
    expect(isBackupDue(backedUp, shelf, NOW)).toBe(false);
  });
});

describe('backup settings in browser.storage.local', () => {
  it('start from the defaults, and keep what the user chose', async () => {
    expect(await loadBackupSettings()).toEqual(DEFAULT_BACKUP_SETTINGS);
    await updateBackupSettings({ reminder: 'weekly', snoozedUntil: NOW + SNOOZE_MS });
    await recordBackup(NOW);
    expect(await loadBackupSettings()).toEqual({ reminder: 'weekly', lastBackupAt: NOW });
  });

  it('fall back to the defaults when the stored value is not theirs', async () => {
    await fakeBrowser.storage.local.set({ backup: { reminder: 'hourly', lastBackupAt: 'x' } });
    expect(await loadBackupSettings()).toEqual(DEFAULT_BACKUP_SETTINGS);
  });

  it('tell every page when another one changes them', async () => {
    const listener = vi.fn();
    const stop = onBackupSettingsChanged(listener);
    await updateBackupSettings({ reminder: 'never' });
    expect(listener).toHaveBeenLastCalledWith({ reminder: 'never' });
    stop();
    await updateBackupSettings({ reminder: 'weekly' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
