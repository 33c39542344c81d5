/** The whole shelf as the JSON backup file the importer restores (lib/export/json.ts). */
import { db } from '../db/db';
import { exportFileName, exportPapers } from '../export';

export interface BackupFile {
  fileName: string;
  text: string;
  paperCount: number;
}

export async function buildBackupFile(now = new Date()): Promise<BackupFile> {
  // One read transaction: the file is a consistent snapshot even while another tab saves.
  const [papers, tags] = await db.transaction('r', db.papers, db.tags, () =>
    Promise.all([db.papers.orderBy('savedAt').toArray(), db.tags.orderBy('name').toArray()]),
  );
  return {
    fileName: exportFileName('json', now),
    text: exportPapers('json', papers, tags),
    paperCount: papers.length,
  };
}
