/**
 * "Back up now": the whole shelf to a JSON backup file, downloaded, and the date recorded for the
 * backup reminder. Offered by the reminder (components/BackupReminder.tsx) and before an import
 * replaces the shelf (components/ImportDialog.tsx); importing the file with Replace restores it.
 */
import { buildBackupFile } from '@/lib/backup/backup-file';
import { recordBackup } from '@/lib/backup/reminder';
import { downloadText } from './ExportMenu';

import type { Outcome } from './StatusMessage';

export async function backUpNow(now = Date.now()): Promise<Outcome> {
  try {
    const file = await buildBackupFile(new Date(now));
    downloadText(file.text, file.fileName, 'application/json');
    // The file is written either way; a failure here only means an early reminder.
    await recordBackup(now).catch((error) => console.error('Paper Shelf: backup date', error));
    const count = file.paperCount === 1 ? '1 paper' : `${file.paperCount} papers`;
    return { kind: 'done', text: `Backed up ${count} to ${file.fileName}` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', text: `The backup failed: ${reason}` };
  }
}
