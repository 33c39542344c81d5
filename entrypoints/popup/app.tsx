import { BackupReminder } from '@/components/BackupReminder';
import { ExportMenu } from '@/components/ExportMenu';
import { ImportDialog } from '@/components/ImportDialog';
import { ReadingList } from '@/components/ReadingList';
import { useLiveQuery } from '@/components/use-live-query';
import { db } from '@/lib/db/db';
import { changeOf, listPapers, removePaper } from '@/lib/db/papers';
import { listRules } from '@/lib/db/rules';
import { listTags } from '@/lib/db/tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';
import type { Paper } from '@/lib/paper/schemas';

async function removeFromShelf(paper: Paper): Promise<void> {
  const removed = await removePaper(paper.id);
  // Cards of this paper in open listing tabs flip back to "Save" without a reload.
  await broadcastPaperChanges([changeOf(undefined, removed?.aliases ?? paper.aliases)]);
}

export function App() {
  const papers = useLiveQuery(listPapers, []);
  const tags = useLiveQuery(listTags, []);
  const rules = useLiveQuery(listRules, []);
  const count = useLiveQuery(() => db.papers.count(), []);

  return (
    <div class="shelf">
      <header class="shelf-header">
        <h1>Paper Shelf</h1>
        {count !== undefined && (
          <span class="count" aria-live="polite">
            {count === 1 ? '1 paper' : `${count} papers`}
          </span>
        )}
        <div class="shelf-tools">
          <ExportMenu
            scopes={[{ id: 'all', label: 'All papers', papers: papers ?? [] }]}
            tags={tags ?? []}
            rules={rules ?? []}
          />
          <ImportDialog />
        </div>
      </header>
      <BackupReminder />
      <main>
        <ReadingList
          papers={papers}
          tags={tags}
          onRemove={(paper) => {
            void removeFromShelf(paper).catch((error) =>
              console.error('Paper Shelf: removing failed', error),
            );
          }}
        />
      </main>
    </div>
  );
}
