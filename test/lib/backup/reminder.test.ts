/** When the backup reminder is due, and where its settings live (browser.storage.local). */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type BackupSettings,
  DEFAULT_BACKUP_SETTINGS,
  isBackupDue,
  loadBackupSettings,
  onBackupSettingsChanged,
  recordBackup,
  SNOOZE_MS,
  updateBackupSettings,
} from '@/lib/backup/reminder';

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
