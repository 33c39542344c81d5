/**
 * Keeping the shelf when the browser profile is lost: a banner that reminds the user to save a
 * backup file when one is due (lib/backup/reminder.ts), with the backup one click away, and the
 * settings the options page shows. Both also ask the browser to keep the shelf's storage
 * (navigator.storage.persist(), lib/db/persistence.ts) when they first render.
 *
 * Self-contained: `<BackupReminder />` in the popup, `<BackupSettings />` in the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type BackupSettings as BackupSettingsValue,
  isBackupDue,
  loadBackupSettings,
  onBackupSettingsChanged,
  REMINDER_CHOICES,
  REMINDER_LABELS,
  type ReminderChoice,
  SNOOZE_MS,
  summarizeShelf,
  updateBackupSettings,
} from '@/lib/backup/reminder';
import { requestPersistentStorage } from '@/lib/db/persistence';
import { backUpNow } from './back-up-now';
import { countOf } from './format';
import { type Outcome, StatusMessage } from './StatusMessage';
import { useLiveQuery } from './use-live-query';
import './backup-reminder.css';

/** The stored settings, kept current when another extension page changes them. */
function useBackupSettings(): BackupSettingsValue | undefined {
  const [settings, setSettings] = useState<BackupSettingsValue>();
  useEffect(() => {
    let live = true;
    void requestPersistentStorage();
    loadBackupSettings()
      .then((loaded) => live && setSettings(loaded))
      .catch((error) => console.error('Paper Shelf: reading the backup settings failed', error));
    const stop = onBackupSettingsChanged(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

type Status = Outcome | undefined;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function lastBackupText(settings: BackupSettingsValue): string {
  return settings.lastBackupAt === undefined
    ? 'never backed up'
    : `last backup ${dateFormat.format(settings.lastBackupAt)}`;
}

/**
 * Why the banner shows. Once a backup exists, it shows only when the shelf changed since
 * (isBackupDue), which may be papers removed rather than any added: the text says the shelf
 * changed, not that its papers are new.
 */
function reminderText(settings: BackupSettingsValue, paperCount: number): string {
  const papers = countOf(paperCount, 'paper');
  if (settings.lastBackupAt === undefined) {
    const [live, them] = paperCount === 1 ? ['lives', 'it'] : ['live', 'them'];
    return `Your ${papers} ${live} only in this browser (never backed up). A backup file keeps ${them} if the browser profile is lost; Import restores it.`;
  }
  const since = dateFormat.format(settings.lastBackupAt);
  return `Your shelf of ${papers} has changed since your last backup (${since}). A new backup file keeps it as it is now if the browser profile is lost; Import restores it.`;
}

function ReminderChoiceSelect({ settings }: { settings: BackupSettingsValue }) {
  return (
    <label class="backup-choice">
      Remind me to back up
      <select
        value={settings.reminder}
        onChange={(event) => {
          const reminder = (event.target as HTMLSelectElement).value as ReminderChoice;
          void updateBackupSettings({ reminder });
        }}
      >
        {REMINDER_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {REMINDER_LABELS[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The popup's banner: shown only when a backup is due (or was just written). */
export function BackupReminder({ now = Date.now }: { now?: () => number } = {}) {
  const settings = useBackupSettings();
  const shelf = useLiveQuery(summarizeShelf, []);
  const [status, setStatus] = useState<Status>();
  if (status) return <StatusMessage status={status} class="backup-status" />;
  if (!settings || !shelf || !isBackupDue(settings, shelf, now())) return null;

  return (
    <section class="backup-reminder" aria-label="Backup reminder">
      <p class="backup-text">{reminderText(settings, shelf.paperCount)}</p>
      <div class="backup-actions">
        <button
          type="button"
          class="is-primary"
          onClick={async () => setStatus(await backUpNow(now()))}
        >
          Back up now
        </button>
        <button
          type="button"
          onClick={() => void updateBackupSettings({ snoozedUntil: now() + SNOOZE_MS })}
        >
          Later
        </button>
        <ReminderChoiceSelect settings={settings} />
      </div>
    </section>
  );
}

/** For the options page: the reminder choice, the last backup, and the backup button. */
export function BackupSettings() {
  const settings = useBackupSettings();
  const [status, setStatus] = useState<Status>();
  if (!settings) return null;
  return (
    <section class="backup-settings" aria-label="Backups">
      <p class="backup-text">Your shelf lives only in this browser: {lastBackupText(settings)}.</p>
      <div class="backup-actions">
        <button type="button" onClick={async () => setStatus(await backUpNow(Date.now()))}>
          Back up now
        </button>
        <ReminderChoiceSelect settings={settings} />
      </div>
      <StatusMessage status={status} class="backup-status" />
    </section>
  );
}
