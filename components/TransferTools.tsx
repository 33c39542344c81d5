/**
 * Export and import next to the reading list's count. A module of its own so the page can load
 * it after its first paint: formats, parsers and the import preview are not needed to show papers.
 */
import { listRules } from '@/lib/db/rules';
import type { Tag } from '@/lib/paper/schemas';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import { useLiveQuery } from './use-live-query';

export interface TransferToolsProps {
  scopes: readonly ExportScope[];
  tags: readonly Tag[];
  onImported(): void;
}

export function TransferTools({ scopes, tags, onImported }: TransferToolsProps) {
  const rules = useLiveQuery(listRules, []);
  return (
    <div class="shelf-tools">
      <ExportMenu scopes={scopes} tags={tags} rules={rules ?? []} />
      <ImportDialog onImported={onImported} />
    </div>
  );
}
