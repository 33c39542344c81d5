/** The one-click backup file (components/BackupReminder): the whole shelf, rules included. */
import { buildBackupFile } from '@/lib/backup/backup-file';
import { db } from '@/lib/db/db';
import { applyImport } from '@/lib/db/import';
import { editPaperTags } from '@/lib/db/papers';
import { addRule, listRules } from '@/lib/db/rules';
import { parseImport } from '@/lib/import';
import { candidate } from '../../fixtures/papers';

beforeEach(async () => {
  await db.papers.clear();
  await db.tags.clear();
  await db.rules.clear();
});

describe('buildBackupFile', () => {
  it('carries the auto-tag rules, so that restoring with "replace" keeps them', async () => {
    await editPaperTags(candidate(), { add: ['llm'] }, 1000);
    const rule = await addRule(
      { tag: 'llm', field: 'title', pattern: 'language model', isRegex: false },
      2000,
    );
    const file = await buildBackupFile(new Date(3000));
    expect(file.paperCount).toBe(1);
    expect(JSON.parse(file.text).rules).toEqual([rule]);

    await applyImport(parseImport(file.text), 'replace', 4000);
    expect(await listRules()).toEqual([rule]);
    // From an empty shelf too: the file alone brings the rule back.
    await db.rules.clear();
    await applyImport(parseImport(file.text), 'replace', 5000);
    expect(await listRules()).toEqual([rule]);
  });
});
