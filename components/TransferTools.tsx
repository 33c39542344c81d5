/**
 * Export and import next to the reading list's count. A module of its own so the page can load
 * it after its first paint: formats, parsers and the import preview are not needed to show papers.
 */
import { useState } from 'preact/hooks';
import { listRules } from '@/lib/db/rules';
import type { Tag } from '@/lib/paper/schemas';
import { ExportMenu, type ExportScope } from './ExportMenu';
import { ImportDialog } from './ImportDialog';
import type { PanelOpenState } from './ToolbarPanel';
import { useLiveQuery } from './use-live-query';

export interface TransferToolsProps {
  scopes: readonly ExportScope[];
  tags: readonly Tag[];
  onImported(): void;
}

type TransferPanel = 'export' | 'import';

export function TransferTools({ scopes, tags, onImported }: TransferToolsProps) {
  const rules = useLiveQuery(listRules, []);
  // One state for both panels: at most one is open. Both open, the import panel lay over the
  // export's rows and took the clicks meant for their buttons.
  const [openPanel, setOpenPanel] = useState<TransferPanel>();
  const openStateOf = (panel: TransferPanel): PanelOpenState => ({
    open: openPanel === panel,
    // A panel closing never closes the other one.
    onOpenChange: (open) =>
      setOpenPanel((current) => (open ? panel : current === panel ? undefined : current)),
  });
  return (
    <div class="shelf-tools">
      <ExportMenu scopes={scopes} tags={tags} rules={rules ?? []} {...openStateOf('export')} />
      <ImportDialog onImported={onImported} {...openStateOf('import')} />
    </div>
  );
}
