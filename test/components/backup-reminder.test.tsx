/** The backup reminder on fake-indexeddb and WXT's fake storage: due, backed up, snoozed, off. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { BackupReminder, BackupSettings } from '@/components/BackupReminder';
import { loadBackupSettings, recordBackup, updateBackupSettings } from '@/lib/backup/reminder';
import { db } from '@/lib/db/db';
import { editPaperTags, removePapers, savePaper } from '@/lib/db/papers';
import { addRule } from '@/lib/db/rules';
import { parseImport } from '@/lib/import';
import { type CapturedDownload, captureDownloads } from '../fixtures/downloads';
import { candidate } from '../fixtures/papers';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;
const now = () => NOW;

let downloads: CapturedDownload[];
let persistRequests: number;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  downloads = captureDownloads();
  persistRequests = 0;
  // happy-dom has no navigator.storage.
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: async () => false,
      persist: async () => {
        persistRequests += 1;
        return false;
      },
    },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'storage');
});

async function shelfSavedDaysAgo(days: number): Promise<void> {
  await savePaper(candidate(), NOW - days * DAY);
  await editPaperTags(candidate({ id: 'arxiv:2607.00002' }), { add: ['nlp'] }, NOW - days * DAY);
}

describe('BackupReminder', () => {
  it('reminds a month after the first save, backs up in one click, then goes quiet', async () => {
    await shelfSavedDaysAgo(40);
    render(<BackupReminder now={now} />);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(banner.textContent).toContain('Your 2 papers live only in this browser');
    expect(banner.textContent).toContain('never backed up');
    expect(persistRequests).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^Backed up 2 papers to paper-shelf-backup-.*\.json$/);
    expect(downloads).toHaveLength(1);
    const restored = parseImport(await downloads[0]!.blob.text());
    expect(restored.papers.map((paper) => paper.id).sort()).toEqual([
      'arxiv:2607.00002',
      'arxiv:2607.01234',
    ]);
    expect(restored.tags.map((tag) => tag.name)).toEqual(['nlp']);
    expect((await loadBackupSettings()).lastBackupAt).toBeGreaterThan(NOW - DAY);
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
  });

  it('reminds again when only an auto-tag rule changed since the last backup', async () => {
    await shelfSavedDaysAgo(40);
    await updateBackupSettings({ lastBackupAt: NOW - 35 * DAY });
    const { container } = render(<BackupReminder now={now} />);
    await waitFor(() => expect(persistRequests).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');

    await addRule({ tag: 'rl', field: 'any', pattern: 'reward', isRegex: false }, NOW - DAY);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(banner.textContent).toContain('last backup');
  });

  it('reminds again when papers were only removed since the last backup, saying the shelf changed', async () => {
    await shelfSavedDaysAgo(40);
    await recordBackup(NOW - 35 * DAY);
    const { container } = render(<BackupReminder now={now} />);
    await waitFor(() => expect(persistRequests).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');

    await removePapers(['arxiv:2607.00002']);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' });
    // Not "live only in this browser": the one paper left is in the backup, the removal is not.
    expect(banner.querySelector('.backup-text')?.textContent).toMatch(
      /^Your shelf of 1 paper has changed since your last backup \(.+\)\. A new backup file keeps it as it is now if the browser profile is lost; Import restores it\.$/,
    );
  });

  it('says "1 paper lives" of a shelf of one never backed up', async () => {
    await savePaper(candidate(), NOW - 40 * DAY);
    render(<BackupReminder now={now} />);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(banner.querySelector('.backup-text')?.textContent).toBe(
      'Your 1 paper lives only in this browser (never backed up). A backup file keeps it if the browser profile is lost; Import restores it.',
    );
  });

  it('shows nothing for a young or empty shelf', async () => {
    const { container } = render(<BackupReminder now={now} />);
    await waitFor(() => expect(persistRequests).toBe(1));
    expect(container.textContent).toBe('');
    await shelfSavedDaysAgo(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });

  it('"Later" hides it for a few days; "Never" for good', async () => {
    await shelfSavedDaysAgo(40);
    const first = render(<BackupReminder now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect((await loadBackupSettings()).snoozedUntil).toBeGreaterThan(NOW);
    first.unmount();

    await updateBackupSettings({ snoozedUntil: undefined });
    render(<BackupReminder now={now} />);
    const choice = await screen.findByRole('combobox', { name: 'Remind me to back up' });
    fireEvent.change(choice, { target: { value: 'never' } });
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect((await loadBackupSettings()).reminder).toBe('never');
  });
});

describe('BackupSettings', () => {
  it('always offers the backup and the choice, and shows the last backup', async () => {
    await shelfSavedDaysAgo(1);
    render(<BackupSettings />);
    const section = await screen.findByRole('region', { name: 'Backups' });
    expect(section.textContent).toContain('never backed up');
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await screen.findByRole('status');
    await waitFor(() => expect(section.textContent).toContain('last backup'));
    expect(downloads).toHaveLength(1);
  });
});
