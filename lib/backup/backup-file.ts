/** The whole shelf as the JSON backup file the importer restores (lib/export/json.ts). */
import { db } from '../db/db';
import { exportFileName, exportPapers } from '../export';

export interface BackupFile {
  fileName: string;
  text: string;
  paperCount: number;
}

export async function buildBackupFile(now = new Date()): Promise<BackupFile> {
  // One read transaction: the file is a consistent snapshot even while another tab saves. The
  // rules go in too: restoring with "replace" puts back exactly what the file has, so a backup
  // without them would delete every auto-tag rule.
  const [papers, tags, rules] = await db.transaction('r', db.papers, db.tags, db.rules, () =>
    Promise.all([
      db.papers.orderBy('savedAt').toArray(),
      db.tags.orderBy('name').toArray(),
      db.rules.toArray(),
    ]),
  );
  // In the order they were made, as the options page lists them (lib/db/rules.ts).
  rules.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return {
    fileName: exportFileName('json', now),
    text: exportPapers('json', papers, tags, { rules }),
    paperCount: papers.length,
  };
}
