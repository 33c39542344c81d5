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
  recordRestore,
  SNOOZE_MS,
  summarizeShelf,
  updateBackupSettings,
} from '@/lib/backup/reminder';
import { db } from '@/lib/db/db';
import { applyImport } from '@/lib/db/import';
import {
  editPaperTags,
  removePaper,
  removePapers,
  restorePapers,
  savePaper,
} from '@/lib/db/papers';
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

  it('counts papers removed since the last backup: the shelf holds fewer than it did', () => {
    const backedUp = { ...monthly, lastBackupAt: NOW - 35 * DAY, lastBackupPaperCount: 12 };
    const unchanged = { ...shelf, lastChangedAt: NOW - 36 * DAY };
    expect(isBackupDue(backedUp, unchanged, NOW)).toBe(false);
    expect(isBackupDue(backedUp, { ...unchanged, paperCount: 11 }, NOW)).toBe(true);
    // Papers put back by an undo keep their dates: more papers than the backup is a change too.
    expect(isBackupDue(backedUp, { ...unchanged, paperCount: 13 }, NOW)).toBe(true);
    // Still a whole interval after the backup.
    const recent = { ...backedUp, lastBackupAt: NOW - 20 * DAY };
    expect(isBackupDue(recent, { ...unchanged, paperCount: 11 }, NOW)).toBe(false);
    // A backup recorded by an older version has no count: only dated changes are seen.
    const older = { ...monthly, lastBackupAt: NOW - 35 * DAY };
    expect(isBackupDue(older, { ...unchanged, paperCount: 11 }, NOW)).toBe(false);
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

describe('summarizeShelf: papers removed since the last backup', () => {
  const SAVED_AT = NOW - 40 * DAY;
  const BACKED_UP_AT = NOW - 35 * DAY;
  const ids = ['arxiv:2607.01234', 'arxiv:2607.00002', 'arxiv:2607.00003'];

  const due = async () => isBackupDue(await loadBackupSettings(), await summarizeShelf(), NOW);

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const id of ids) await savePaper(candidate({ id }), SAVED_AT);
    await recordBackup(BACKED_UP_AT);
  });

  it('is quiet while the shelf holds what the backup does', async () => {
    expect((await loadBackupSettings()).lastBackupPaperCount).toBe(3);
    expect(await due()).toBe(false);
  });

  it.each([
    ['removing a paper', () => removePaper('arxiv:2607.00002')],
    ['removing several papers', () => removePapers(['arxiv:2607.01234', 'arxiv:2607.00003'])],
  ])('counts %s as a change, though no paper is dated after the backup', async (_, remove) => {
    await remove();
    const shelf = await summarizeShelf();
    expect(shelf.lastChangedAt).toBe(SAVED_AT);
    expect(await due()).toBe(true);
  });

  it('does not count a removal undone before the next backup: nothing changed', async () => {
    await restorePapers(await removePapers(ids.slice(1)), NOW - DAY);
    expect(await db.papers.count()).toBe(3);
    expect(await due()).toBe(false);
  });

  it('counts papers put back after a backup that no longer held them', async () => {
    const removed = await removePapers(ids.slice(1));
    await recordBackup(NOW - 34 * DAY);
    expect(await due()).toBe(false);
    await restorePapers(removed, NOW - DAY);
    expect(await due()).toBe(true);
  });

  it('does not count restoring the backup after a removal: the shelf is then what it holds', async () => {
    const backup = parseImport((await buildBackupFile(new Date(BACKED_UP_AT))).text);
    await removePapers(ids.slice(1));
    await applyImport(backup, 'replace', NOW - DAY);
    expect(await due()).toBe(false);
  });

  it('does not count replacing the shelf with an older, smaller backup: it holds what that file does', async () => {
    await removePaper('arxiv:2607.00003');
    const older = parseImport((await buildBackupFile(new Date(BACKED_UP_AT - DAY))).text);
    await savePaper(candidate({ id: 'arxiv:2607.00003' }), SAVED_AT);
    await applyImport(older, 'replace', NOW - DAY);
    expect(await db.papers.count()).toBe(2);
    expect(await due()).toBe(true);
    // What the import dialog does after a replace.
    await recordRestore();
    expect(await due()).toBe(false);
    expect((await loadBackupSettings()).lastBackupAt).toBe(BACKED_UP_AT);
  });

  it('stays quiet once every paper is removed: an empty shelf needs no backup', async () => {
    await removePapers(ids);
    expect(await due()).toBe(false);
  });
});

describe('backup settings in browser.storage.local', () => {
  it('start from the defaults, and keep what the user chose', async () => {
    await db.papers.clear();
    expect(await loadBackupSettings()).toEqual(DEFAULT_BACKUP_SETTINGS);
    await updateBackupSettings({ reminder: 'weekly', snoozedUntil: NOW + SNOOZE_MS });
    await recordBackup(NOW);
    expect(await loadBackupSettings()).toEqual({
      reminder: 'weekly',
      lastBackupAt: NOW,
      lastBackupPaperCount: 0,
    });
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
